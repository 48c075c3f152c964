import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct KeysAreContextTermsTests {
    private func found(
        context: String = #""https://w3id.org/ro/crate/1.2/context""#,
        root: String = "",
        entities: String = ""
    ) throws -> [Finding] {
        let crate = try MetadataTestCrate.make(context: context, root: root, entities: entities)
        return MetadataTestCrate.findings(KeysAreContextTerms(), crate)
    }

    @Test func undefinedKeyPointsAtTheKey() throws {
        let findings = try found(entities: #"{"@id": "_:p", "type": "Person", "name": "P"}"#)
        #expect(findings.map(\.property) == ["type"])
        #expect(findings.first?.pointer?.description == "/@graph/2/type")
        #expect(findings.first?.fix == "Write `@type` instead of `type`")
        // The offset is the key's opening quote, not the value's.
        let crate = try MetadataTestCrate.make(entities: #"{"@id": "_:p", "type": "Person", "name": "P"}"#)
        let member = crate.entities[2].object.member("type")
        #expect(findings.first?.offset == member?.keyOffset)
    }

    @Test func fullIRIKeysAndUnknownKeywordsAreReported() throws {
        let findings = try found(root: #""http://schema.org/keywords": "x", "@foo": 1, "licence": "MIT""#)
        #expect(findings.map(\.property) == ["http://schema.org/keywords", "@foo", "licence"])
        #expect(findings.first?.message?.contains("full IRI") == true)
    }

    @Test func keysInsideNestedObjectsAreChecked() throws {
        #expect(try found(root: #""author": {"@id": "_:a", "nme": "A"}"#).map(\.property) == ["nme"])
    }

    @Test func everyContextOfAnArrayCountsIncludingInlinePrefixes() throws {
        let context =
            #"["https://w3id.org/ro/crate/1.2/context", "https://w3id.org/ro/terms/workflow-run/context", {"tre": "https://tre.example/terms#", "queue": "https://tre.example/terms#queue"}]"#
        #expect(try found(context: context, root: #""sha512": "ab", "tre:pool": "x", "queue": "q""#).isEmpty)
        #expect(try found(context: context, root: #""other:pool": "x""#).map(\.property) == ["other:pool"])
    }

    @Test func typeValuesMustBeTermsOrAbsoluteIRIs() throws {
        let findings = try found(
            entities: #"""
                {"@id": "_:a", "@type": ["Person", "ResearchGrant", "https://example.org/T", "urn:example:T", "ex:T"]}
                """#
        )
        #expect(findings.map { $0.pointer?.description } == ["/@graph/2/@type/1", "/@graph/2/@type/4"])
    }

    @Test func skippedWhenTheContextIsIncompleteOrMissing() throws {
        let unresolved = #"["https://w3id.org/ro/crate/1.2/context", "https://example.org/context"]"#
        #expect(try found(context: unresolved, root: #""licence": "MIT""#).isEmpty)
        let crate = try MetadataTestCrate.make(context: nil, root: #""licence": "MIT""#)
        #expect(MetadataTestCrate.findings(KeysAreContextTerms(), crate).isEmpty)
    }
}
