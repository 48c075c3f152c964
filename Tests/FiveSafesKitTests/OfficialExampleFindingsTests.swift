import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Every finding of the official 0.4 examples, pinned under both level schemes (`Fixtures/expected/official/`).
///
/// A change of level, scope or message in the catalogue shows here as a golden diff on real crates, and the
/// `reference` goldens show where a TRE running `--levels reference` gets the reference validator's verdicts.
@Suite struct OfficialExampleFindingsTests {
    /// Validated as the command line does by default: phase detected, every level reported.
    static let examples: [(name: String, path: String)] = [
        ("request", "official/0.4/example-request/data"),
        ("result", "official/0.4/example-result/data"),
        ("hutch", "official/0.4/example-hutch"),
        ("request-zip", "official/0.4/example-request.bagit.zip"),
        ("result-zip", "official/0.4/example-result.bagit.zip"),
    ]

    @Test(arguments: examples.map(\.name), LevelScheme.allCases)
    func findingsMatchTheGolden(name: String, levels: LevelScheme) throws {
        let example = try #require(Self.examples.first { $0.name == name })
        var options = ValidationOptions()
        options.level = .optional
        options.levels = levels
        let path = Fixtures.path(example.path)
        let input = try CrateInput.resolve(path, standardInput: { [] })
        let report = try CrateValidator(options: options).validate(input, named: example.path)
        let actual = FixtureRun.golden(report)
        let goldenPath = Fixtures.path("expected/official/\(name)-\(levels.rawValue).json")
        guard !FixtureRun.isRecording, let expected = try? String(contentsOfFile: goldenPath, encoding: .utf8) else {
            try FileManager.default.createDirectory(
                atPath: (goldenPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true
            )
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            Issue.record("recorded expected/official/\(name)-\(levels.rawValue).json; review the diff and run the tests again")
            return
        }
        #expect(actual == expected, "findings of the official \(name) example differ from the golden")
    }
}
