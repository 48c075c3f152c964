import BagIt
import FiveSafesTestSupport
import Foundation
import Testing

/// ZIPs read in place (`ZipBagSource` + `BagVerifier`) and unpacked (`SafeExtractor`), on every archive under
/// `Fixtures/archives` (written by `Fixtures/scripts/make_bags.py`).
@Suite struct ZipSafetyTests {
    static func archive(_ name: String) -> String { Fixtures.path("archives/\(name)") }

    /// Tight limits for the hostile big ones: 100 MB, 1,000 entries.
    static let tight = ArchiveLimits(maxSize: 100_000_000, maxFiles: 1000)

    /// What reading each archive in place finds (kinds sorted by name), with the default limits.
    static let inPlace: [String: [BagProblem.Kind]] = [
        "request.zip": [],
        "two-top-level.zip": [.zipTopLevel],
        "bag-at-root.zip": [.zipTopLevel],
        "dotdot.zip": [.zipUnsafePath],
        "absolute.zip": [.zipUnsafePath],
        "backslash.zip": [.zipUnsafePath],
        "symlink.zip": [.zipLinkOrDevice],
        "duplicate.zip": [.zipDuplicateName],
        "case-collision.zip": [.zipDuplicateName],
        "unicode-collision.zip": [.zipDuplicateName],
        // The flagged entry is not read, so the bag inside misses data/input1.txt.
        "encrypted-flag.zip": [.manifestedFileMissing, .oxumMismatch, .payloadEmpty, .zipEncrypted],
        "truncated.zip": [.zipUnreadable],
        "not-a-zip.zip": [.zipUnreadable],
        // A bag folder without bagit.txt: no declaration, and the tag manifest lists the missing file.
        "no-bagit.zip": [.declarationMissing, .manifestedFileMissing, .zipTopLevel],
        "method-bzip2.zip": Array(repeating: .zipMethod, count: 6),
        // Refused before any entry is read: nothing of the bag is verified.
        "overlap.zip": [.zipStructure],
        "long-name.zip": [.zipNameLimit],
    ]

    /// Archives `SafeExtractor` must refuse, with the problem kind it throws (nil: a read error, not a BagProblem).
    static let hostile: [(String, BagProblem.Kind?)] = [
        ("dotdot.zip", .zipUnsafePath),
        ("absolute.zip", .zipUnsafePath),
        ("backslash.zip", .zipUnsafePath),
        ("symlink.zip", .zipLinkOrDevice),
        ("duplicate.zip", .zipDuplicateName),
        ("case-collision.zip", .zipDuplicateName),
        ("unicode-collision.zip", .zipDuplicateName),
        ("encrypted-flag.zip", .zipEncrypted),
        ("truncated.zip", .zipUnreadable),
        ("not-a-zip.zip", .zipUnreadable),
        ("overlap.zip", .zipStructure),
        ("long-name.zip", .zipNameLimit),
        ("bomb.zip", .zipLimit),
        ("many-entries.zip", .zipLimit),
    ]

