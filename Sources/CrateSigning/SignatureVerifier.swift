internal import Foundation

/// Verifies detached signature files over a bag's tag manifest against a trust configuration.
public struct SignatureVerifier: Sendable {
    /// What is trusted.
    public var trust: SignatureTrust

    /// Creates a verifier.
    public init(trust: SignatureTrust) {
        self.trust = trust
    }

    /// Checks one signature file (`file` is its bag-relative path, whose extension gives the format).
    public func verify(file: String, signature: [UInt8], content: [UInt8]) -> SignatureCheck {
        switch SignatureFileName.format(of: file) {
        case .cms?:
            return CMSSignature.verify(content, signature: signature, trust: trust, file: file)
        case .ssh?:
            return verifySSH(file: file, signature: signature, content: content)
        case nil:
            return SignatureCheck(
                file: file, format: nil, signer: "unknown signer",
                status: .malformed("not a signature fivesafes knows: signature files end in .p7s (CMS) or .sig (SSH)")
            )
        }
    }

    private func verifySSH(file: String, signature bytes: [UInt8], content: [UInt8]) -> SignatureCheck {
        let signature: SSHSignature
        do {
            signature = try SSHSignature(armored: bytes)
        } catch {
            return SignatureCheck(file: file, format: .ssh, signer: "unknown signer", status: .malformed(error.message))
        }
        let key = signature.publicKey
        var check = SignatureCheck(
            file: file, format: .ssh, signer: "\(key.algorithm.rawValue) key", fingerprint: key.fingerprint, status: .unchecked
        )
        guard signature.namespace == SSHSignature.crateNamespace else {
            check.status = .untrusted("made for namespace \"\(signature.namespace)\", not \"\(SSHSignature.crateNamespace)\"")
            return check
        }
        guard signature.isValid(for: content) else {
            check.status = .mismatch("the signature does not match tagmanifest-sha512.txt")
            return check
        }
        guard let allowed = trust.allowedSigners else {
            // No trust source of this kind: the signer cannot be judged either way (another kind may have been given).
            check.status = .unchecked
            return check
        }
        check.principals = allowed.principals(for: key, namespace: signature.namespace, at: trust.validationTime ?? Date())
        if check.principals.isEmpty {
            check.status = .untrusted(
                allowed.lists(key)
                    ? "the key is in allowed_signers, but not for namespace \(signature.namespace) at this time"
                    : "the key is not in the allowed_signers file"
            )
        } else {
            check.status = .valid
        }
        return check
    }
}
