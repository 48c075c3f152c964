import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct ContextReferencesROCrateTests {
    private func messages(version: String = "1.2", context: String?) throws -> [String] {
        let crate = try MetadataTestCrate.make(version: version, context: context)
        return MetadataTestCrate.findings(ContextReferencesROCrate(), crate).compactMap(\.message)
    }

    @Test func theContextOfTheDeclaredVersionPasses() throws {
        #expect(
            try messages(context: #"["https://w3id.org/ro/crate/1.2/context", {"ex": "https://example.org/"}]"#).isEmpty
        )
        #expect(try messages(version: "1.1", context: #""https://w3id.org/ro/crate/1.1/context""#).isEmpty)
    }

    @Test func aCrateOfVersion12NeedsThe12ContextByReference() throws {
        let found = try messages(context: #""https://w3id.org/ro/crate/1.2-DRAFT/context""#)
        #expect(
            found == [
                "the crate declares RO-Crate 1.2 but its `@context` does not reference `https://w3id.org/ro/crate/1.2/context`"
            ]
        )
        #expect(try messages(context: #"{"name": "http://schema.org/name"}"#).count == 1)
    }

    @Test func version11AcceptsAnEmbeddedContextButNotNone() throws {
        #expect(try messages(version: "1.1", context: #"{"name": "http://schema.org/name"}"#).isEmpty)
        #expect(try messages(version: "1.1", context: "[]").count == 1)
    }

    @Test func missingMalformedAndUnavailableContextsAreReported() throws {
        #expect(try messages(context: nil).first?.contains("no `@context`") == true)
        #expect(try messages(context: #"["https://w3id.org/ro/crate/1.2/context", 5]"#).count == 1)
        let unavailable = try messages(
            context: #"["https://w3id.org/ro/crate/1.2/context", "https://example.org/context"]"#
        )
        #expect(unavailable.count == 1)
        #expect(unavailable.first?.contains("`https://example.org/context` is not one fivesafes has offline") == true)
    }
}