    @Test func everyArchiveIsCovered() throws {
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("archives")))
        #expect(names == Set(Self.inPlace.keys).union(["bomb.zip", "many-entries.zip"]))
    }

    @Test(arguments: ZipSafetyTests.inPlace.keys.sorted())
    func archiveReadInPlaceProducesExactlyItsProblems(_ name: String) {
        let problems = BagTest.problems(Self.archive(name))
        #expect(BagTest.sorted(problems.map(\.kind)) == Self.inPlace[name], "\(problems)")
    }

    @Test func hostileEntriesAreNamedAndNotRead() throws {
        let dotdot = try ZipBagSource(path: Self.archive("dotdot.zip"))
        #expect(dotdot.problems.map(\.file) == ["request/../../evil.txt"])
        #expect(!dotdot.entries.contains { $0.path.contains("evil") })
        let absolute = try ZipBagSource(path: Self.archive("absolute.zip"))
        #expect(absolute.problems.map(\.file) == ["/tmp/abs.txt"])
        let link = try ZipBagSource(path: Self.archive("symlink.zip"))
        #expect(link.problems.map(\.file) == ["request/data/passwd"])
        #expect(!link.entries.contains { $0.path == "data/passwd" })
        let duplicate = try ZipBagSource(path: Self.archive("duplicate.zip"))
        #expect(duplicate.entries.filter { $0.path == "data/input1.txt" }.count == 1)
        let twoTops = try ZipBagSource(path: Self.archive("two-top-level.zip"))
        #expect(twoTops.bagPrefix == "request/")
        #expect(twoTops.problems.first?.file == "two-top-level.zip")
        let atRoot = try ZipBagSource(path: Self.archive("bag-at-root.zip"))
        #expect(atRoot.bagPrefix == "")
    }

    @Test func theValidArchiveIsHashedInOnePass() throws {
        let source = try ZipBagSource(path: Self.archive("request.zip"))
        #expect(source.bagPrefix == "request/")
        #expect(!source.isTruncated)
        let files = source.entries.filter { $0.kind == .file }.map(\.path)
        #expect(
            files == [
                "bag-info.txt", "bagit.txt", "data/input1.txt", "data/ro-crate-metadata.json", "manifest-sha512.txt",
                "tagmanifest-sha512.txt",
            ])
        let folder = BagVerifier().verify(DirectoryBagSource(root: Fixtures.path("bags/valid/request-bag")))
        let zipped = BagVerifier().verify(source)
        #expect(zipped.payloadFiles == folder.payloadFiles)
        #expect(zipped.hashedBytes == folder.hashedBytes)
    }

    @Test(.timeLimit(.minutes(1))) func bombStopsAtATightSizeLimit() throws {
        let source = try ZipBagSource(path: Self.archive("bomb.zip"), limits: Self.tight)
        #expect(source.isTruncated)
        #expect(source.problems.map(\.kind) == [.zipLimit], "\(source.problems)")
        #expect(source.expandedBytes <= Self.tight.maxSize)
    }

    @Test(.timeLimit(.minutes(1))) func manyEntriesStopAtTheFileLimitAtATightFileLimit() throws {
        let source = try ZipBagSource(path: Self.archive("many-entries.zip"), limits: Self.tight)
        #expect(source.isTruncated)
        #expect(source.problems.map(\.kind) == [.zipLimit], "\(source.problems)")
        #expect(source.entries.count <= Self.tight.maxFiles)
    }

    @Test(.timeLimit(.minutes(3))) func defaultLimitsStopTheBombByItsRatio() throws {
        let source = try ZipBagSource(path: Self.archive("bomb.zip"))
        #expect(source.isTruncated)
        #expect(source.problems.map(\.kind) == [.zipLimit], "\(source.problems)")
        #expect(source.problems.first?.message.contains("times its size") == true, "\(source.problems)")
    }

    @Test(.timeLimit(.minutes(3))) func defaultLimitsReadAHundredThousandEntriesAsAValidBag() throws {
        let source = try ZipBagSource(path: Self.archive("many-entries.zip"))
        #expect(!source.isTruncated)
        let result = BagVerifier().verify(source)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        #expect(result.payloadFiles.count == 100_002)
    }

    // MARK: SafeExtractor

    /// A temporary root holding `parent/`, the folder the target would be created in.
    struct Scene {
        let root: String
        var parent: String { root + "/parent" }
        var target: String { parent + "/out" }

        init() throws {
            root = try BagTest.temporaryFolder("extract")
            try FileManager.default.createDirectory(atPath: root + "/parent", withIntermediateDirectories: false)
            try Data("already here\n".utf8).write(to: URL(fileURLWithPath: root + "/parent/keep.txt"))
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test(.timeLimit(.minutes(1)), arguments: ZipSafetyTests.hostile)
    func hostileArchiveIsRefusedAndLeavesNothing(_ name: String, kind: BagProblem.Kind?) throws {
        let scene = try Scene()
        defer { scene.remove() }
        let absoluteExisted = FileManager.default.fileExists(atPath: "/tmp/abs.txt")
        let before = try BagTest.tree(scene.root)
        var thrown: (any Error)?
        do {
            _ = try SafeExtractor(limits: Self.tight).extract(Self.archive(name), to: scene.target)
        } catch {
            thrown = error
        }
        #expect(thrown != nil, "\(name) was extracted")
        if let kind {
            #expect((thrown as? BagProblem)?.kind == kind, "\(name): \(String(describing: thrown))")
        }
        #expect(try BagTest.tree(scene.root) == before, "\(name) left something behind")
        #expect(!FileManager.default.fileExists(atPath: scene.target))
        #expect(!BagTest.allNames(under: scene.root).contains("evil.txt"))
        #expect(!FileManager.default.fileExists(atPath: scene.root + "/evil.txt"))
        if !absoluteExisted { #expect(!FileManager.default.fileExists(atPath: "/tmp/abs.txt")) }
    }

    @Test func theValidArchiveExtractsToExactlyTheBag() throws {
        let scene = try Scene()
        defer { scene.remove() }
        let result = try SafeExtractor().extract(Self.archive("request.zip"), to: scene.target)
        let bag = try BagTest.tree(Fixtures.path("bags/valid/request-bag"))
        var expected = ["request": BagTest.Node(isDirectory: true, bytes: Data())]
        for (path, node) in bag { expected["request/" + path] = node }
        #expect(try BagTest.tree(scene.target) == expected)
        #expect(result.files == bag.values.filter { !$0.isDirectory }.count)
        #expect(result.bytes == Int64(bag.values.reduce(0) { $0 + $1.bytes.count }))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scene.parent).sorted() == ["keep.txt", "out"])
        #expect(BagVerifier().verify(DirectoryBagSource(root: scene.target + "/request")).problems.isEmpty)
    }

    @Test func anExistingTargetIsRefusedAndLeftAlone() throws {
        let scene = try Scene()
        defer { scene.remove() }
        try FileManager.default.createDirectory(atPath: scene.target, withIntermediateDirectories: false)
        let before = try BagTest.tree(scene.root)
        #expect(throws: BagWriteError.self) { try SafeExtractor().extract(Self.archive("request.zip"), to: scene.target) }
        #expect(try BagTest.tree(scene.root) == before)
    }

    @Test
    func bombPastTheSizeLimitIsALimitProblem() throws {
        let scene = try Scene()
        defer { scene.remove() }
        var thrown: (any Error)?
        do { _ = try SafeExtractor(limits: Self.tight).extract(Self.archive("bomb.zip"), to: scene.target) } catch { thrown = error }
        #expect((thrown as? BagProblem)?.kind == .zipLimit, "\(String(describing: thrown))")
    }

    @Test
    func defaultLimitsStopTheBombBeforeInflatingAllOfIt() throws {
        let source = try ZipBagSource(path: Self.archive("bomb.zip"))
        let archiveSize = Int64(try Data(contentsOf: URL(fileURLWithPath: Self.archive("bomb.zip"))).count)
        #expect(source.problems.map(\.kind) == [.zipLimit])
        #expect(source.expandedBytes <= ArchiveLimits().maxRatio * archiveSize + (1 << 20), "inflated \(source.expandedBytes) bytes")
    }

    @Test
    func defaultLimitsRefuseTheBombBeforeWritingGigabytes() throws {
        let scene = try Scene()
        defer { scene.remove() }
        var thrown: (any Error)?
        do { _ = try SafeExtractor().extract(Self.archive("bomb.zip"), to: scene.target) } catch { thrown = error }
        // Stopped by the ratio budget (100 × the archive, about 1 GB), not by the 64 GiB size limit.
        #expect((thrown as? BagProblem)?.kind == .zipLimit)
        #expect((thrown as? BagProblem)?.message.contains("times its size") == true)
        #expect(!FileManager.default.fileExists(atPath: scene.target))
    }
}
