import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes sign` and `sign --verify` as a user runs them: exit codes, messages, validate integration.
@Suite struct SignCommandTests {
    @Test func signBothKindsThenVerifyAndValidate() throws {
        let zip = try SignCLI.zip()
        let cms = try CommandRunner.run(["sign", zip] + SignCLI.cmsP256)
        #expect(cms.status == 0, "\(cms.stderr)")
        #expect(cms.stdout.contains("signatures/1-cms-"))
        let ssh = try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key("ssh-ed25519")])
        #expect(ssh.status == 0, "\(ssh.stderr)")
        let verified = try CommandRunner.run(["sign", "--verify", zip] + SignCLI.trust)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("VALID: signatures/1-cms-") && verified.stdout.contains("test-only researcher"))
        #expect(verified.stdout.contains("principals: researcher@example.org"))
        let validated = try CommandRunner.run(["validate", "--require-signature", zip] + SignCLI.trust)
        #expect(validated.status == 0, "\(validated.stdout)")
        let untrusted = try CommandRunner.run(["sign", "--verify", zip, "--trust", SignCLI.key("other-ca.pem")])
        #expect(untrusted.status == 1)
        #expect(untrusted.stdout.contains("UNTRUSTED: signatures/1-cms-"))
    }

    /// Partial trust (issue 16, item 6): a signature whose kind has no trust source is unchecked, not failed,
    /// unless --require-signature demands every signature be checked.
    @Test func aSignatureWithNoTrustSourceOfItsKindIsUncheckedNotFailed() throws {
        let zip = try SignCLI.zip()
        #expect(try CommandRunner.run(["sign", zip] + SignCLI.cmsP256).status == 0)
        #expect(try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key("ssh-ed25519")]).status == 0)
        let trustIndex = try #require(SignCLI.trust.firstIndex(of: "--allowed-signers"))
        let rootsOnly = Array(SignCLI.trust[..<trustIndex]) + Array(SignCLI.trust[(trustIndex + 2)...])
        let signersOnly = Array(SignCLI.trust[trustIndex...(trustIndex + 1)])

        let cmsChecked = try CommandRunner.run(["sign", "--verify", zip] + rootsOnly)
        #expect(cmsChecked.status == 0, "\(cmsChecked.stdout)")
        #expect(
            cmsChecked.stdout.contains("VALID: signatures/1-cms-") && cmsChecked.stdout.contains("UNCHECKED: signatures/2-ssh-"),
            "\(cmsChecked.stdout)")
        let sshChecked = try CommandRunner.run(["sign", "--verify", zip] + signersOnly)
        #expect(sshChecked.status == 0 && sshChecked.stdout.contains("UNCHECKED: signatures/1-cms-"), "\(sshChecked.stdout)")
        let demanded = try CommandRunner.run(["sign", "--verify", "--require-signature", zip] + rootsOnly)
        #expect(demanded.status == 1, "\(demanded.stdout)")
        let everything = try CommandRunner.run(["sign", "--verify", "--require-signature", zip] + SignCLI.trust)
        #expect(everything.status == 0, "\(everything.stdout)")

        let validated = try CommandRunner.run(["validate", "--level", "recommended", zip] + rootsOnly)
        #expect(
            validated.status == 1 && validated.stdout.contains("[FS-SIG-006]") && validated.stdout.contains("no --allowed-signers file"),
            "\(validated.stdout)")
        #expect(try CommandRunner.run(["validate", zip] + rootsOnly).status == 0, "unchecked is a SHOULD finding, not a failure")
        let required = try CommandRunner.run(["validate", "--require-signature", zip] + rootsOnly)
        #expect(
            required.status == 1 && required.stdout.contains("[FS-SIG-003]") && required.stdout.contains("needs every signature checked"),
            "\(required.stdout)")
    }

    @Test func aChangedPayloadFileIsNamedAndExitsOne() throws {
        let bag = try SignCLI.bagFolder()
        #expect(try CommandRunner.run(["sign", bag, "--ssh-key", SignCLI.key("ssh-ecdsa")]).status == 0)
        let file = bag + "/data/ro-crate-metadata.json"
        var data = try Data(contentsOf: URL(fileURLWithPath: file))
        data[10] ^= 0x20
        try data.write(to: URL(fileURLWithPath: file))
        let result = try CommandRunner.run(["sign", "--verify", bag] + SignCLI.trust)
        #expect(result.status == 1)
        #expect(result.stdout.contains("CHANGED: data/ro-crate-metadata.json"), "\(result.stdout)")
        let json = try CommandRunner.run(["sign", "--verify", "--format", "json", bag] + SignCLI.trust)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["valid"] as? Bool == false)
        #expect(object?["changed"] as? [String] == ["data/ro-crate-metadata.json"])
    }

    @Test func unsignedZipFailsRequireSignature() throws {
        let zip = try SignCLI.zip()
        let result = try CommandRunner.run(["validate", "--require-signature", zip])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[FS-SIG-005]"))
        let verify = try CommandRunner.run(["sign", "--verify", zip] + SignCLI.trust)
        #expect(verify.status == 1 && verify.stdout.contains("no signatures"))
    }

    @Test func badKeysAreUsageErrorsWithClearMessages() throws {
        let zip = try SignCLI.zip()
        let encrypted = try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key("ssh-encrypted")])
        #expect(encrypted.status == 64 && encrypted.stderr.contains("encrypted with a passphrase"))
        let garbage = try CommandRunner.run(["sign", zip, "--key", SignCLI.key("allowed_signers"), "--cert", SignCLI.key("leaf-p256.pem")])
        #expect(garbage.status == 64 && garbage.stderr.contains("not a readable PEM private key"), "\(garbage.stderr)")
        let expired = try CommandRunner.run([
            "sign", zip, "--key", SignCLI.key("leaf-expired.key"), "--cert", SignCLI.key("leaf-expired.pem"),
        ])
        #expect(expired.status == 64 && expired.stderr.contains("expired"))
        let none = try CommandRunner.run(["sign", zip])
        #expect(none.status == 64)
        let missing = try CommandRunner.run(["sign", "--verify", "/nonexistent.zip"] + SignCLI.trust)
        #expect(missing.status == 2)
    }
}

/// Bags and key arguments for the CLI tests.
enum SignCLI {
    static func key(_ name: String) -> String { Fixtures.path("signing/" + name) }

    static var cmsP256: [String] { ["--key", key("leaf-p256.key"), "--cert", key("leaf-p256.pem"), "--chain", key("intermediate.pem")] }
    static var trust: [String] { ["--trust", key("root-ca.pem"), "--allowed-signers", key("allowed_signers")] }

    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-sign-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The valid request crate as a deterministic ZIP, made by `fivesafes zip`.
    static func zip() throws -> String {
        let output = try folder() + "/request.zip"
        try package(["-o", output])
        return output
    }

    /// The valid request crate as a bag folder.
    static func bagFolder() throws -> String {
        let output = try folder() + "/request"
        try package(["--bag-dir", output])
        return output
    }

    private static func package(_ target: [String]) throws {
        let result = try CommandRunner.run(
            ["zip", Fixtures.path("crates/valid/request"), "--external-identifier", "urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb", "-q"]
                + target,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"]
        )
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
    }

    /// The signature files in a ZIP's bag.
    static func signatureNames(_ zip: String) throws -> [String] {
        let bag = try unzip(zip)
        return (try? FileManager.default.contentsOfDirectory(atPath: bag + "/signatures")) ?? []
    }

    /// Unzips `zip` into a new folder and returns the bag folder inside it.
    static func unzip(_ zip: String) throws -> String {
        let folder = try folder()
        let result = try CommandRunner.run(["zip", "--extract", zip, "-d", folder + "/x"])
        guard result.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        return folder + "/x/request"
    }
}
