import JSONLD
import Testing

@testable import ProfileEngine

@Suite struct IDsStayInsideCrateRootTests {
    private func messages(_ references: [String]) throws -> [String] {
        let parts = references.map { #"{"@id": "\#($0)"}"# }.joined(separator: ", ")
        let crate = try RequestTestCrate.make(root: #""hasPart": [\#(parts)]"#)
        return RequestTestCrate.messages(IDsStayInsideCrateRoot(), crate)
    }

    @Test func pathsInsideTheRootAndNonPathsPass() throws {
        let found = try messages([
            "input1.txt", "./outputs/qa.csv", "outputs/diagrams/", "https://example.org/../x", "#frag/../..",
            "_:b/../..", "urn:uuid:1234", "mailto:a@example.org", "a..b/c..", "s3://bucket/../key",
        ])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func tagFilesAboveTheRootAreNamed() throws {
        let found = try messages(["../bagit.txt", "../manifest-sha512.txt", "../tagmanifest-md5.txt", "../fetch.txt?x=1"])
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.contains("references the BagIt tag file") }, "\(found)")
    }

    @Test func pathsClimbingOutAreReported() throws {
        let found = try messages(["../input1.txt", "docs/../../x", "%2E%2E/secret", "./.%2e/x", "../data/input1.txt"])
        #expect(found.count == 5)
        #expect(found.allSatisfy { $0.contains("climbs out of the crate root") }, "\(found)")
    }

    @Test func innerDotDotAndAbsolutePathsAreReported() throws {
        let found = try messages(["outputs/../input1.txt", "/etc/passwd"])
        #expect(found.count == 2)
        #expect(found.first?.contains("has a `..` segment") == true)
        #expect(found.last?.contains("absolute path") == true)
    }

    @Test func entityIDsAndNestedReferencesAreChecked() throws {
        let crate = try RequestTestCrate.make(
            root: "",
            entities: #"""
                {"@id": "../bag-info.txt", "@type": "File"},
                {"@id": "#x", "@type": "Thing", "about": [{"@id": "ok.txt"}, {"@id": "../../x"}]}
                """#)
        let findings = IDsStayInsideCrateRoot().evaluate(in: CheckContext(crate: crate))
        #expect(findings.map { $0.pointer?.description } == ["/@graph/2/@id", "/@graph/3/about/1/@id"])
        #expect(findings.map(\.property) == ["@id", "about"])
    }
}
