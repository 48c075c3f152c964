import ROCrate
import Testing

@testable import ProfileEngine

/// RC-DET-01, RC-DET-02 and RC-DET-03: the directory fixtures cannot name the metadata file otherwise, so
/// the detached-crate rules are tested here with metadata loaded under other file names.
@Suite struct DetachedCrateTests {
    private let entities = [
        ##"{"@id": "data.csv", "@type": "File"}"##,
        ##"{"@id": "https://example.org/web.csv", "@type": "File"}"##,
        ##"{"@id": "#contact", "@type": "Person"}"##,
    ]
    private let parts = ##""hasPart": [{"@id": "data.csv"}, {"@id": "https://example.org/web.csv"}]"##

    private func crate(_ fileName: String, rootID: String = "./", version: String = "1.2") throws -> Crate {
        try EntityTestCrate.make(root: parts, entities: entities, version: version, fileName: fileName, rootID: rootID)
    }

    @Test func attachedCratesAreNotChecked() throws {
        for name in ["ro-crate-metadata.json", "-", "data/ro-crate-metadata.json"] {
            let attached = try crate(name)
            #expect(EntityTestCrate.findings(DetachedDataEntitiesAreWebBased(), attached).isEmpty)
            #expect(EntityTestCrate.findings(DetachedRootIDIsAbsolute(), attached).isEmpty)
            #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), attached).isEmpty)
        }
    }

    @Test func prefixedDetachedCrateNeedsAbsoluteDataEntitiesAndRoot() throws {
        let detached = try crate("x-ro-crate-metadata.json")
        #expect(EntityTestCrate.entities(DetachedDataEntitiesAreWebBased(), detached) == ["data.csv"])
        #expect(EntityTestCrate.entities(DetachedRootIDIsAbsolute(), detached) == ["./"])
        #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), detached).isEmpty)
    }

    @Test func otherFileNamesAreReported() throws {
        let detached = try crate("crate.json", rootID: "https://example.org/crate/")
        #expect(EntityTestCrate.findings(DetachedRootIDIsAbsolute(), detached).isEmpty)
        #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), detached).count == 1)
        #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), try crate("-ro-crate-metadata.json")).count == 1)
        #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), try crate("meta/x-ro-crate-metadata.json")).isEmpty)
    }

    @Test func ro11CratesAreNotDetachedCrates() throws {
        let old = try crate("crate.json", version: "1.1")
        #expect(EntityTestCrate.findings(DetachedDataEntitiesAreWebBased(), old).isEmpty)
        #expect(EntityTestCrate.findings(DetachedMetadataFileNameHasPrefix(), old).isEmpty)
    }
}
