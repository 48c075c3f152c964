import FiveSafesTestSupport
import Foundation
import Testing

/// Compares command output with a file in `Tests/FiveSafesCLITests/Goldens/`; `make record` (or a missing golden)
/// writes it instead and records an issue, so the diff gets reviewed.
enum GoldenFile {
    static func expect(_ text: String, matches name: String) throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/FiveSafesCLITests/Goldens/\(name)")
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if FixtureRun.isRecording || expected == nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded Goldens/\(name); review the diff and run the tests again")
            return
        }
        #expect(text == expected, "Goldens/\(name) differs; run `make record` and review the diff")
    }
}
