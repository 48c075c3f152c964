import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct ReferencesUseIDObjectsTests {
    private func pointers(root: String) throws -> [String] {
        let crate = try MetadataTestCrate.make(
            root: root,
            entities: #"{"@id": "_:alice", "@type": "Person", "name": "Alice"}"#
        )
        return MetadataTestCrate.findings(ReferencesUseIDObjects(), crate).compactMap { $0.pointer?.description }
    }

    @Test func aStringThatIsTheIDOfAnEntityIsReported() throws {
        #expect(try pointers(root: #""author": "_:alice""#) == ["/@graph/1/author"])
        #expect(try pointers(root: #""author": [{"@id": "_:alice"}, "_:alice"]"#) == ["/@graph/1/author/1"])
    }

    @Test func literalPropertiesAndUnknownStringsAreNotReported() throws {
        #expect(try pointers(root: #""alternateName": "_:alice", "identifier": "_:alice", "author": "_:bob""#).isEmpty)
        #expect(try pointers(root: #""author": {"@id": "_:alice"}"#).isEmpty)
    }

    /// RO-Crate 1.1: the root's `license` "MAY have a URI"; 1.2 makes every reference an `{"@id"}` (issue 17).
    @Test(arguments: [("1.1", [String]()), ("1.2", ["/@graph/1/license"])])
    func aURIStringAsTheRootLicenseIsAllowedOnlyIn11(version: String, expected: [String]) throws {
        let licence = #"{"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork", "name": "CC BY 4.0"}"#
        let crate = try MetadataTestCrate.make(
            version: version, context: #""https://w3id.org/ro/crate/\#(version)/context""#,
            root: #""license": "https://spdx.org/licenses/CC-BY-4.0""#, entities: licence)
        #expect(MetadataTestCrate.findings(ReferencesUseIDObjects(), crate).compactMap { $0.pointer?.description } == expected)
    }

    @Test func otherStringReferencesIn11CratesAreStillReported() throws {
        let crate = try MetadataTestCrate.make(
            version: "1.1", context: #""https://w3id.org/ro/crate/1.1/context""#,
            root: #""author": "_:alice""#, entities: #"{"@id": "_:alice", "@type": "Person", "name": "Alice"}"#)
        #expect(MetadataTestCrate.findings(ReferencesUseIDObjects(), crate).compactMap { $0.pointer?.description } == ["/@graph/1/author"])
    }
}
