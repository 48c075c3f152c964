import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct HasPartTargetsAreDataEntitiesTests {
    private let parts =
        ##""hasPart": [{"@id": "doc.txt"}, {"@id": "https://example.org/db"}, {"@id": "#planned"}, {"@id": "_:x"}, {"@id": "undescribed.txt"}]"##
    private let entities = [
        ##"{"@id": "doc.txt", "@type": "CreativeWork"}"##,
        ##"{"@id": "https://example.org/db", "@type": "CreativeWork"}"##,
        ##"{"@id": "#planned", "@type": "File"}"##,
        ##"{"@id": "_:x", "@type": "File"}"##,
    ]

    @Test func localPartsMustBeFilesAndBlankNodesAreNeverURIs() throws {
        let crate = try EntityTestCrate.make(root: parts, entities: entities)
        #expect(Set(EntityTestCrate.entities(HasPartTargetsAreDataEntities(), crate)) == ["doc.txt", "_:x"])
    }

    @Test func hashIDsAreFlaggedOnlyBeforeROCrate12() throws {
        let crate = try EntityTestCrate.make(root: parts, entities: entities, version: "1.1")
        #expect(Set(EntityTestCrate.entities(HasPartTargetsAreDataEntities(), crate)) == ["doc.txt", "_:x", "#planned"])
    }
}
