internal import SwiftASN1
internal import X509

/// The signer's certificate must be meant for signatures: if it has keyUsage, digitalSignature or
/// nonRepudiation; if it has extendedKeyUsage, emailProtection (S/MIME, what `openssl cms` checks),
/// codeSigning, or anyExtendedKeyUsage.
struct SigningPurposePolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [
        .X509ExtensionID.keyUsage, .X509ExtensionID.extendedKeyUsage,
    ]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) -> PolicyEvaluationResult {
        let leaf = chain.leaf
        do {
            if let usage = try leaf.extensions.keyUsage, !usage.digitalSignature, !usage.nonRepudiation {
                return .failsToMeetPolicy(
                    reason: "the signer's certificate is not for signatures (keyUsage has neither digitalSignature nor nonRepudiation)")
            }
            if let extended = try leaf.extensions.extendedKeyUsage,
                !extended.contains(.emailProtection), !extended.contains(.codeSigning), !extended.contains(.any)
            {
                return .failsToMeetPolicy(
                    reason: "the signer's certificate is for another purpose (extendedKeyUsage has neither emailProtection nor codeSigning)"
                )
            }
        } catch {
            return .failsToMeetPolicy(reason: "the signer's certificate has malformed key usage extensions: \(SigningError.reason(error))")
        }
        return .meetsPolicy
    }
}
