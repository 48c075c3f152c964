import FiveSafesDiagnostics
import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// 5S-SEC-04: identifiers that are local file-system locations, each kind once, and what is not one.
@Suite struct PathsStayInCrateTests {
    private func messages(_ entities: String) throws -> [String] {
        ReviewTestCrate.messages(PathsStayInCrate(), try ReviewTestCrate.make(entities: entities))
    }

    @Test(arguments: [
        ("/home/alice/data.csv", "an absolute file-system path"),
        (#"C:\\Users\\alice\\data.csv"#, "a Windows path"),
        ("d:/exports/data.csv", "a Windows path"),
        (#"\\\\server\\share\\data.csv"#, "a Windows network path"),
        ("file:///etc/passwd", "a file: URI"),
        ("FILE:relative.txt", "a file: URI"),
    ])
    func eachLocalLocationIsNamed(id: String, kind: String) throws {
        let found = try messages(##"{"@id": "\##(id)", "@type": "File", "name": "x"}"##)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("is \(kind), not a path inside the crate") == true, "\(found)")
    }

    @Test(arguments: ["data/table.csv", "https://example.org/table.csv", "#local", "_:blank", "fil:e.txt", "files:x", "C:", "c"])
    func pathsInsideTheCrateAndURIsAreNot(id: String) throws {
        #expect(try messages(##"{"@id": "\##(id)", "@type": "File", "name": "x"}"##).isEmpty)
    }

    @Test func anUndescribedReferenceIsReportedOnceAtItsValue() throws {
        let crate = try ReviewTestCrate.make(
            entities: ##"{"@id": "#a", "@type": "Thing", "about": [{"@id": "#b"}, {"@id": "/tmp/x"}], "mentions": {"@id": "/tmp/x"}}"##)
        let findings = PathsStayInCrate().evaluate(in: CheckContext(crate: crate, phase: .result))
        #expect(findings.count == 1)
        #expect(findings.first?.pointer?.description == "/@graph/2/about/1")
    }
}
