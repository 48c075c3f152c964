import FiveSafesTestSupport
import Foundation
import ProfileEngine
import Testing

/// RULES.md and README's generated blocks (`make docs`, Schemas/render_docs.py) match the catalogues: a row added,
/// removed or re-levelled without `make docs` fails here.
@Suite struct GeneratedDocsTests {
    @Test func theGeneratedDocsAreUpToDate() throws {
        guard let python = ExternalTool.path("python3", package: "python3") else { return }
        let outcome = try BoundedProcess.run(
            python, ["Schemas/render_docs.py", "--check"], in: Fixtures.repositoryRoot.path, timeout: 60)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
    }

    /// The README table of what each version checks names every row that applies to it, and no other Five Safes row.
    @Test func theVersionRowsTableListsEveryRowEachVersionChecks() throws {
        let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let catalog = try ProfileCatalog.builtIn()
        let fiveSafes = try #require(catalog.profiles["five-safes-crate"])
        for version in fiveSafes.versions {
            let start = try #require(readme.range(of: "<summary><b>\(version.label)</b>"), "no table for \(version.label)")
            let end = try #require(readme.range(of: "</details>", range: start.upperBound..<readme.endIndex))
            let table = readme[start.upperBound..<end.lowerBound]
            let listed = Set(table.matches(of: /5S-[A-Z]+-\d+/).map { String($0.output) })
            let applied = Set(fiveSafes.requirements.filter { fiveSafes.applies($0, to: version) }.map(\.id))
            #expect(listed == applied, "\(version.label): \(listed.symmetricDifference(applied).sorted())")
        }
    }
}
