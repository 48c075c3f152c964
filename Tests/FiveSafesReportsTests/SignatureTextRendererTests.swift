import FiveSafesReports
import Testing

@testable import FiveSafesKit

/// `sign --verify`'s text from report values (moved out of the CLI): one line per signer, the verdict last, only
/// the verdict with `-q`, and nothing from a certificate or file name reaching the terminal raw.
@Suite struct SignatureTextRendererTests {
    static func report(signer: String = "CN=Researcher") -> SignatureReport {
        var report = SignatureReport(path: "request.zip")
        report.signers = [
            SignerReport(
                file: "signatures/1.p7s", format: "cms", signer: signer, fingerprint: "ab12", principals: [],
                status: .valid, reason: nil),
            SignerReport(
                file: "signatures/2.sig", format: "ssh", signer: "ED25519", fingerprint: "SHA256:xyz",
                principals: ["tre@example.org"], status: .certificateRejected, reason: "expired"),
        ]
        return report
    }

    @Test func oneLinePerSignerThenTheVerdict() {
        let lines = SignatureTextRenderer().render(Self.report()).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "VALID: signatures/1.p7s: CN=Researcher [sha256 ab12]",
                "CERTIFICATE-REJECTED: signatures/2.sig: ED25519 [SHA256:xyz] principals: tre@example.org: expired",
                "NOT verified: 1 of 2 signatures valid; manifests and payload intact",
            ])
    }

    @Test func quietPrintsTheVerdictAlone() {
        #expect(
            SignatureTextRenderer(quiet: true).render(Self.report())
                == "NOT verified: 1 of 2 signatures valid; manifests and payload intact\n")
    }

    @Test func aSignersControlCharactersAreEscaped() {
        let output = SignatureTextRenderer().render(Self.report(signer: "CN=Eve\u{1B}[2J\nVALID: forged"))
        #expect(!output.contains("\u{1B}"))
        #expect(output.hasPrefix(#"VALID: signatures/1.p7s: CN=Eve\u{1b}[2J\nVALID: forged [sha256 ab12]"#), "\(output)")
    }
}
