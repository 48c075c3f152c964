import BagIt
import FiveSafesTestSupport
import Foundation
import Testing

/// `BagVerifier` on every bag under `Fixtures/bags` (written by `Fixtures/scripts/make_bags.py`).
@Suite struct BagVerifierTests {
    /// Each fixture bag and exactly what it must produce: `kind file[:line]`, sorted.
    static let expectations: [String: [String]] = [
        "valid/request-bag": [],
        "valid/result-bag": [],
        "valid/crlf-manifest": [],
        "valid/percent-encoded-name": [],
        // `BagIt-version: 1.0`, the line RO-Crate 1.1's implementation notes give (issue 17).
        "valid/rocrate-bagit-version": [],
        "invalid/stale-manifest": ["checksumMismatch manifest-sha512.txt:1"],
        "invalid/wrong-oxum": ["oxumMismatch bag-info.txt"],
        "invalid/missing-tagmanifest": ["tagManifestMissing tagmanifest-sha512.txt"],
        "invalid/missing-manifest": ["payloadManifestMissing manifest-sha512.txt"],
        "invalid/extra-file": ["fileNotInManifest data/extra.txt"],
        "invalid/missing-file": ["manifestedFileMissing manifest-sha512.txt:2"],
        "invalid/lowercase-bagit-version": ["declarationLabelCase bagit.txt:1"],
        "invalid/old-version": ["versionTooOld bagit.txt:1"],
        "invalid/no-external-identifier": ["externalIdentifierMissing bag-info.txt"],
        "invalid/non-uuid-external-identifier": ["externalIdentifierNotUUID bag-info.txt"],
        "invalid/manifest-path-outside": ["manifestPathOutsidePayload manifest-sha512.txt:1"],
        "invalid/tagmanifest-lists-payload": ["tagManifestListsPayload tagmanifest-sha512.txt:3"],
        "invalid/fetch-present": ["fetchPresent fetch.txt"],
        "invalid/no-metadata": ["metadataMissing data/ro-crate-metadata.json"],
        "invalid/bagit-txt-bom": ["declarationMalformed bagit.txt:1"],
        "invalid/bag-info-malformed": ["infoMalformed bag-info.txt:4"],
    ]

    static func folders(_ kind: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("bags/\(kind)"))) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/\($0)" }
    }

    static func describe(_ problems: [BagProblem]) -> [String] {
        problems.map { "\($0.kind.rawValue) \($0.file)\($0.line.map { ":\($0)" } ?? "")" }.sorted()
    }

    @Test func everyFixtureBagHasAnExpectationAndEveryExpectationABag() {
        let onDisk = Set(Self.folders("valid") + Self.folders("invalid"))
        #expect(onDisk == Set(Self.expectations.keys), "run Fixtures/scripts/make_bags.py, or add the new bag to the table")
    }

    @Test(arguments: BagVerifierTests.expectations.keys.sorted())
    func fixtureBagProducesExactlyItsProblems(_ name: String) {
        let result = BagVerifier().verify(DirectoryBagSource(root: Fixtures.path("bags/\(name)")))
        #expect(Self.describe(result.problems) == Self.expectations[name], "\(result.problems)")
        #expect(result.isValid == name.hasPrefix("valid/"))
        if result.isValid {
            #expect(
                result.hashedFiles == result.payloadFiles.count
                    + result.tagManifests["sha512", default: Manifest(algorithm: "sha512")].entries.count)
        }
    }

    @Test func theValidBagIsReadAsWritten() throws {
        let result = BagVerifier().verify(DirectoryBagSource(root: Fixtures.path("bags/valid/request-bag")))
        #expect(result.declaration?.versionText == "1.0")
        #expect(result.info?.values("External-Identifier") == ["urn:uuid:6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"])
        let sizes = try BagTest.payload(of: Fixtures.path("crates/valid/request")).map(\.size)
        #expect(result.info?.values("Payload-Oxum") == ["\(sizes.reduce(0, +)).\(sizes.count)"])
        #expect(result.payloadManifests["sha512"]?.entries.map(\.path) == ["data/input1.txt", "data/ro-crate-metadata.json"])
        #expect(result.tagManifests["sha512"]?.entries.map(\.path) == ["bag-info.txt", "bagit.txt", "manifest-sha512.txt"])
    }

    @Test func percentEncodedManifestPathsNameTheRealFile() throws {
        let root = Fixtures.path("bags/valid/percent-encoded-name")
        let manifest = try String(contentsOfFile: root + "/manifest-sha512.txt", encoding: .utf8)
        #expect(manifest.contains("  data/100%25 done.txt\n"))
        #expect(FileManager.default.fileExists(atPath: root + "/data/100% done.txt"))
        let result = BagVerifier().verify(DirectoryBagSource(root: root))
        #expect(result.payloadManifests["sha512"]?.entries.contains { $0.path == "data/100% done.txt" } == true)
    }

    @Test func crlfManifestReallyHasCRLFLines() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("bags/valid/crlf-manifest/manifest-sha512.txt")))
        #expect(bytes.count > 0 && bytes.filter { $0 == 0x0D }.count == bytes.filter { $0 == 0x0A }.count)
        #expect(bytes.last == 0x0A)
    }

    @Test func structureOnlyVerificationSkipsChecksumsButNotStructure() {
        let stale = BagVerifier(checksums: false).verify(DirectoryBagSource(root: Fixtures.path("bags/invalid/stale-manifest")))
        #expect(stale.problems.isEmpty, "\(stale.problems)")
        #expect(stale.hashedFiles == 0)
        let missing = BagVerifier(checksums: false).verify(DirectoryBagSource(root: Fixtures.path("bags/invalid/missing-file")))
        #expect(missing.problems.map(\.kind) == [.manifestedFileMissing])
    }

    @Test func aFolderThatIsNotABagReportsTheMissingDeclaration() throws {
        let kinds = BagVerifier().verify(DirectoryBagSource(root: Fixtures.path("crates/valid/request"))).problems.map(\.kind)
        #expect(kinds.contains(.declarationMissing))
        #expect(kinds.contains(.payloadManifestMissing))
        #expect(kinds.contains(.metadataMissing))
    }

    @Test func aSymlinkInsideABagIsReportedNotFollowed() throws {
        let folder = try BagTest.temporaryFolder("symlink-bag")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bag = folder + "/bag"
        try FileManager.default.copyItem(atPath: Fixtures.path("bags/valid/request-bag"), toPath: bag)
        try FileManager.default.createSymbolicLink(atPath: bag + "/data/passwd", withDestinationPath: "/etc/passwd")
        let problems = BagVerifier().verify(DirectoryBagSource(root: bag)).problems
        #expect(problems.map(\.kind) == [.zipLinkOrDevice], "\(problems)")
        #expect(problems.first?.file == "data/passwd")
    }
}
