import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct GraphIsFlattenedTests {
    private func pointers(root: String, entities: String = "") throws -> [String] {
        let crate = try MetadataTestCrate.make(root: root, entities: entities)
        return MetadataTestCrate.findings(GraphIsFlattened(), crate).compactMap { $0.pointer?.description }
    }

    @Test func referencesAndValueObjectsAreFlat() throws {
        let found = try pointers(
            root: #"""
                "author": [{"@id": "_:a"}, {"@id": "_:b"}],
                "description": {"@value": "Text", "@language": "en"},
                "dateCreated": {"@value": "2026-01-01", "@type": "http://schema.org/Date"},
                "keywords": {"@list": ["x", {"@id": "_:k"}]}
                """#
        )
        #expect(found.isEmpty)
    }

    @Test func nestedDescriptionIsReportedOnceAtItsValue() throws {
        let found = try pointers(
            root:
                #""author": [{"@id": "_:a"}, {"@id": "_:b", "name": "B", "affiliation": {"@id": "_:o", "name": "O"}}]"#
        )
        #expect(found == ["/@graph/1/author/1"])
    }

    @Test func objectWithoutIDIsReported() throws {
        #expect(try pointers(root: #""publisher": {"@type": "Organization", "name": "O"}"#) == ["/@graph/1/publisher"])
    }

    @Test func invalidValueObjectsAreReported() throws {
        let found = try pointers(
            root: #"""
                "description": {"@value": "x", "@language": "en", "@type": "http://schema.org/Text"},
                "name": {"@value": 3, "@language": "en"},
                "keywords": {"@value": ["a"]}
                """#
        )
        #expect(found == ["/@graph/1/description", "/@graph/1/name", "/@graph/1/keywords"])
    }

    @Test func arrayInsideArrayIsReported() throws {
        #expect(try pointers(root: #""keywords": [["a", "b"], "c"]"#) == ["/@graph/1/keywords/0"])
        let crate = try MetadataTestCrate.make(root: #""keywords": [["a"]], "author": {"@id": "_:a", "name": "A"}"#)
        #expect(
            MetadataTestCrate.findings(GraphIsFlattened(), crate).compactMap(\.message) == [
                "`keywords` of `./` holds an array inside an array, which JSON-LD 1.0 does not allow",
                "`author` of `./` holds a nested description of `_:a` instead of a reference with only `@id`",
            ])
    }

    @Test func nonObjectGraphItemIsReported() throws {
        #expect(try pointers(root: "", entities: #""stray", 4"#) == ["/@graph/2", "/@graph/3"])
    }
}
