import Foundation
import Testing

@testable import CrateSigning

/// CMS signing and verification with the test PKI: every key type, trust, expiry, purpose, damage.
@Suite struct CMSSignatureTests {
    let content = Array("0123abcd  manifest-sha512.txt\n".utf8)

    func identity(_ leaf: String, chain: [String] = []) throws -> CMSIdentity {
        try CMSIdentity(
            keyPEM: try SigningFixture.text(leaf + ".key"),
            certificatePEM: try SigningFixture.text(leaf + ".pem"),
            chain: try chain.map { try CertificateBundle(pem: try SigningFixture.text($0), path: $0) }
        )
    }

    func trust(_ roots: [String] = ["root-ca.pem"], at time: Date? = nil) throws -> SignatureTrust {
        SignatureTrust(roots: try roots.map { try CertificateBundle(pem: try SigningFixture.text($0), path: $0) }, validationTime: time)
    }

    func verify(_ signature: [UInt8], _ trust: SignatureTrust, content: [UInt8]? = nil) -> SignatureCheck {
        SignatureVerifier(trust: trust).verify(file: "signatures/1-cms-x.p7s", signature: signature, content: content ?? self.content)
    }

    @Test(arguments: [("leaf-p256", ["intermediate.pem"]), ("leaf-p384", []), ("leaf-rsa", [])])
    func signThenVerifyRoundTrips(_ leaf: String, _ chain: [String]) throws {
        let signer = try identity(leaf, chain: chain)
        let signature = try SigningKey.cms(signer).sign(content)
        let check = verify(signature, try trust())
        #expect(check.status == .valid, "\(check)")
        #expect(check.signer == signer.subject && check.fingerprint == signer.fingerprint)
        #expect(verify(signature, SignatureTrust()).status == .unchecked)
    }

    @Test func changedContentIsAMismatch() throws {
        let signature = try SigningKey.cms(try identity("leaf-p256", chain: ["intermediate.pem"])).sign(content)
        let check = verify(signature, try trust(), content: content + [0x0A])
        guard case .mismatch = check.status else { Issue.record("\(check.status)"); return }
        #expect(check.signer.contains("test-only researcher"), "the signer is still named")
    }

    @Test func untrustedRootIsNamed() throws {
        let signature = try SigningKey.cms(try identity("leaf-p384")).sign(content)
        let check = verify(signature, try trust(["other-ca.pem"]))
        guard case .untrusted(let reason) = check.status else { Issue.record("\(check.status)"); return }
        #expect(reason.contains("trusted root") && check.signer.contains("test-only TRE"))
    }

    @Test func expiredLeafIsRejectedAtAFixedClockThatAlsoDecidesForGoodCertificates() throws {
        let signer = try identity("leaf-expired")
        #expect(signer.validityProblem(at: SigningFixture.fixedClock) != nil)
        let signature = try CMSSignature.sign(content, identity: signer, signingTime: SigningFixture.whenExpiredWasValid)
        let expired = verify(signature, try trust(at: SigningFixture.fixedClock))
        #expect(
            expired.status
                == .certificateRejected(
                    "the certificate CN=test-only expired signer,O=fivesafes tests expired on 2021-01-01 00:00:00 +0000"
                ), "\(expired.status)")
        let good = try SigningKey.cms(try identity("leaf-p384")).sign(content)
        #expect(verify(good, try trust(at: SigningFixture.fixedClock)).status == .valid)
        let farFuture = verify(good, try trust(at: Date(timeIntervalSince1970: 7_258_118_400)))
        guard case .certificateRejected(let reason) = farFuture.status else { Issue.record("\(farFuture.status)"); return }
        #expect(reason.contains("expired on 2126"), "the injected clock, not the wall clock, decides: \(reason)")
    }

    @Test func wrongPurposeLeafIsRejected() throws {
        let signature = try SigningKey.cms(try identity("leaf-purpose")).sign(content)
        let check = verify(signature, try trust())
        guard case .certificateRejected(let reason) = check.status else { Issue.record("\(check.status)"); return }
        #expect(reason.contains("not for signatures") || reason.contains("another purpose"))
    }

    @Test func truncatedAndGarbageSignaturesAreMalformed() throws {
        let signature = try SigningKey.cms(try identity("leaf-p384")).sign(content)
        for damaged in [Array(signature.prefix(signature.count / 2)), Array("garbage".utf8), []] {
            let check = verify(damaged, try trust())
            guard case .malformed = check.status else { Issue.record("\(check.status)"); continue }
        }
    }

    @Test func keyMustMatchCertificate() throws {
        #expect(throws: SigningError.self) {
            try CMSIdentity(keyPEM: try SigningFixture.text("leaf-p384.key"), certificatePEM: try SigningFixture.text("leaf-p256.pem"))
        }
        #expect(throws: SigningError.self) { try CMSIdentity(keyPEM: "garbage", certificatePEM: try SigningFixture.text("leaf-p256.pem")) }
    }
}
