import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Every fixture crate against its golden findings; every valid fixture clean at `recommended`.
@Suite struct FixtureCrateTests {
    @Test(arguments: Fixtures.crates(in: "invalid"))
    func invalidCrateReportsExactlyItsGoldenFindings(_ name: String) throws {
        let folder = Fixtures.path("crates/invalid/\(name)")
        let report = try FixtureRun.report(for: folder)
        let actual = FixtureRun.golden(report)
        let goldenPath = folder + "/expected.json"
        if FixtureRun.isRecording || !FileManager.default.fileExists(atPath: goldenPath) {
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name)/expected.json; review the diff and run the tests again")
            return
        }
        let expected = try String(contentsOfFile: goldenPath, encoding: .utf8)
        #expect(actual == expected, "findings of \(name) differ from expected.json")
        let rule = Self.ruleID(ofFixture: name)
        #expect(report.issues.contains { $0.rule == rule }, "\(name) does not trigger \(rule)")
    }

    @Test(arguments: Fixtures.crates(in: "valid"))
    func validCrateHasNoRequiredOrRecommendedFindings(_ name: String) throws {
        let report = try FixtureRun.report(for: Fixtures.path("crates/valid/\(name)"), level: .recommended)
        let found = report.issues.map { "\($0.rule) \($0.location.entity ?? "") \($0.message)" }
        #expect(found.isEmpty, "\(name): \(found.joined(separator: "; "))")
    }

    /// `5S-RUN-05-instrument-not-main` → `5S-RUN-05`.
    static func ruleID(ofFixture name: String) -> String {
        name.split(separator: "-").prefix(3).joined(separator: "-")
    }
}
