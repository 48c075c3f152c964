import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes init` as a researcher runs it: flags, answers files, prompts on a terminal, refusals.
@Suite struct InitCommandTests {
    static let flags = [
        "--license", "CC-BY-4.0", "--workflow", "https://workflowhub.eu/workflows/289?version=1",
        "--agent", "0000-0002-1825-0097", "--project", "project81",
        "--organization", "https://ror.org/05gq02987", "--organization-name", "Brown University", "--input", "fast_mode=true",
    ]

    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("init-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func expectValid(_ folder: String) throws {
        let result = try CommandRunner.run(["validate", "--level", "recommended", folder])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func flagsMakeAValidCrate() throws {
        let folder = try Self.folder()
        try "A:V12G\n".write(toFile: folder + "/mutations.txt", atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(
            [
                "init", folder, "--name", "Mutation screening", "--agent-name", "Josiah Carberry",
                "--project-name", "Protein stability", "--input-file", "mutations.txt",
            ] + Self.flags
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(1 new data entities)"))
        try Self.expectValid(folder)
    }

    @Test func withoutATerminalMissingValuesAreListedWithExit64() throws {
        let folder = try Self.folder()
        let result = try CommandRunner.run(["init", folder, "--agent", "0000-0002-1825-0098"])
        #expect(result.status == 64)
        for flag in [
            "--name", "--license", "--workflow", "--agent-name", "--project", "--project-name", "--organization",
            "--organization-name", "--input or --input-file",
        ] {
            #expect(result.stderr.contains("\(flag) is required"), "\(flag)")
        }
        #expect(result.stderr.contains("is not an ORCID iD"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/ro-crate-metadata.json"))
    }

    @Test func answersFileInYAML() throws {
        let folder = try Self.folder()
        let answers = folder + "/../answers-\(UUID().uuidString).yml"
        try """
        name: Mutation screening
        agent-name: Josiah Carberry
        project-name: Protein stability
        inputs:
          fast_mode: "true"
        """.write(toFile: answers, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["init", folder, "--from", answers] + Self.flags.dropLast(2))
        #expect(result.status == 0, "\(result.stderr)")
        try Self.expectValid(folder)
    }

    @Test func existingMetadataIsRefusedNamingBothWaysOut() throws {
        let folder = try Self.folder()
        try "{}".write(toFile: folder + "/ro-crate-metadata.json", atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["init", folder, "--name", "x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--force") && result.stderr.contains("--update"))
        #expect(try String(contentsOfFile: folder + "/ro-crate-metadata.json", encoding: .utf8) == "{}")
    }

    /// A typo in an interactive answer is explained and asked again (issue 16, item 8): the other answers survive.
    @Test func anInvalidAnswerIsAskedAgain() throws {
        let folder = try Self.folder()
        let flags = Self.flags.enumerated().filter { index, _ in
            !(2...3).contains(index) && !(4...5).contains(index)  // no --workflow, no --agent: both are asked for
        }.map(\.element)
        let answers =
            "A typo-free title\nnot-a-workflow\nhttps://workflowhub.eu/workflows/289?version=1\n"
            + "0000-0002-1825-0096\n0000-0002-1825-0097\nJosiah Carberry\nProtein stability\n"
        let result = try PseudoTerminal.run([CommandRunner.executable.path, "init", folder] + flags, typing: answers)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("not-a-workflow is not an http(s) IRI; please try again"), "\(result.stdout)")
        #expect(result.stdout.contains("0000-0002-1825-0096 is not an ORCID iD"), "\(result.stdout)")
        let metadata = try String(contentsOfFile: folder + "/ro-crate-metadata.json", encoding: .utf8)
        #expect(metadata.contains("\"name\": \"A typo-free title\"") && metadata.contains("https://orcid.org/0000-0002-1825-0097"))
        try Self.expectValid(folder)
    }

    /// Prompts on a pseudo-terminal (Python's `pty`): the missing values are asked for and answered.
    @Test func promptsOnATerminal() throws {
        let folder = try Self.folder()
        let answers = "Mutation screening on a terminal\nJosiah Carberry\nProtein stability\n"
        let result = try PseudoTerminal.run([CommandRunner.executable.path, "init", folder] + Self.flags, typing: answers)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Title of the request:"))
        #expect(result.stdout.contains("Your name:"))
        let metadata = try String(contentsOfFile: folder + "/ro-crate-metadata.json", encoding: .utf8)
        #expect(metadata.contains("\"name\": \"Mutation screening on a terminal\""))
        try Self.expectValid(folder)
    }
}
