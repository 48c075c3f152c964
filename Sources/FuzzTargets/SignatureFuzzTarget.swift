internal import CrateSigning

/// Reads the bytes as every signature-related format fivesafes parses, and verifies them as a CMS and as an SSH
/// signature over a fixed tag manifest.
enum SignatureFuzzTarget {
    /// A fixed trust configuration: one allowed SSH key (the test-only key in `Fixtures/signing`).
    private static let trust: SignatureTrust = {
        let line = "fuzz@example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL/qtEUvdLnu8/s9qYa2ZobmU4ceAYAkc+diSB7vbC1i"
        return SignatureTrust(allowedSigners: try? AllowedSigners(parsing: line))
    }()

    private static let content = Array("0123 bagit.txt\n".utf8)

    static func run(_ bytes: [UInt8]) {
        let verifier = SignatureVerifier(trust: trust)
        _ = verifier.verify(file: "tagmanifest-sha512.txt.p7s", signature: bytes, content: content)
        _ = verifier.verify(file: "tagmanifest-sha512.txt.sig", signature: bytes, content: content)
        _ = try? SSHPublicKey(blob: bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? SSHPublicKey(openSSH: text)
        _ = try? SSHPrivateKey(openSSH: text)
        _ = try? AllowedSigners(parsing: text)
        _ = try? CertificateBundle(pem: text, path: "roots.pem")
    }
}
