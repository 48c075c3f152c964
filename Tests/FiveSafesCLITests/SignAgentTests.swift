import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 5: `sign` through ssh-agent. Each test starts its own `ssh-agent -D -a SOCKET`, loads an
/// encrypted key with `ssh-add` (the passphrase through SSH_ASKPASS), signs, and `ssh-keygen -Y verify` accepts.
@Suite struct SignAgentTests {
    @Test func signsWithTheAgentsKeyNamedByItsPublicKeyFile() throws {
        guard let key = try SSHTestKey(type: "ed25519", passphrase: "agent pass"), let agent = try TestAgent() else { return }
        defer { agent.stop() }
        try agent.add(key, passphrase: "agent pass")
        let zip = try SignCLI.zip()
        // A .pub key with SSH_AUTH_SOCK set signs through the agent without --ssh-agent.
        let signed = try CommandRunner.run(["sign", zip, "--ssh-key", key.path + ".pub"], environment: agent.environment)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains("(\(key.comment))"), "\(signed.stdout)")
        try key.expectSSHKeygenAccepts(zip)
    }

    @Test func withoutAKeyFileTheAgentsOnlyKeySigns() throws {
        guard let key = try SSHTestKey(type: "ecdsa", passphrase: "agent pass"), let agent = try TestAgent() else { return }
        defer { agent.stop() }
        let zip = try SignCLI.zip()
        let empty = try CommandRunner.run(["sign", zip, "--ssh-agent"], environment: agent.environment)
        #expect(empty.status == 64 && empty.stderr.contains("holds no ed25519 or ECDSA P-256 key"), "\(empty.stderr)")
        try agent.add(key, passphrase: "agent pass")
        let signed = try CommandRunner.run(["sign", zip, "--ssh-agent"], environment: agent.environment)
        #expect(signed.status == 0, "\(signed.stderr)")
        try key.expectSSHKeygenAccepts(zip)
    }

    @Test func agentProblemsAreClearMessages() throws {
        guard let loaded = try SSHTestKey(type: "ed25519", passphrase: "a"), let other = try SSHTestKey(type: "ed25519", passphrase: "b"),
            let agent = try TestAgent()
        else { return }
        defer { agent.stop() }
        try agent.add(loaded, passphrase: "a")
        let zip = try SignCLI.zip()
        let notLoaded = try CommandRunner.run(
            ["sign", zip, "--ssh-agent", "--ssh-key", other.path + ".pub"], environment: agent.environment)
        #expect(notLoaded.status == 64 && notLoaded.stderr.contains("does not hold the key SHA256:"), "\(notLoaded.stderr)")
        #expect(notLoaded.stderr.contains("ssh-add"), "\(notLoaded.stderr)")

        let noSocket = try CommandRunner.run(["sign", zip, "--ssh-agent"], environment: ["SSH_AUTH_SOCK": agent.folder + "/absent.sock"])
        #expect(noSocket.status == 64 && noSocket.stderr.contains("no ssh-agent at \(agent.folder)/absent.sock"), "\(noSocket.stderr)")

        // A socket file nobody listens on: the connection is refused.
        let dead = agent.folder + "/dead.sock"
        let bound = try CommandRunner.runProgram(
            CommandRunner.python,
            CommandRunner.pythonArguments(["-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", dead])
        )
        #expect(bound.status == 0, "\(bound.stderr)")
        let refused = try CommandRunner.run(["sign", zip, "--ssh-agent"], environment: ["SSH_AUTH_SOCK": dead])
        #expect(refused.status == 64 && refused.stderr.contains("refused the connection"), "\(refused.stderr)")

        let unset = try CommandRunner.run(["sign", zip, "--ssh-key", loaded.path + ".pub"], environment: ["SSH_AUTH_SOCK": ""])
        #expect(unset.status == 64 && unset.stderr.contains("is a public key"), "\(unset.stderr)")
        #expect(try SignCLI.signatureNames(zip).isEmpty, "nothing signed")
    }
}

/// An `ssh-agent -D` started for one test on a socket in a new folder; `stop()` ends that process.
final class TestAgent {
    let folder: String
    private let process = Process()
    var socket: String { folder + "/agent.sock" }
    var environment: [String: String] { ["SSH_AUTH_SOCK": socket] }

    init?() throws {
        guard let sshAgent = ExternalTool.path("ssh-agent", package: "openssh-client") else { return nil }
        folder = try SignCLI.folder()
        process.executableURL = URL(fileURLWithPath: sshAgent)
        process.arguments = ["-D", "-a", folder + "/agent.sock"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: folder + "/agent.sock") && Date() < deadline { usleep(20_000) }
        guard FileManager.default.fileExists(atPath: folder + "/agent.sock") else {
            stop()
            Issue.record("ssh-agent did not create its socket")
            return nil
        }
    }

    /// `ssh-add` the encrypted key, its passphrase given by an SSH_ASKPASS script.
    func add(_ key: SSHTestKey, passphrase: String) throws {
        guard let sshAdd = ExternalTool.path("ssh-add", package: "openssh-client") else { return }
        let askpass = folder + "/askpass.sh"
        try "#!/bin/sh\nprintf '%s\\n' '\(passphrase)'\n".write(toFile: askpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: askpass)
        let added = try CommandRunner.runProgram(
            sshAdd, [key.path],
            environment: environment.merging(["SSH_ASKPASS": askpass, "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"]) { _, new in new }
        )
        #expect(added.status == 0, "ssh-add failed: \(added.stderr)")
    }

    /// Ends the agent with SIGKILL: it inherits the signal mask of the test thread that started it, where SIGTERM
    /// may be blocked, so `terminate()` alone can leave it running.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
