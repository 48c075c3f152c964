public import Foundation

/// A key that signs a bag's tag manifest: an X.509 identity (CMS) or an OpenSSH key (SSHSIG).
public enum SigningKey: Sendable {
    /// CMS with an X.509 certificate.
    case cms(CMSIdentity)
    /// SSHSIG in the `5s-crate` namespace, by a key file or a key in ssh-agent.
    case ssh(any SSHSigner)

    /// The format this key writes.
    public var format: SignatureCheck.Format {
        switch self {
        case .cms: .cms
        case .ssh: .ssh
        }
    }

    /// Who signs, for messages.
    public var signer: String {
        switch self {
        case .cms(let identity): identity.subject
        case .ssh(let key):
            "\(key.publicKey.algorithm.rawValue) \(key.publicKey.fingerprint)" + (key.comment.isEmpty ? "" : " (\(key.comment))")
        }
    }

    /// Hex digits identifying the signer in file names.
    public var fileFingerprint: String {
        switch self {
        case .cms(let identity): String(identity.fingerprint.prefix(16))
        case .ssh(let key): key.publicKey.shortFingerprint
        }
    }

    /// The detached signature file's bytes over `content`.
    public func sign(_ content: [UInt8], at time: Date = Date()) throws(SigningError) -> [UInt8] {
        switch self {
        case .cms(let identity): try CMSSignature.sign(content, identity: identity, signingTime: time)
        case .ssh(let key): Array(try SSHSignature.sign(content, with: key).armored.utf8)
        }
    }
}
