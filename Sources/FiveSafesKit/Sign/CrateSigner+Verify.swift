internal import BagIt
internal import CrateSigning
internal import Foundation

extension CrateSigner {
    /// Verifies every signature of the bag folder or ZIP at `path` and re-hashes its manifests and payload.
    ///
    /// - Throws: ``FiveSafesError`` when the input or a trust file cannot be read.
    public func verify(_ path: String, options: SignatureOptions) throws(FiveSafesError) -> SignatureReport {
        var options = options
        options.validationTime = options.validationTime ?? validationTime
        let trust = try Self.trust(options)
        let bag = try Self.open(path, progress: progress)
        var report = SignatureReport(path: path)
        report.requiresEveryCheck = options.requireSignature
        report.signers = Self.check(bag, trust: trust)
        report.bagProblems = bag.problems.map(\.description)
        report.changedFiles = Self.changedFiles(bag.verification)
        return report
    }

    /// One report per signature file.
    static func check(_ bag: OpenedBag, trust: SignatureTrust) -> [SignerReport] {
        let verifier = SignatureVerifier(trust: trust)
        return bag.signatures.map { file in
            let check: SignatureCheck
            if let content = bag.tagManifest {
                check = verifier.verify(file: file.path, signature: file.bytes, content: content)
            } else {
                check = SignatureCheck(
                    file: file.path, format: SignatureFileName.format(of: file.path), signer: "unknown signer",
                    status: .mismatch("the bag has no tagmanifest-sha512.txt, the file signatures sign"))
            }
            return SignerReport(check)
        }
    }

    /// Files named by checksum mismatches: `` `data/x` has changed… `` → `data/x`.
    static func changedFiles(_ verification: BagVerification) -> [String] {
        verification.problems.filter { $0.kind == .checksumMismatch || $0.kind == .manifestedFileMissing || $0.kind == .fileNotInManifest }
            .compactMap { problem in
                let parts = problem.message.split(separator: "`")
                return parts.count >= 2 ? String(parts[problem.message.hasPrefix("`") ? 0 : 1]) : problem.file
            }
    }
}

extension SignerReport {
    init(_ check: SignatureCheck) {
        let status: Status
        switch check.status {
        case .valid: status = .valid
        case .unchecked: status = .unchecked
        case .mismatch: status = .mismatch
        case .untrusted: status = .untrusted
        case .certificateRejected: status = .certificateRejected
        case .malformed: status = .malformed
        }
        self.init(
            file: check.file, format: check.format?.rawValue, signer: check.signer, fingerprint: check.fingerprint,
            principals: check.principals, status: status, reason: check.status.reason
        )
    }
}
