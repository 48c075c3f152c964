import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// RC-DE-03, RC-DE-04, FS-PAYLOAD-001 and FS-PAYLOAD-002 against small payloads.
@Suite struct PayloadChecksTests {
    private let crate: Crate

    init() throws {
        crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "my%20data.csv"}, {"@id": "out/"}, {"@id": "docs"}, {"@id": "gone.txt"}, {"@id": "dir/"}]"##,
            entities: [
                ##"{"@id": "my%20data.csv", "@type": "File", "contentSize": "5"}"##,
                ##"{"@id": "out/", "@type": "Dataset"}"##,
                ##"{"@id": "docs", "@type": "File", "contentSize": 3}"##,
                ##"{"@id": "gone.txt", "@type": "File"}"##,
                ##"{"@id": "dir/", "@type": "Dataset"}"##,
                ##"{"@id": "sized.txt", "@type": "File", "contentSize": ["4", "2 kB", 4]}"##,
            ])
    }

    private var payload: PayloadIndex {
        EntityTestCrate.payload(
            [
                "my data.csv": "a,b\n1", "dir": "file", "docs/readme.md": "## x", "out/extra.bin": "zz", "sized.txt": "abc",
                "stray.txt": "?", "ro-crate-preview_files/style.css": "", "ro-crate-metadata.json": "{}",
            ],
            directories: ["out", "docs"]
        )
    }

    @Test func noPayloadMeansNoFindings() {
        #expect(EntityTestCrate.findings(LocalFilesExistInPayload(), crate).isEmpty)
        #expect(EntityTestCrate.findings(PayloadFilesAreDescribed(), crate).isEmpty)
    }

    @Test func filesAreLookedUpByDecodedPath() {
        #expect(EntityTestCrate.entities(LocalFilesExistInPayload(), crate, payload: payload) == ["gone.txt"])
    }

    @Test func datasetsMustBeDirectoriesAndFilesMustNot() {
        #expect(EntityTestCrate.entities(LocalDatasetsAreDirectories(), crate, payload: payload) == ["docs", "dir/"])
    }

    @Test func contentSizeIsComparedOnlyWhenItIsAByteCount() {
        let found = EntityTestCrate.findings(ContentSizeMatchesPayload(), crate, payload: payload)
        #expect(found.compactMap(\.pointer?.description) == ["/@graph/7/contentSize/0", "/@graph/7/contentSize/2"])
    }

    @Test func undescribedFilesOutsideDescribedFoldersAreReported() {
        let files = EntityTestCrate.findings(PayloadFilesAreDescribed(), crate, payload: payload).compactMap(\.file)
        #expect(files == ["stray.txt"])
    }
}
