import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes validate` as a CI job sees it: exit statuses, report formats, outputs.
@Suite struct ValidateCommandTests {
    let validRequest = Fixtures.path("crates/valid/request")

    @Test func aValidCrateExitsZeroWithASummary() throws {
        let result = try CommandRunner.run(["validate", "--level", "recommended", validRequest])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(": valid (0 required, 0 recommended"))
    }

    @Test func findingsExitOneWithCompilerStyleLines() throws {
        let crate = Fixtures.path("official/0.4/example-request/data")
        let result = try CommandRunner.run(["validate", crate])
        #expect(result.status == 1)
        let firstLine = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        // The file as seen from the working directory: the crate path given, then the file in it.
        #expect(firstLine.hasPrefix(crate + "/ro-crate-metadata.json:"), "\(firstLine)")
        #expect(
            firstLine.dropFirst(crate.count + 1).wholeMatch(of: /ro-crate-metadata\.json:\d+:\d+: error: \[[A-Z0-9]+-[A-Z]+-\d+\] .+/)
                != nil, "\(firstLine)")
    }

    @Test func unreadableInputExitsTwoAndStillWritesJSON() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", "/no/such/crate"])
        #expect(result.status == 2)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let issues = report?["issues"] as? [[String: Any]]
        #expect(issues?.count == 1)
        #expect(issues?.first?["rule"] as? String == "FS-INPUT-001")
        #expect(report?["valid"] as? Bool == false)
    }

    @Test func malformedJSONExitsTwoNamingLineAndColumn() throws {
        let result = try CommandRunner.run(["validate", "-"], stdin: "{\"@graph\": [\n  {\"@id\": }\n]}")
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("-:2:11: error: [RC-MD-02] the metadata file is not valid JSON"), "\(result.stdout)")
    }

    @Test(arguments: [
        ["validate"],
        ["validate", "--level", "loud", "x"],
        ["validate", "--phase", "later", "x"],
        ["validate", "--profile", "nonsense", "x"],
        ["validate", "--explain", "NO-SUCH-01"],
        ["validate", "--no-such-flag", "x"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 64)
    }

    @Test func jsonReportHasTheContractKeysInOrder() throws {
        let result = try CommandRunner.run(["validate", "--format", "json", validRequest])
        #expect(result.status == 0)
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            $0.dropFirst(3).prefix { $0 != "\"" }
        }
        #expect(
            keys == ["fivesafes", "input", "profile", "phase", "level", "levels", "valid", "counts", "issues", "checked", "elapsed_ms"])
    }

    @Test func outputFileGetsTheReportAndStdoutTheSummary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reportPath = folder.appendingPathComponent("report.json").path
        let result = try CommandRunner.run(["validate", "--format", "json", "--output", reportPath, validRequest])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        let written = try String(contentsOfFile: reportPath, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"fivesafes\": \"0.1.0\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func skipDisablesARule() throws {
        let official = Fixtures.path("official/0.4/example-request/data")
        let before = try CommandRunner.run(["validate", "--format", "json", official]).stdout
        #expect(before.contains("\"RC-ROOT-04\""))
        let after = try CommandRunner.run(["validate", "--format", "json", "--skip", "RC-ROOT-04", official]).stdout
        #expect(!after.contains("\"RC-ROOT-04\""))
    }

    @Test func explainAndListRulesDescribeTheCatalogue() throws {
        let explain = try CommandRunner.run(["validate", "--explain", "RC-ROOT-04"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("RC-ROOT-04 (MUST → required)\n"))
        #expect(explain.stdout.contains("Invalid:\n"))
        let list = try CommandRunner.run(["validate", "--list-rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("RC-ROOT-04"))
        #expect(list.stdout.hasSuffix("rules (five-safes-crate)\n"))
    }

    /// Issue 17: the re-levelled rules say which spec text decides, with the level it gives.
    @Test(arguments: [
        ("5S-REV-12", "5S-REV-12 (MAY → optional)", "BCP 14"),
        ("5S-PUB-04", "5S-PUB-04 (SHOULD → recommended)", "not a data entity of the crate"),
        ("RC-BAG-03", "RC-BAG-03 (SHOULD → recommended)", "RO-Crate 1.1's implementation notes"),
        ("RC-CE-06", "RC-CE-06 (MUST → required)", "in both RO-Crate 1.1 and 1.2"),
        ("RC-DE-05", "RC-DE-05 (SHOULD → recommended)", "RO-Crate 1.1 has no such sentence"),
        ("RC-MD-09", "RC-MD-09 (MUST → required)", "\"MAY have a URI\""),
        ("RC-MD-09", "RC-MD-09 (MUST → required)", "Also: SHOULD → recommended in crates declaring RO-Crate 1.1 or earlier"),
        ("RC-DE-02", "RC-DE-02 (MUST → required)", "These SHOULD be of @type CreativeWork"),
        (
            "RC-DE-02", "RC-DE-02 (MUST → required)",
            "Also: SHOULD → recommended for findings of the case `other-type` in crates declaring RO-Crate 1.1 or earlier"
        ),
        ("RC-CE-06", "RC-CE-06 (MUST → required)", "Also: SHOULD → recommended for findings of the case `software-application`"),
        ("5S-TIME-01", "5S-TIME-01 (SHOULD → recommended)", "With --levels reference: MUST → required"),
        ("5S-PUB-04", "5S-PUB-04 (SHOULD → recommended)", "With --levels reference: not checked"),
    ])
    func explainCitesTheSpecTextForTheLevel(rule: String, heading: String, citation: String) throws {
        let explain = try CommandRunner.run(["validate", "--explain", rule])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix(heading + "\n"), "\(explain.stdout.prefix(80))")
        #expect(explain.stdout.contains(citation))
    }

    @Test func colourOnlyWhenAskedAndNotUnderNoColor() throws {
        let official = Fixtures.path("official/0.4/example-request/data")
        #expect(!(try CommandRunner.run(["validate", official]).stdout.contains("\u{1B}[")))
        #expect(try CommandRunner.run(["validate", "--color", "always", official]).stdout.contains("\u{1B}[1;31m"))
    }

    @Test func versionAndHelp() throws {
        #expect(try CommandRunner.run(["--version"]).stdout == "0.1.0\n")
        let help = try CommandRunner.run(["help", "validate"])
        #expect(help.stdout.contains("--metadata-only"))
        #expect(help.stdout.contains("Examples:"))
    }
}
