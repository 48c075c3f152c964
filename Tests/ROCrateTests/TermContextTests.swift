import JSONLD
import ROCrate
import Testing

@Suite struct TermContextTests {
    private func context(_ json: String) throws -> TermContext {
        TermContext(try JSONParser().parse(Array(json.utf8)))
    }

    @Test(arguments: ["1.0", "1.1", "1.2-DRAFT", "1.2", "1.3"])
    func resolvesEveryEmbeddedROCrateContextOffline(version: String) throws {
        let resolved = try context("\"https://w3id.org/ro/crate/\(version)/context\"")
        #expect(resolved.isComplete)
        #expect(resolved.terms.count > 2000)
        #expect(resolved.expand("Dataset") == "http://schema.org/Dataset")
        #expect(resolved.isDefinedKey("license"))
        #expect(!resolved.isDefinedKey("licence"))
        #expect(!resolved.isDefinedKey("type"))
    }

    @Test func fileAndMediaObjectExpandToTheSameIRI() throws {
        let resolved = try context(#""https://w3id.org/ro/crate/1.2/context""#)
        #expect(resolved.expand("File") == resolved.expand("MediaObject"))
    }

    @Test func combinesArraysInlineTermsAndPrefixes() throws {
        let resolved = try context(
            """
            ["https://w3id.org/ro/crate/1.2/context", "https://w3id.org/ro/terms/workflow-run/context",
             {"tre": "https://tre72.example.com/terms#", "queue": {"@id": "https://tre72.example.com/terms#queue"}}]
            """
        )
        #expect(resolved.isComplete)
        #expect(resolved.isDefinedKey("sha512"))
        #expect(resolved.isDefinedKey("queue"))
        #expect(resolved.isDefinedKey("tre:anything"))
        #expect(!resolved.isDefinedKey("unknownprefix:thing"))
        #expect(resolved.expand("tre:queue") == "https://tre72.example.com/terms#queue")
        #expect(resolved.expand("sha256") == "https://w3id.org/ro/terms/workflow-run#sha256")
    }

    @Test func recordsContextsItCannotResolveOffline() throws {
        let resolved = try context(#"["https://w3id.org/ro/crate/1.2/context", "https://example.org/other-context"]"#)
        #expect(!resolved.isComplete)
        #expect(resolved.unresolved == ["https://example.org/other-context"])
        #expect(resolved.resolved == ["https://w3id.org/ro/crate/1.2/context"])
    }

    @Test func reportsContextValuesOfTheWrongType() throws {
        let resolved = try context(#"[42, {"bad": 7}]"#)
        #expect(
            resolved.problems.map(\.message) == [
                "`@context` must be a string, an object or an array, not a number",
                "the definition of \"bad\" must be a string or an object",
            ])
    }
}
