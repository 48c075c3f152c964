internal import Foundation
// The only file that uses swift-certificates' CMS SPI (and its fixed-time expiry SPI). The SPI carries no
// semver promise, so Package.swift pins swift-certificates exactly; an upgrade is reviewed here.
@_spi(CMS) @_spi(FixedExpiryValidationTime) internal import X509

/// Detached CMS / PKCS#7 signatures (RFC 5652 SignedData, DER) that `openssl cms` reads and writes.
enum CMSSignature {
    /// Signs `content` detached, with signed attributes (content type, digest, signing time) and the signer's
    /// certificate and intermediates embedded, so `openssl cms -verify -CAfile ROOT` needs only the root.
    static func sign(_ content: [UInt8], identity: CMSIdentity, signingTime: Date) throws(SigningError) -> [UInt8] {
        do {
            return try CMS.sign(
                content,
                additionalIntermediateCertificates: identity.intermediates,
                certificate: identity.certificate,
                privateKey: identity.privateKey,
                signingTime: signingTime,
                detached: true
            )
        } catch {
            throw SigningError("CMS signing failed: \(error)")
        }
    }

    /// Verifies a detached signature over `content` against `roots` (RFC 5280 path validation at `time` or
    /// now, plus a signing-purpose check of the signer's certificate).
    ///
    /// With no roots, the embedded certificates are taken as roots: that checks integrity only (`unchecked`).
    static func verify(_ content: [UInt8], signature: [UInt8], trust: SignatureTrust, file: String) -> SignatureCheck {
        let embedded = CMSEnvelope.certificates(in: signature)
        let integrityOnly = trust.rootCertificates.isEmpty
        let roots = integrityOnly ? embedded : trust.rootCertificates
        let time = trust.validationTime
        let result = Blocking.run { () -> CMS.SignatureVerificationResult in
            let expiry = time.map { RFC5280Policy(fixedExpiryValidationTime: $0) } ?? RFC5280Policy()
            return await CMS.isValidSignature(
                dataBytes: content,
                signatureBytes: signature,
                trustRoots: CertificateStore(roots)
            ) {
                if integrityOnly {
                    IntegrityOnlyPolicy()
                } else {
                    expiry
                    SigningPurposePolicy()
                }
            }
        }
        var check = SignatureCheck(file: file, format: .cms, signer: "unknown signer", status: .malformed(""))
        if let signer = CMSEnvelope.signer(in: signature) {
            check.signer = signer.subject.description
            check.fingerprint = CMSIdentity.fingerprint(of: signer)
        }
        switch result {
        case .success(let valid):
            check.signer = valid.signer.subject.description
            check.fingerprint = CMSIdentity.fingerprint(of: valid.signer)
            if !integrityOnly {
                check.status = .valid
            } else {
                // No trust root: the signer cannot be judged either way (allowed SSH signers may have been given).
                check.status = .unchecked
            }
        case .failure(.unableToValidateSigner(let failure)):
            check.signer = failure.signer.subject.description
            check.fingerprint = CMSIdentity.fingerprint(of: failure.signer)
            let reasons = Set(failure.policyFailures.map { describe($0, at: time ?? Date()) }).sorted()
            if reasons.isEmpty {
                check.status = .untrusted("no certificate chain from the signer to a trusted root (\(trust.rootsSetting))")
            } else {
                check.status = .certificateRejected(reasons.joined(separator: "; "))
            }
        case .failure(.invalidCMSBlock(let block)):
            let reason = block.reason
            if reason.hasPrefix("Message digest mismatch") || reason.hasPrefix("Invalid signature from signing certificate") {
                check.status = .mismatch("the signature does not match tagmanifest-sha512.txt (\(reason.prefix(60)))")
            } else {
                check.status = .malformed("not a usable CMS signature: \(reason.prefix(200))")
            }
        }
        return check
    }

    /// A short reason for a rejected chain, naming the certificate when its validity period is the cause.
    private static func describe(_ failure: CertificateValidationResult.PolicyFailure, at time: Date) -> String {
        let text = "\(failure.policyFailureReason)"
        let chain = Array(failure.chain)
        if text.contains("has expired"), let certificate = chain.first(where: { $0.notValidAfter < time }) {
            return "the certificate \(certificate.subject) expired on \(certificate.notValidAfter)"
        }
        if text.contains("is not yet valid"), let certificate = chain.first(where: { $0.notValidBefore > time }) {
            return "the certificate \(certificate.subject) is not valid before \(certificate.notValidBefore)"
        }
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
