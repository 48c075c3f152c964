internal import CrateSigning

extension Remedy {
    /// The remedy of a key problem.
    init(_ remedy: SigningError.Remedy) {
        switch remedy {
        case .useCertificateKey: self = .useCertificateKey
        case .givePassphrase: self = .givePassphrase
        case .nameAgentKey(let keys): self = .nameAgentKey(keys)
        }
    }
}
