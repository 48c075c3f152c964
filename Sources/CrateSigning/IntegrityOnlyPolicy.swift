internal import SwiftASN1
internal import X509

/// The policy for checking a CMS signature's integrity when no trust roots were given: the embedded signer
/// certificate is taken as its own anchor and no path rule applies, so only "does the signature match the
/// content" is answered. The verdict is then `unchecked`, never `valid`.
struct IntegrityOnlyPolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [
        .X509ExtensionID.basicConstraints, .X509ExtensionID.keyUsage, .X509ExtensionID.extendedKeyUsage,
        .X509ExtensionID.nameConstraints,
    ]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) -> PolicyEvaluationResult {
        .meetsPolicy
    }
}
