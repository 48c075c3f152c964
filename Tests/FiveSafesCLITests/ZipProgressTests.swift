import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 10: progress of `zip` and `zip --extract` on stderr, in the style `sign` shares: a bar on a
/// terminal once the work passes a second, lines in a log with `--progress`, the finished totals always last.
@Suite struct ZipProgressTests {
    @Test func extractAndPackageReportProgressWhenAskedEndingWithTheTotals() throws {
        let space = try Workspace("zip-progress")
        let packaged = try space.run(["zip", Fixtures.path("crates/valid/request"), "-o", "request.zip", "--progress"])
        #expect(packaged.status == 0, "\(packaged.stderr)")
        let packing = SignProgressTests.progressLines(packaged.stderr)
        #expect(packing.last?.contains("] 2/2 files") == true, "\(packaged.stderr)")

        let extracted = try space.run(["zip", "--extract", "request.zip", "-d", "incoming", "--progress"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stdout.hasPrefix("extracted ") && !extracted.stdout.contains("MB/s"), "\(extracted.stdout)")
        let lines = SignProgressTests.progressLines(extracted.stderr)
        // Every entry of the archive (folders too) counts; the last line is the whole archive, bar full.
        let last = try #require(lines.last.map(String.init), "no progress line: \(extracted.stderr)")
        let counts = try #require(last.firstMatch(of: /\] (\d+)\/(\d+) files/))
        #expect(counts.1 == counts.2 && Int(counts.1) ?? 0 > 2, "\(last)")
        #expect(last.hasPrefix("[" + String(repeating: "#", count: 24) + "]"), "\(last)")
    }

    @Test func withoutATerminalOrTheFlagNothingIsDrawn() throws {
        let space = try Workspace("zip-progress-off")
        #expect(try space.run(["zip", Fixtures.path("crates/valid/request"), "-o", "request.zip"]).stderr.isEmpty)
        let extracted = try space.run(["zip", "--extract", "request.zip", "-d", "incoming"])
        #expect(extracted.status == 0 && extracted.stderr.isEmpty, "\(extracted.stderr)")
        let muted = try space.run(["zip", "--extract", "request.zip", "-d", "again", "--progress", "--no-progress"])
        #expect(muted.status == 0 && SignProgressTests.progressLines(muted.stderr).isEmpty, "\(muted.stderr)")
    }
}
