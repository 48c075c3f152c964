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
}
