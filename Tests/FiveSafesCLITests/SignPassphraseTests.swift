import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 5: `sign` with passphrase-protected keys that `ssh-keygen` makes at run time, the passphrase from
/// a file, the environment or a terminal prompt; `ssh-keygen -Y verify` accepts every signature.
@Suite struct SignPassphraseTests {
    @Test(arguments: [("ed25519", "file"), ("ecdsa", "environment")])
    func signsWithAnEncryptedKeyAndSSHKeygenVerifies(type: String, source: String) throws {
        guard let key = try SSHTestKey(type: type, passphrase: "pass phrase 1") else { return }
        let zip = try SignCLI.zip()
        var arguments = ["sign", zip, "--ssh-key", key.path]
        var environment: [String: String] = [:]
        if source == "file" {
            try "pass phrase 1\n".write(toFile: key.folder + "/passphrase", atomically: true, encoding: .utf8)
            arguments += ["--passphrase-file", key.folder + "/passphrase"]
        } else {
            environment["FIVESAFES_SSH_PASSPHRASE"] = "pass phrase 1"
        }
        let signed = try CommandRunner.run(arguments, environment: environment)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains("(\(key.comment))"), "\(signed.stdout)")
        try key.expectSSHKeygenAccepts(zip)
    }

    @Test func aWrongOrMissingPassphraseIsAUsageErrorNamingTheWaysToGiveIt() throws {
        guard let key = try SSHTestKey(type: "ed25519", passphrase: "right") else { return }
        let zip = try SignCLI.zip()
        let wrong = try CommandRunner.run(["sign", zip, "--ssh-key", key.path], environment: ["FIVESAFES_SSH_PASSPHRASE": "wrong"])
        #expect(wrong.status == 64 && wrong.stderr.contains("\(key.path): wrong passphrase for the SSH key"), "\(wrong.stderr)")
        let missing = try CommandRunner.run(["sign", zip, "--ssh-key", key.path])
        #expect(missing.status == 64 && missing.stderr.contains("--passphrase-file FILE or FIVESAFES_SSH_PASSPHRASE"), "\(missing.stderr)")
        let noFile = try CommandRunner.run(["sign", zip, "--ssh-key", key.path, "--passphrase-file", key.folder + "/absent"])
        #expect(noFile.status == 64 && noFile.stderr.contains("absent: cannot read the passphrase file"), "\(noFile.stderr)")
        #expect(try SignCLI.signatureNames(zip).isEmpty, "nothing signed")
    }

    /// On a terminal the passphrase is asked for with echo off: what is typed never shows.
    @Test func promptsOnATerminalWithoutEcho() throws {
        guard let key = try SSHTestKey(type: "ed25519", passphrase: "typed-secret-42") else { return }
        let zip = try SignCLI.zip()
        let result = try PseudoTerminal.run(
            [CommandRunner.executable.path, "sign", zip, "--ssh-key", key.path], typing: "typed-secret-42\n", after: "Enter passphrase"
        )
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Enter passphrase for \(key.path):"), "\(result.stdout)")
        #expect(!result.stdout.contains("typed-secret-42"), "the passphrase was echoed: \(result.stdout)")
        #expect(result.stdout.contains("signed \(zip)"), "\(result.stdout)")
        try key.expectSSHKeygenAccepts(zip)
    }
}

/// A key pair `ssh-keygen` makes in a new folder (mode 0600, as ssh-add requires), with its allowed_signers line.
struct SSHTestKey {
    let folder: String
    let type: String
    var path: String { folder + "/id_" + type }
    var comment: String { "cli-test-\(type)" }
    static let principal = "researcher@example.org"

    init?(type: String, passphrase: String) throws {
        guard let sshKeygen = ExternalTool.path("ssh-keygen", package: "openssh-client") else { return nil }
        self.type = type
        folder = try SignCLI.folder()
        let bits = type == "ecdsa" ? ["-b", "256"] : []
        let made = try CommandRunner.runProgram(
            sshKeygen, ["-q", "-t", type] + bits + ["-N", passphrase, "-C", "cli-test-\(type)", "-f", folder + "/id_" + type])
        guard made.status == 0 else {
            Issue.record("ssh-keygen failed: \(made.stderr)")
            return nil
        }
        let publicLine = try String(contentsOfFile: path + ".pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try "\(Self.principal) namespaces=\"5s-crate\" \(publicLine)\n".write(
            toFile: folder + "/allowed_signers", atomically: true, encoding: .utf8)
    }

    /// `ssh-keygen -Y verify` accepts the ZIP's only signature for this key.
    func expectSSHKeygenAccepts(_ zip: String) throws {
        guard let sshKeygen = ExternalTool.path("ssh-keygen", package: "openssh-client") else { return }
        let bag = try SignCLI.unzip(zip)
        let signatures = try FileManager.default.contentsOfDirectory(atPath: bag + "/signatures")
        #expect(signatures.count == 1, "\(signatures)")
        guard let signature = signatures.first else { return }
        let manifest = try String(contentsOfFile: bag + "/tagmanifest-sha512.txt", encoding: .utf8)
        let result = try CommandRunner.runProgram(
            sshKeygen,
            [
                "-Y", "verify", "-n", "5s-crate", "-f", folder + "/allowed_signers", "-I", Self.principal, "-s",
                bag + "/signatures/" + signature,
            ], stdin: manifest)
        #expect(
            result.status == 0 && (result.stdout + result.stderr).contains("Good \"5s-crate\" signature"),
            "\(result.stdout)\(result.stderr)")
    }
}
