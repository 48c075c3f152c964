import FiveSafesTestSupport
import Foundation
import Testing

/// `validate --levels spec|reference`: the spec's levels by default, the reference validator's on request
/// (catalogue 2.22 D2/D3), said in every report format.
@Suite struct LevelsSwitchTests {
    private func invalid(_ name: String) -> String { Fixtures.path("crates/invalid/\(name)") }

    /// The rule and severity of every finding in a JSON report.
    private func findings(_ arguments: [String]) throws -> (status: Int32, levels: String?, found: [String]) {
        let result = try CommandRunner.run(["validate", "--format", "json", "--level", "optional"] + arguments)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let issues = report["issues"] as? [[String: Any]] ?? []
        let found = issues.map { "\($0["rule"] as? String ?? "?") \($0["severity"] as? String ?? "?")" }
        return (result.status, report["levels"] as? String, found)
    }

    @Test func aShortRunNameFailsOnlyUnderTheReferenceValidatorsFloor() throws {
        let crate = Fixtures.path("crates/valid/request-short-run-name")
        let spec = try CommandRunner.run(["validate", crate])
        #expect(spec.status == 0, "\(spec.stdout)")
        let reference = try CommandRunner.run(["validate", "--levels", "reference", crate])
        #expect(reference.status == 1)
        #expect(reference.stdout.contains("[5S-RUN-08]"))
        #expect(reference.stdout.contains("shorter than 10 characters"))
        #expect(reference.stdout.contains("level required (reference validator's levels)"), "\(reference.stdout)")
    }

    @Test func raisedLevelsMakeARecommendationRequired() throws {
        let crate = invalid("5S-TIME-01-impossible-month")
        let spec = try findings(["--phase", "result", crate])
        #expect(spec.levels == "spec")
        #expect(spec.found.contains("5S-TIME-01 recommended"))
        let reference = try findings(["--phase", "result", "--levels", "reference", crate])
        #expect(reference.levels == "reference")
        #expect(reference.found.contains("5S-TIME-01 required"))
        #expect(!reference.found.contains("5S-TIME-01 recommended"))
    }

    @Test func loweredLevelsAndOmittedRules() throws {
        let root = try findings(["--levels", "reference", invalid("5S-ROOT-01-absolute-root-id")])
        #expect(root.found.contains("5S-ROOT-01 recommended"), "\(root.found)")
        let spec = try findings(["--phase", "result", invalid("5S-PUB-04-document-result-not-in-has-part")])
        #expect(spec.found.contains("5S-PUB-04 recommended"))
        let reference = try findings(["--phase", "result", "--levels", "reference", invalid("5S-PUB-04-document-result-not-in-has-part")])
        #expect(!reference.found.contains { $0.hasPrefix("5S-PUB-04 ") }, "\(reference.found)")
    }

    @Test func sarifRulesCarryTheReferenceLevelAndSayWhatWasLeftOut() throws {
        let result = try CommandRunner.run([
            "validate", "--format", "sarif", "--levels", "reference", Fixtures.path("crates/valid/request"),
        ])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let time = try #require(rules.first { $0["id"] as? String == "5S-TIME-01" })
        #expect((time["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((run["properties"] as? [String: Any])?["levels"] as? String == "reference")
    }

    @Test func anUnknownSchemeIsAUsageError() throws {
        let result = try CommandRunner.run(["validate", "--levels", "pr167", Fixtures.path("crates/valid/request")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("spec") && result.stderr.contains("reference"), "\(result.stderr)")
    }

    /// Item 2, 6 and 8 of issue 17 on the command line: the same finding, the level the crate's version gives.
    @Test func levelsFollowTheDeclaredROCrateVersion() throws {
        let crate11 = try findings(["--profile", "ro-crate", invalid("RC-MD-09-string-reference-ro-crate-1.1")])
        #expect(crate11.found.contains("RC-MD-09 recommended"))
        let crate12 = try findings(["--profile", "ro-crate", invalid("RC-MD-09-string-reference")])
        #expect(crate12.found.contains("RC-MD-09 required"))
        #expect(
            try CommandRunner.run([
                "validate", "--profile", "ro-crate", "--level", "recommended", Fixtures.path("crates/valid/ro-crate-1.1"),
            ]).status == 0)
    }
}
