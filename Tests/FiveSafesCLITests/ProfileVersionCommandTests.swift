import FiveSafesTestSupport
import Foundation
import Testing

/// Five Safes 0.5 from the command line: selection by `--profile-version`, 0.4 crates accepted, `--explain` citing
/// the draft.
@Suite struct ProfileVersionCommandTests {
    @Test func a04RequestCheckedAs05HasNoRequiredFindingsOnlyThe05Recommendations() throws {
        let path = Fixtures.path("crates/valid/request")
        let required = try CommandRunner.run(["validate", "--profile-version", "0.5", path])
        #expect(required.status == 0, "0.5 MUST accept 0.4 crates: \(required.stdout)")
        let json = try CommandRunner.run(["validate", "--profile-version", "0.5", "--level", "recommended", "--format", "json", path])
        #expect(json.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rules = (report?["issues"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        // 5S-ROOT-03: it declares 0.4, not the version it is checked against.
        #expect(rules.sorted() == ["5S-AGENT-10", "5S-EXC-02", "5S-ROOT-03"], "\(rules)")
        let profile = report?["profile"] as? [String: Any]
        #expect(profile?["version"] as? String == "0.5" && profile?["iri"] as? String == "https://w3id.org/5s-crate/0.5")
    }

    @Test func explainCitesTheDraftsSectionItsVersionsAndItsContradiction() throws {
        let run = try CommandRunner.run(["validate", "--explain", "5S-EXC-05"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Profile versions: 0.5 only"))
        #expect(run.stdout.contains("Spec: https://w3id.org/5s-crate/0.5#workflow-execution-context"))
        #expect(run.stdout.contains("The draft contradicts itself"))
        let old = try CommandRunner.run(["validate", "--explain", "5S-WF-02"])
        #expect(old.stdout.contains("Profile versions: 0.4, 0.5-DRAFT only"))
        #expect(old.stdout.contains("Spec: https://w3id.org/5s-crate/0.4#referencing-a-workflow-crate"))
    }

    @Test func junitSkips05RowsOnA04CrateAndEvaluatesThemOnA05One() throws {
        let old = try CommandRunner.run(["validate", "--format", "junit", Fixtures.path("crates/valid/request")])
        #expect(old.stdout.contains("applies to profile versions 0.5; this crate is checked as 0.4"))
        let new = try CommandRunner.run(["validate", "--format", "junit", Fixtures.path("crates/valid/request-0.5")])
        #expect(!new.stdout.contains("applies to profile versions 0.5;"))
        #expect(new.stdout.contains("applies to profile versions 0.4, 0.5-DRAFT; this crate is checked as 0.5"))
    }

    @Test func aWorkingDraftRowCitesThe10SpecAndA04CrateCheckedAs10MeetsOnlyItsRows() throws {
        let explain = try CommandRunner.run(["validate", "--explain", "5S-VER-04"])
        #expect(explain.stdout.contains("Profile versions: 1.0-WD only"))
        #expect(explain.stdout.contains("Spec: https://w3id.org/5s-crate/1.0#representation-state"))
        let json = try CommandRunner.run([
            "validate", "--profile-version", "1.0-WD", "--format", "json", Fixtures.path("crates/valid/request"),
        ])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rules = Set((report?["issues"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        // A 0.4 request is no 1.0 activity record: the 1.0 rows report it, and no 0.4 row (5S-RUN, 5S-WF, …) runs.
        #expect(rules.isSuperset(of: ["5S-REC-01", "5S-REC-05", "5S-VER-01", "5S-VER-02", "5S-VER-03", "5S-DEC-01"]), "\(rules.sorted())")
        #expect(
            rules.allSatisfy { !$0.hasPrefix("5S-") || ["REC", "VER", "DEC", "PROC", "XCH"].contains($0.split(separator: "-")[1]) },
            "\(rules.sorted())")
    }

    @Test func anUnknownProfileVersionIsAUsageError() throws {
        let run = try CommandRunner.run(["validate", "--profile-version", "0.6", Fixtures.path("crates/valid/request")])
        #expect(run.status == 64)
        #expect(run.stderr.contains("use 0.4, 0.5-DRAFT, 0.5 or 1.0-WD"))
    }
}
