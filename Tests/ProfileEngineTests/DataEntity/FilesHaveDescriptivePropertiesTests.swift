import ROCrate
import Testing

@testable import ProfileEngine

/// RC-DE-05 is RO-Crate 1.2's sentence: asked of 1.2 crates (and crates declaring no version), not of 1.1 ones.
@Suite struct FilesHaveDescriptivePropertiesTests {
    static let bareFile = #"{"@id": "data.csv", "@type": "File"}"#

    @Test func aBareFileInA12CrateMissesAllFourProperties() throws {
        let crate = try MetadataTestCrate.make(version: "1.2", root: #""hasPart": [{"@id": "data.csv"}]"#, entities: Self.bareFile)
        let found = MetadataTestCrate.findings(FilesHaveDescriptiveProperties(), crate).map { $0.property ?? "" }
        #expect(found == ["name", "description", "encodingFormat", "contentSize"])
    }

    @Test func aBareFileInA11CrateIsNotChecked() throws {
        let crate = try MetadataTestCrate.make(
            version: "1.1", context: #""https://w3id.org/ro/crate/1.1/context""#, root: #""hasPart": [{"@id": "data.csv"}]"#,
            entities: Self.bareFile)
        #expect(MetadataTestCrate.findings(FilesHaveDescriptiveProperties(), crate).isEmpty)
    }

    @Test func aDescribedFileInA12CrateHasNoFinding() throws {
        let crate = try MetadataTestCrate.make(
            version: "1.2", root: #""hasPart": [{"@id": "data.csv"}]"#,
            entities:
                #"{"@id": "data.csv", "@type": "File", "name": "Data", "description": "Values", "encodingFormat": "text/csv", "contentSize": "10"}"#
        )
        #expect(MetadataTestCrate.findings(FilesHaveDescriptiveProperties(), crate).isEmpty)
    }
}
