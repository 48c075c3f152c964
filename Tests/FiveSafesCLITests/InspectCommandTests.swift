import FiveSafesTestSupport
import Foundation
import Testing
import XMLSupport

/// `fivesafes inspect` on the fixtures and the official examples, against golden outputs in `Goldens/inspect-*`.
@Suite struct InspectCommandTests {
    /// Inputs (relative to the repository root, so the goldens do not depend on where it is checked out).
    static let inputs: [(name: String, path: String)] = [
        ("valid-request", "Fixtures/crates/valid/request"),
        ("valid-result", "Fixtures/crates/valid/result"),
        ("valid-request-0.5-draft", "Fixtures/crates/valid/request-0.5-draft/ro-crate-metadata.json"),
        ("valid-request-0.5-query", "Fixtures/crates/valid/request-0.5-query"),
        ("valid-record-1.0-snapshot", "Fixtures/crates/valid/record-1.0-snapshot"),
        ("valid-record-1.0-federated", "Fixtures/crates/valid/record-1.0-federated"),
        ("valid-result-bag", "Fixtures/bags/valid/result-bag"),
        ("invalid-run-instrument", "Fixtures/crates/invalid/5S-RUN-05-instrument-not-main-entity"),
        ("invalid-bag-missing-file", "Fixtures/bags/invalid/missing-file"),
        ("official-request-zip", "Fixtures/official/0.4/example-request.bagit.zip"),
        ("official-result-zip", "Fixtures/official/0.4/example-result.bagit.zip"),
        ("official-hutch", "Fixtures/official/0.4/example-hutch"),
    ]

    static func inspect(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.runProgram(CommandRunner.executable.path, ["inspect"] + arguments, directory: Fixtures.repositoryRoot.path)
    }

    @Test(arguments: inputs.map(\.name))
    func textAndJSONMatchTheGoldens(name: String) throws {
        let path = try #require(Self.inputs.first { $0.name == name }?.path)
        let text = try Self.inspect([path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(!text.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        try GoldenFile.expect(text.stdout, matches: "inspect-\(name).txt")
        let json = try Self.inspect(["--format", "json", path])
        #expect(json.status == 0)
        try GoldenFile.expect(json.stdout, matches: "inspect-\(name).json")
    }

    @Test(arguments: ["valid-request", "valid-result", "official-result-zip", "valid-record-1.0-snapshot", "valid-record-1.0-federated"])
    func htmlMatchesTheGoldenAndIsWellFormed(name: String) throws {
        let path = try #require(Self.inputs.first { $0.name == name }?.path)
        let result = try Self.inspect(["--format", "html", path])
        #expect(result.status == 0)
        try GoldenFile.expect(result.stdout, matches: "inspect-\(name).html")
        let bytes = Array(result.stdout.utf8)
        let parsed = MarkupReader.parseXML(bytes)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.doctype == "html")
        #expect(MarkupReader.query("count(//*[local-name()='script'])", in: bytes) == ["0"])
        #expect(MarkupReader.query("count(//*[local-name()='svg']//*[local-name()='circle'])", in: bytes) == ["7"])
        #expect(MarkupReader.query("count(//*[@src] | //*[local-name()='link'])", in: bytes) == ["0"], "nothing loaded from the network")
    }

    @Test func jsonConformsToTheSchemaForEveryFixture() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths = Self.inputs.map(\.path)
        paths += Fixtures.crates(in: "invalid").map { "Fixtures/crates/invalid/\($0)" }
        var files: [String] = []
        for (number, path) in paths.enumerated() {
            let result = try Self.inspect(["--format", "json", path])
            #expect(result.status == 0 || result.status == 2, "\(path): \(result.stderr)")
            guard result.status == 0 else { continue }
            let file = folder.appendingPathComponent("\(number).json").path
            try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let result = try JSONSchemaCheck.run(files, schema: "inspect.schema.json")
        #expect(result.status == 0 && result.stdout == "ok \(files.count)\n", "\(result.stderr)")
        #expect(files.count > 150)
    }

    @Test func unreadableInputExitsTwo() throws {
        let result = try Self.inspect(["/no/such/crate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fivesafes inspect:"))
    }

    @Test func outputFileIsNeverOverwrittenSilently() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString).html").path
        try "mine".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try Self.inspect(["--format", "html", "-o", file, "Fixtures/crates/valid/result"])
        #expect(refused.status == 2 && refused.stderr.contains("--force"))
        let forced = try Self.inspect(["--format", "html", "-o", file, "--force", "Fixtures/crates/valid/result"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file + ".bak", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    /// A crate whose name and an @id hold ESC, NUL, NEL and a bidi override (the hostile fixture): the HTML report
    /// is well-formed (libxml2 and xmllint), shows the characters as escapes, and loses nothing after the NUL.
    @Test func controlCharactersInNamesKeepTheHTMLWellFormed() throws {
        let crate = Fixtures.path("hostile/control-characters-html/crate")
        let result = try Self.inspect(["--format", "html", crate])
        #expect(result.status == 0, "\(result.stderr)")
        for control in ["\u{1B}", "\u{0}", "\u{85}", "\u{202E}"] {
            #expect(!result.stdout.contains(control), "raw \(control.debugDescription) in the HTML")
        }
        let bytes = Array(result.stdout.utf8)
        #expect(MarkupReader.parseXML(bytes).problems.isEmpty)
        #expect(result.stdout.contains(#"Name\u{1b}[2J\u{0}after-nul\u{85}\u{202e}"#), "the name is shown, with what was replaced")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let xmllint = try CommandRunner.runProgram("/usr/bin/env", ["xmllint", "--noout", file])
        #expect(xmllint.status == 0, "xmllint (libxml2-utils, from `make test-deps`): \(xmllint.stderr)")
    }

    @Test func aNameWithMarkupIsShownAsText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-xss-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Fixtures.path("crates/valid/request/ro-crate-metadata.json"), encoding: .utf8)
        let hostile = original.replacingOccurrences(of: "\"Josiah Carberry\"", with: "\"<script>alert(1)</script>\"")
            .replacingOccurrences(of: "\"https://www.brown.edu/\"", with: "\"javascript:alert(2)\"")
        try hostile.write(toFile: folder + "/ro-crate-metadata.json", atomically: true, encoding: .utf8)
        let result = try Self.inspect(["--format", "html", folder])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("<script"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!result.stdout.contains("href=\"javascript:"))
    }
}
