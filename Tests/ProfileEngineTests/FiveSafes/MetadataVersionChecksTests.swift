import Testing

@testable import ProfileEngine

@Suite struct MetadataVersionChecksTests {
    @Test func minorVersionIsReadOnlyFromWholeROCrateIRIs() {
        let context = ["/context"]
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.2/context", suffixes: context) == 2)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.2-DRAFT/context", suffixes: context) == 2)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.10/context", suffixes: context) == 10)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.1/context", suffixes: context) == 1)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.2/contextual", suffixes: context) == nil)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "http://w3id.org/ro/crate/1.2/context", suffixes: context) == nil)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.2/", suffixes: ["", "/"]) == 2)
        #expect(RunRequestSupport.roCrateMinorVersion(of: "https://w3id.org/ro/crate/1.2x", suffixes: ["", "/"]) == nil)
    }

    @Test func contextArraysEmbeddedObjectsAndAbsenceAreJudgedRight() throws {
        let inArray = try RequestTestCrate.make(root: "", context: #"["https://w3id.org/ro/crate/1.3/context", {"x": "https://x/"}]"#)
        #expect(RequestTestCrate.messages(ContextIncludesROCrate12(), inArray).isEmpty)
        let embedded = try RequestTestCrate.make(root: "", context: #"{"name": "http://schema.org/name"}"#)
        #expect(RequestTestCrate.messages(ContextIncludesROCrate12(), embedded).count == 1)
        let old = try RequestTestCrate.make(root: "", context: #"["https://w3id.org/ro/crate/1.1/context"]"#)
        #expect(RequestTestCrate.messages(ContextIncludesROCrate12(), old).count == 1)
    }

    @Test func descriptorMayListOtherValuesBesideTheVersion() throws {
        let crate = try RequestTestCrate.make(root: "")
        #expect(RequestTestCrate.messages(DescriptorConformsToROCrate12(), crate).isEmpty)
    }
}
