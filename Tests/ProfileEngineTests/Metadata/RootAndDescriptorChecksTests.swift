import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct RootIDIsAllowedTests {
    private func count(_ check: some Check, version: String?, rootID: String) throws -> Int {
        let descriptor =
            version.map { #""conformsTo": {"@id": "https://w3id.org/ro/crate/\#($0)"}"# } ?? #""name": "x""#
        let crate = try MetadataTestCrate.make(rootID: rootID, descriptor: descriptor)
        return MetadataTestCrate.findings(check, crate).count
    }

    @Test func version12AllowsDotSlashOrAbsoluteURI() throws {
        #expect(try count(RootIDIsAllowed(), version: "1.2", rootID: "./") == 0)
        #expect(try count(RootIDIsAllowed(), version: "1.2", rootID: "https://doi.org/10.1234/abc") == 0)
        #expect(try count(RootIDIsAllowed(), version: "1.2", rootID: "crate/") == 1)
    }

    @Test func version11NeedsATrailingSlashAndPrefersDotSlash() throws {
        #expect(try count(RootIDIsAllowed(), version: "1.1", rootID: "https://doi.org/10.1234/abc") == 1)
        #expect(try count(RootIDIsAllowed(), version: "1.1", rootID: "crate/") == 0)
        #expect(try count(RootIDIsDotSlash(), version: "1.1", rootID: "crate/") == 1)
        #expect(try count(RootIDIsDotSlash(), version: "1.1", rootID: "crate") == 0)  // RC-ROOT-02's finding
        #expect(try count(RootIDIsDotSlash(), version: "1.2", rootID: "https://example.org/crate/") == 0)
    }

    @Test func noDeclaredVersionAcceptsEitherForm() throws {
        #expect(try count(RootIDIsAllowed(), version: nil, rootID: "crate/") == 0)
        #expect(try count(RootIDIsAllowed(), version: nil, rootID: "https://doi.org/10.1234/abc") == 0)
        #expect(try count(RootIDIsAllowed(), version: nil, rootID: "crate") == 1)
    }
}

@Suite struct DescriptorConformsToROCrateTests {
    private func messages(version: String = "1.2", _ descriptor: String) throws -> [String] {
        let crate = try MetadataTestCrate.make(version: version, descriptor: descriptor)
        return MetadataTestCrate.findings(DescriptorConformsToROCrate(), crate).compactMap(\.message)
    }

    @Test func aVersionedPermalinkReferencePasses() throws {
        #expect(try messages(#""conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}"#).isEmpty)
        #expect(
            try messages(
                version: "1.1",
                #""conformsTo": [{"@id": "https://w3id.org/ro/crate/1.1"}, {"@id": "https://w3id.org/workflowhub/workflow-ro-crate/1.0"}]"#
            ).isEmpty
        )
    }

    @Test func stringsUnversionedIRIsAndExtraValuesAreReported() throws {
        #expect(try messages(#""conformsTo": "https://w3id.org/ro/crate/1.2""#).first?.contains("is a string") == true)
        #expect(try messages(#""conformsTo": {"@id": "https://w3id.org/ro/crate"}"#).count == 1)
        #expect(
            try messages(
                #""conformsTo": [{"@id": "https://w3id.org/ro/crate/1.2"}, {"@id": "https://w3id.org/5s-crate/0.4"}]"#
            ).count == 1
        )
        #expect(try messages(#""name": "x""#).first?.contains("has no `conformsTo`") == true)
    }
}

@Suite struct RootProfilesAreDescribedTests {
    private func pointers(version: String = "1.2", root: String, entities: String = "") throws -> [String] {
        let crate = try MetadataTestCrate.make(version: version, root: root, entities: entities)
        return MetadataTestCrate.findings(RootProfilesAreDescribed(), crate).compactMap { $0.pointer?.description }
    }

    @Test func everyProfileMustBeADescribedProfileEntity() throws {
        let profile =
            #"{"@id": "https://example.org/p", "@type": ["CreativeWork", "Profile"], "name": "P"}, {"@id": "https://example.org/q", "@type": "CreativeWork"}"#
        let root =
            #""conformsTo": [{"@id": "https://example.org/p"}, {"@id": "https://example.org/q"}, {"@id": "https://example.org/r"}, "https://example.org/p", {"@id": "https://w3id.org/ro/crate"}]"#
        #expect(
            try pointers(root: root, entities: profile) == [
                "/@graph/1/conformsTo/1", "/@graph/1/conformsTo/2", "/@graph/1/conformsTo/3",
            ]
        )
        #expect(try pointers(version: "1.1", root: root, entities: profile).isEmpty)
    }
}
