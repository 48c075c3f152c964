import Foundation
import Testing

@testable import CrateSigning

/// SSHSIG signing, parsing and verification, OpenSSH private keys and allowed_signers files.
@Suite struct SSHSignatureTests {
    let message = Array("sha512-of-the-manifest  manifest-sha512.txt\n".utf8)

    @Test(arguments: ["ssh-ed25519", "ssh-ecdsa"])
    func signThenVerifyRoundTrips(_ keyFile: String) throws {
        let key = try SSHPrivateKey(openSSH: try SigningFixture.text(keyFile))
        let publicLine = try SigningFixture.text(keyFile + ".pub")
        #expect(key.publicKey == (try SSHPublicKey(openSSH: publicLine)))
        let armored = try SSHSignature.sign(message, with: key).armored
        #expect(armored.hasPrefix("-----BEGIN SSH SIGNATURE-----\n") && armored.hasSuffix("-----END SSH SIGNATURE-----\n"))
        let parsed = try SSHSignature(armored: Array(armored.utf8))
        #expect(parsed.namespace == "5s-crate" && parsed.hashAlgorithm == "sha512")
        #expect(parsed.isValid(for: message))
        #expect(!parsed.isValid(for: message + [0x0A]))
    }

    @Test func ed25519SignaturesAreDeterministic() throws {
        let key = try SSHPrivateKey(openSSH: try SigningFixture.text("ssh-ed25519"))
        #expect(try SSHSignature.sign(message, with: key).armored == SSHSignature.sign(message, with: key).armored)
    }

    @Test func encryptedKeysAreRefusedClearly() throws {
        #expect {
            try SSHPrivateKey(openSSH: try SigningFixture.text("ssh-encrypted"))
        } throws: { error in
            (error as? SigningError)?.message.contains("encrypted with a passphrase") == true
        }
    }

    @Test func nonKeysAreRefusedWithoutCrashing() {
        for text in ["", "garbage", "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"] {
            #expect(throws: SigningError.self) { try SSHPrivateKey(openSSH: text) }
        }
    }

    @Test func verifierNamesWrongNamespaceTruncationAndGarbage() throws {
        let key = try SSHPrivateKey(openSSH: try SigningFixture.text("ssh-ed25519"))
        let verifier = SignatureVerifier(trust: SignatureTrust(allowedSigners: try allowedSigners()))
        let good = Array(try SSHSignature.sign(message, with: key).armored.utf8)
        #expect(verifier.verify(file: "signatures/1-ssh-x.sig", signature: good, content: message).status == .valid)
        #expect(verifier.verify(file: "signatures/1-ssh-x.sig", signature: good, content: message).principals == ["researcher@example.org"])

        let other = Array(try SSHSignature.sign(message, with: key, namespace: "file").armored.utf8)
        let wrongNamespace = verifier.verify(file: "s.sig", signature: other, content: message)
        guard case .untrusted(let reason) = wrongNamespace.status else { Issue.record("\(wrongNamespace)"); return }
        #expect(reason.contains("namespace"))

        let truncated = Array(good.prefix(good.count / 2)) + Array("\n-----END SSH SIGNATURE-----\n".utf8)
        guard case .malformed = verifier.verify(file: "s.sig", signature: truncated, content: message).status else {
            Issue.record("truncated signature not reported as malformed"); return
        }
        guard case .malformed = verifier.verify(file: "s.sig", signature: Array("garbage".utf8), content: message).status else {
            Issue.record("garbage not reported as malformed"); return
        }
        guard case .mismatch = verifier.verify(file: "s.sig", signature: good, content: message + [1]).status else {
            Issue.record("changed content not reported as mismatch"); return
        }
    }

    @Test func unknownKeysAreUntrusted() throws {
        let ecdsa = try SSHPrivateKey(openSSH: try SigningFixture.text("ssh-ecdsa"))
        var allowed = try allowedSigners()
        allowed.entries.removeAll { $0.key == ecdsa.publicKey }
        let signature = Array(try SSHSignature.sign(message, with: ecdsa).armored.utf8)
        let check = SignatureVerifier(trust: SignatureTrust(allowedSigners: allowed)).verify(
            file: "s.sig", signature: signature, content: message)
        #expect(check.status == .untrusted("the key is not in the allowed_signers file"))
    }

    @Test func allowedSignersParsePrincipalsOptionsAndComments() throws {
        let text = """
            # comment
            a@example.org,b@example.org namespaces="5s-crate,git" \(try SigningFixture.text("ssh-ed25519.pub"))
            "*@tre.example" valid-before="20200101Z" \(try SigningFixture.text("ssh-ecdsa.pub"))
            """
        let allowed = try AllowedSigners(parsing: text)
        #expect(allowed.entries.count == 2)
        let ed = try SSHPublicKey(openSSH: try SigningFixture.text("ssh-ed25519.pub"))
        let ec = try SSHPublicKey(openSSH: try SigningFixture.text("ssh-ecdsa.pub"))
        #expect(allowed.principals(for: ed, namespace: "5s-crate") == ["a@example.org", "b@example.org"])
        #expect(allowed.principals(for: ed, namespace: "other").isEmpty)
        #expect(allowed.principals(for: ec, namespace: "5s-crate").isEmpty, "valid-before has passed")
        #expect(allowed.principals(for: ec, namespace: "5s-crate", at: Date(timeIntervalSince1970: 0)) == ["*@tre.example"])
        #expect(throws: SigningError.self) { try AllowedSigners(parsing: "x@example.org ssh-ed25519 not-base64!") }
        #expect(throws: SigningError.self) {
            try AllowedSigners(parsing: "x@example.org bogus-option \(try SigningFixture.text("ssh-ed25519.pub"))")
        }
    }

    private func allowedSigners() throws -> AllowedSigners {
        try AllowedSigners(parsing: try SigningFixture.text("allowed_signers"))
    }
}
