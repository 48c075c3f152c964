import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct ContextualEntitiesAreLinkedTests {
    @Test func danglingReferencesAreReportedExceptExternalIRIs() throws {
        let crate = try EntityTestCrate.make(
            root: ##"""
                "author": {"@id": "#nobody"},
                "conformsTo": {"@id": "https://w3id.org/5s-crate/0.4"},
                "sameAs": {"@id": "https://example.org/elsewhere"},
                "about": {"@id": "http://schema.org/Thing"},
                "mentions": {"@id": "#action"}
                """##,
            entities: [
                ##"{"@id": "#action", "@type": "UpdateAction", "additionalType": {"@id": "https://w3id.org/shp#GenerateCheckValue"}, "actionStatus": {"@id": "http://schema.org/CompletedActionStatus"}}"##
            ])
        let found = EntityTestCrate.findings(ContextualEntitiesAreLinked(), crate)
        #expect(found.compactMap(\.pointer?.description) == ["/@graph/1/author"])
    }

    @Test func unreferencedContextualEntitiesAreReported() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [], "author": {"@id": "#alice"}"##,
            entities: [
                ##"{"@id": "#alice", "@type": "Person", "knows": {"@id": "#alice"}}"##,
                ##"{"@id": "#bob", "@type": "Person", "knows": {"@id": "#bob"}}"##,
                ##"{"@id": "orphan.txt", "@type": "File"}"##,
                ##"{"@id": "ro-crate-preview.html", "@type": "CreativeWork"}"##,
                ##"{"@id": "#myTerm", "@type": "rdf:Property"}"##,
            ])
        #expect(EntityTestCrate.entities(ContextualEntitiesAreLinked(), crate) == ["#bob"])
    }
}
