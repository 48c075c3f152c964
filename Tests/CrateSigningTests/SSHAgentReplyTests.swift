import FiveSafesTestSupport
import Foundation
import Testing

@testable import CrateSigning

/// A hostile or broken ssh-agent: a Python stand-in on a Unix socket answers one request with fixed bytes, and
/// every bad answer is a clear error (never a crash, a hang or a huge allocation).
@Suite struct SSHAgentReplyTests {
    @Test(arguments: [
        ("ffffffff", "sent a reply of 4294967295 bytes"),
        ("00000000", "sent a reply of 0 bytes"),
        ("00000064" + "0c000000", "closed the connection mid-reply"),
        ("0000000105", "refused to list its keys"),
        ("0000000163", "answered with message 99, not 12"),
        ("000000050cffffffff", "the ssh-agent reply is truncated"),
    ])
    func badRepliesAreNamed(reply: String, expected: String) throws {
        let agent = try FakeAgent(reply: reply)
        defer { agent.stop() }
        do {
            let keys = try SSHAgent(socketPath: agent.socket).identities()
            Issue.record("accepted \(reply): \(keys.count) keys")
        } catch {
            #expect(error.message.contains(expected), "\(reply): \(error.message)")
        }
    }

    @Test func keysOfOtherTypesAreSkippedAndAnEmptyListIsNamed() throws {
        // One identity: an ssh-rsa blob fivesafes does not sign with.
        var body = SSHWireWriter()
        body.appendRaw([12])
        body.appendUInt32(1)
        var blob = SSHWireWriter()
        blob.appendString("ssh-rsa")
        blob.appendString([1, 0, 1])
        blob.appendString([UInt8](repeating: 7, count: 64))
        body.appendString(blob.bytes)
        body.appendString("rsa-key")
        var framed = SSHWireWriter()
        framed.appendString(body.bytes)
        let agent = try FakeAgent(reply: framed.bytes.map { String(format: "%02x", $0) }.joined(), connections: 2)
        defer { agent.stop() }
        #expect(try SSHAgent(socketPath: agent.socket).identities().isEmpty)
        #expect(throws: SigningError("ssh-agent (\(agent.socket)) holds no ed25519 or ECDSA P-256 key; load one with `ssh-add KEYFILE`")) {
            try SSHAgent(socketPath: agent.socket).key(matching: nil)
        }
    }
}

/// A stand-in agent: accepts `connections` connections on a new socket, reads each request and answers `reply`
/// (hex), then closes it.
final class FakeAgent {
    let socket: String
    private let process = Process()

    init(reply: String, connections: Int = 1) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-agent-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        socket = folder + "/agent.sock"
        let script = """
            import os, socket, sys
            server = socket.socket(socket.AF_UNIX)
            # Bound and listening under a temporary name first: the path appears only once connections are
            # accepted (a client that sees the path between bind and listen was refused on a loaded machine).
            server.bind(sys.argv[1] + ".tmp")
            server.listen(1)
            os.rename(sys.argv[1] + ".tmp", sys.argv[1])
            for _ in range(int(sys.argv[3])):
                connection, _ = server.accept()
                connection.recv(65536)
                connection.sendall(bytes.fromhex(sys.argv[2]))
                connection.close()
            """
        let python = CommandRunner.python
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = CommandRunner.pythonArguments(["-c", script, socket, reply, String(connections)])
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: socket) && Date() < deadline { usleep(10_000) }
    }

    /// Ends the stand-in (SIGKILL: it may inherit a signal mask that blocks SIGTERM).
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
