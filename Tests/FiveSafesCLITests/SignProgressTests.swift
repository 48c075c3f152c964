import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 10: progress of `sign` and `sign --verify` (hashing every payload byte) in zip's style, on stderr
/// only: a bar on a terminal once the work passes a second, one line a second in logs with `--progress`, and never
/// in standard output, so JSON stays JSON.
@Suite struct SignProgressTests {
    /// `[####----] 3/5 files  0.0/0.0 MB  1.2 MB/s`, the line zip draws.
    static func progressLines(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains(" files  ") && $0.hasSuffix(" MB/s") }
    }

    @Test(arguments: ["zip", "folder"])
    func progressIsShownWhenAskedAndOnlyOnStandardError(kind: String) throws {
        let bag = kind == "zip" ? try SignCLI.zip() : try SignCLI.bagFolder()
        let signed = try CommandRunner.run(["sign", bag, "--ssh-key", SignCLI.key("ssh-ed25519"), "--progress"])
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(!Self.progressLines(signed.stderr).isEmpty, "no progress line: \(signed.stderr)")
        #expect(signed.stdout.hasPrefix("signed ") && !signed.stdout.contains("MB/s"), "\(signed.stdout)")

        let json = try CommandRunner.run(["sign", "--verify", "--format", "json", "--progress", bag] + SignCLI.trust)
        #expect(json.status == 0, "\(json.stdout)\(json.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "stdout is not pure JSON: \(json.stdout)")
        #expect(!Self.progressLines(json.stderr).isEmpty, "\(json.stderr)")
    }

    @Test func withoutATerminalOrTheFlagNothingIsDrawn() throws {
        let zip = try SignCLI.zip()
        let signed = try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key("ssh-ed25519")])
        #expect(signed.status == 0 && signed.stderr.isEmpty, "\(signed.stderr)")
        let verified = try CommandRunner.run(["sign", "--verify", zip] + SignCLI.trust)
        #expect(verified.status == 0 && verified.stderr.isEmpty, "\(verified.stderr)")
        let quiet = try CommandRunner.run(["sign", "--verify", "--progress", "--no-progress", zip] + SignCLI.trust)
        #expect(quiet.status == 0 && Self.progressLines(quiet.stderr).isEmpty, "--no-progress wins: \(quiet.stderr)")
    }
}
