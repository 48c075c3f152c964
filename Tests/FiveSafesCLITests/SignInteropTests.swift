import FiveSafesTestSupport
import Foundation
import Testing

/// Signatures interoperate with the standard tools in both directions: `openssl cms` and `ssh-keygen -Y`.
@Suite struct SignInteropTests {
    @Test func opensslVerifiesOurCMSSignatures() throws {
        guard let openssl = ExternalTool.path("openssl", package: "openssl") else { return }
        let zip = try SignCLI.zip()
        #expect(try CommandRunner.run(["sign", zip] + SignCLI.cmsP256).status == 0)
        #expect(
            try CommandRunner.run(["sign", zip, "--key", SignCLI.key("leaf-p384.key"), "--cert", SignCLI.key("leaf-p384.pem")]).status == 0)
        let bag = try SignCLI.unzip(zip)
        let signatures = try FileManager.default.contentsOfDirectory(atPath: bag + "/signatures").sorted()
        #expect(signatures.count == 2)
        for signature in signatures {
            let result = try CommandRunner.runProgram(
                openssl,
                [
                    "cms", "-verify", "-binary", "-inform", "DER", "-in", bag + "/signatures/" + signature,
                    "-content", bag + "/tagmanifest-sha512.txt", "-CAfile", SignCLI.key("root-ca.pem"), "-out", "/dev/null",
                ])
            #expect(result.status == 0, "openssl rejected \(signature): \(result.stderr)")
            #expect(result.stderr.contains("Verification successful"))
        }
    }

    @Test func weVerifyOpensslCMSSignatures() throws {
        guard let openssl = ExternalTool.path("openssl", package: "openssl") else { return }
        let bag = try SignCLI.bagFolder()
        try FileManager.default.createDirectory(atPath: bag + "/signatures", withIntermediateDirectories: true)
        let made = try CommandRunner.runProgram(
            openssl,
            [
                "cms", "-sign", "-binary", "-outform", "DER", "-in", bag + "/tagmanifest-sha512.txt",
                "-signer", SignCLI.key("leaf-p256.pem"), "-inkey", SignCLI.key("leaf-p256.key"),
                "-certfile", SignCLI.key("intermediate.pem"), "-md", "sha256", "-out", bag + "/signatures/1-cms-openssl.p7s",
            ])
        #expect(made.status == 0, "\(made.stderr)")
        let verified = try CommandRunner.run(["sign", "--verify", bag] + SignCLI.trust)
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("VALID: signatures/1-cms-openssl.p7s"))
    }

    @Test(arguments: [("ssh-ed25519", "researcher@example.org"), ("ssh-ecdsa", "tre@example.org")])
    func sshKeygenVerifiesOurSignatures(_ key: String, _ principal: String) throws {
        guard let sshKeygen = ExternalTool.path("ssh-keygen", package: "openssh-client") else { return }
        let zip = try SignCLI.zip()
        #expect(try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key(key)]).status == 0)
        let bag = try SignCLI.unzip(zip)
        let signature = try #require(try FileManager.default.contentsOfDirectory(atPath: bag + "/signatures").first)
        let manifest = try String(contentsOfFile: bag + "/tagmanifest-sha512.txt", encoding: .utf8)
        let arguments = [
            "-Y", "verify", "-n", "5s-crate", "-f", SignCLI.key("allowed_signers"), "-I", principal, "-s", bag + "/signatures/" + signature,
        ]
        let result = try CommandRunner.runProgram(sshKeygen, arguments, stdin: manifest)
        #expect(result.status == 0, "ssh-keygen rejected our signature: \(result.stdout)\(result.stderr)")
        #expect((result.stdout + result.stderr).contains("Good \"5s-crate\" signature for \(principal)"))
        let otherNamespace = try CommandRunner.runProgram(sshKeygen, arguments.map { $0 == "5s-crate" ? "file" : $0 }, stdin: manifest)
        #expect(otherNamespace.status != 0)
    }

    @Test func weVerifySSHKeygenSignaturesAndRejectOtherNamespaces() throws {
        guard let sshKeygen = ExternalTool.path("ssh-keygen", package: "openssh-client") else { return }
        let bag = try SignCLI.bagFolder()
        let work = try SignCLI.folder()
        let key = work + "/id"
        try FileManager.default.copyItem(atPath: SignCLI.key("ssh-ed25519"), toPath: key)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
        try FileManager.default.createDirectory(atPath: bag + "/signatures", withIntermediateDirectories: true)
        for (namespace, name) in [("5s-crate", "1-ssh-keygen.sig"), ("file", "2-ssh-other-namespace.sig")] {
            try? FileManager.default.removeItem(atPath: work + "/m.sig")
            try FileManager.default.copyItem(atPath: bag + "/tagmanifest-sha512.txt", toPath: work + "/m")
            let made = try CommandRunner.runProgram(sshKeygen, ["-Y", "sign", "-f", key, "-n", namespace, work + "/m"])
            #expect(made.status == 0, "\(made.stderr)")
            try FileManager.default.moveItem(atPath: work + "/m.sig", toPath: bag + "/signatures/" + name)
            try FileManager.default.removeItem(atPath: work + "/m")
        }
        let verified = try CommandRunner.run(["sign", "--verify", bag] + SignCLI.trust)
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("VALID: signatures/1-ssh-keygen.sig"), "\(verified.stdout)")
        #expect(
            verified.stdout.contains("UNTRUSTED: signatures/2-ssh-other-namespace.sig") && verified.stdout.contains("namespace \"file\""))
    }
}
