import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16: the README's examples run as written. Every fenced `sh` block preceded by a `<!-- readme-test: SETUP -->`
/// comment runs in a fresh folder: SETUP first (hidden in the rendered README: it provides the files the example
/// assumes, from `$FIXTURES`), then each command of the block in order, with the built `fivesafes` first on `PATH` and
/// `HOME` inside the folder. A command must exit 0 unless its comment says `exit N`. A setup may leave `.readme-env`
/// (sourced before each command, e.g. the `SSH_AUTH_SOCK` of an agent it started) and `.readme-teardown` (run at the
/// end, e.g. to stop that agent).
@Suite struct ReadmeExampleTests {
    /// One marked block.
    struct Example: CustomTestStringConvertible, Sendable {
        /// The README line of its fence.
        var line: Int
        /// Shell run before it.
        var setup: String
        /// Its commands, backslash continuations joined.
        var commands: [String]

        var testDescription: String { "README.md:\(line): \(commands.first ?? "")" }
    }

    static let marker = "<!-- readme-test:"

    /// The marked blocks of the README.
    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            guard line.hasPrefix(marker), line.hasSuffix("-->"), index + 1 < lines.count, lines[index + 1] == "```sh" else { continue }
            let setup = String(line.dropFirst(marker.count).dropLast(3)).trimmingCharacters(in: .whitespaces)
            var commands: [String] = []
            var pending = ""
            var body = index + 2
            while body < lines.count, lines[body] != "```" {
                let text = lines[body]
                if text.hasSuffix("\\") {
                    pending += text.dropLast() + " "
                } else {
                    let command = (pending + text).trimmingCharacters(in: .whitespaces)
                    pending = ""
                    if !command.isEmpty && !command.hasPrefix("#") { commands.append(command) }
                }
                body += 1
            }
            examples.append(Example(line: index + 2, setup: setup, commands: commands))
        }
        return examples
    }

    /// The exit status a command's comment announces (`… exit 1 …`), else 0.
    static func expectedStatus(_ command: String) -> Int32 {
        guard let hash = command.range(of: " # ") else { return 0 }
        let comment = command[hash.upperBound...]
        guard let exit = comment.range(of: "exit ") else { return 0 }
        return Int32(comment[exit.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    @Test func theReadmeMarksItsCommandExamples() throws {
        let examples = try Self.examples()
        // validate, init, inspect, zip, provenance and sign each have a runnable block.
        #expect(examples.count >= 6, "\(examples.map(\.testDescription))")
        for command in ["validate", "init", "inspect", "zip", "provenance", "sign", "federate"] {
            #expect(examples.contains { $0.commands.first?.hasPrefix("fivesafes \(command) ") == true }, "no runnable \(command) example")
        }
        #expect(Self.expectedStatus("fivesafes zip a -o b.zip   # refused (exit 1)") == 1)
        #expect(Self.expectedStatus("fivesafes zip a -o b.zip   # written") == 0)
    }

    @Test(.timeLimit(.minutes(3)), arguments: try ReadmeExampleTests.examples())
    func theExampleRunsAsWritten(_ example: Example) throws {
        let space = try Workspace("readme")
        defer { space.remove() }
        try FileManager.default.createDirectory(atPath: space.path("home"), withIntermediateDirectories: true)
        let binaries = CommandRunner.executable.deletingLastPathComponent().path
        let environment = [
            "PATH": binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "HOME": space.path("home"), "FIXTURES": Fixtures.root.path, "NO_COLOR": "1",
        ]
        func shell(_ script: String) throws -> CommandRunner.Result {
            try CommandRunner.runProgram(
                "/bin/bash",
                ["-c", "set -o pipefail; if [ -f .readme-env ]; then . ./.readme-env; fi; " + script],
                environment: environment,
                directory: space.folder
            )
        }
        defer { _ = try? shell("if [ -f .readme-teardown ]; then . ./.readme-teardown; fi") }
        if !example.setup.isEmpty {
            let prepared = try shell(example.setup)
            try #require(prepared.status == 0, "setup: \(Workspace.output(prepared))")
        }
        for command in example.commands {
            let result = try shell(command)
            #expect(result.status == Self.expectedStatus(command), "\(command)\n\(Workspace.output(result))")
        }
    }
}
