import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 10: `make demo` builds once, at the start (it used to build again before the provenance part), and
/// ends with a summary of what it showed. Checked on `make -n demo`, which prints every command, recursive makes
/// included, without running them (running the demo inside the tests would build inside the build).
@Suite struct MakeDemoTests {
    @Test func demoBuildsOnceAndEndsWithASummary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "make is needed (make test runs it)")
        let dry = try CommandRunner.runProgram(
            "/usr/bin/make",
            ["-n", "--no-print-directory", "demo"],
            directory: Fixtures.repositoryRoot.path
        )
        #expect(dry.status == 0, "\(dry.stderr)")
        let lines = dry.stdout.split(separator: "\n").map(String.init)
        let builds = lines.filter { $0.contains("swift build") }
        #expect(builds.count == 1, "\(builds)")
        let summary = lines.firstIndex { $0.contains("== demo summary ==") }
        #expect(summary != nil)
        if let summary {
            let after = lines[(summary + 1)...]
            #expect(after.allSatisfy { $0.hasPrefix("echo ") } && after.count >= 5, "the summary is the end: \(after)")
            for command in ["init", "validate", "zip", "sign", "provenance"] {
                #expect(after.contains { $0.contains("  \(command) ") }, "the summary names \(command)")
            }
        }
    }
}
