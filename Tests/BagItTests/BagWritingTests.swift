import BagIt
import FiveSafesTestSupport
import Foundation
import Testing

/// `BagPackager` (ZIP and folder) and `BagRefresher`: deterministic output that verifies clean.
@Suite struct BagWritingTests {
    static let crates = ["request", "result"]

    @Test(arguments: BagWritingTests.crates)
    func zipIsByteIdenticalAcrossRunsAndVerifiesClean(_ crate: String) throws {
        let folder = try BagTest.temporaryFolder("write-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/\(crate)"))
        let packager = BagPackager(options: BagTest.options)
        let first = try packager.writeZip(payload: payload, bagName: crate, to: folder + "/one.zip")
        // The same files listed in another order must not change a byte.
        _ = try packager.writeZip(payload: payload.reversed(), bagName: crate, to: folder + "/two.zip")
        let one = try Data(contentsOf: URL(fileURLWithPath: folder + "/one.zip"))
        let two = try Data(contentsOf: URL(fileURLWithPath: folder + "/two.zip"))
        #expect(one == two)
        #expect(first.oxum == PayloadOxum(octets: payload.reduce(0) { $0 + $1.size }, count: payload.count))
        let source = try ZipBagSource(path: folder + "/one.zip")
        #expect(source.bagPrefix == "\(crate)/")
        let problems = source.problems + BagVerifier().verify(source).problems
        #expect(problems.isEmpty, "\(problems)")
        let info = BagInfo(parsing: source.keptBytes("bag-info.txt") ?? [])
        #expect(info.values("External-Identifier") == [BagTest.options.externalIdentifier])
        #expect(info.values("Payload-Oxum") == [first.oxum.description])
        #expect(info.values("Bagging-Date") == ["2020-01-01"])
        #expect(source.keptBytes("bagit.txt") == Array(BagDeclaration.canonical.utf8))
    }

    @Test func storedAndDeflatedZipsDifferButBothVerify() throws {
        let folder = try BagTest.temporaryFolder("write-store")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/result"))
        var options = BagTest.options
        options.compression = .store
        _ = try BagPackager(options: options).writeZip(payload: payload, bagName: "result", to: folder + "/store.zip")
        options.compression = .deflate
        _ = try BagPackager(options: options).writeZip(payload: payload, bagName: "result", to: folder + "/deflate.zip")
        let stored = try Data(contentsOf: URL(fileURLWithPath: folder + "/store.zip"))
        let deflated = try Data(contentsOf: URL(fileURLWithPath: folder + "/deflate.zip"))
        #expect(stored != deflated)
        for name in ["store.zip", "deflate.zip"] {
            #expect(BagTest.archiveKinds(folder + "/" + name).isEmpty, "\(name)")
        }
    }

    /// `auto` (the default): random bytes are stored, text and the tag files deflated, and the bag verifies;
    /// `deflate` deflates the random file too.
    @Test func autoStoresWhatDoesNotCompressAndDeflatesText() throws {
        let folder = try BagTest.temporaryFolder("write-auto")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/crate", withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let random = (0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(random).write(to: URL(fileURLWithPath: folder + "/crate/random.bin"))
        let table = (0..<20_000).map { "\($0),\($0 * 7 % 1000),row \($0)\n" }.joined()
        try Data(table.utf8).write(to: URL(fileURLWithPath: folder + "/crate/table.csv"))
        // A short text header does not make random bytes deflate: the whole first block is judged.
        try Data(Array("id,value\n".utf8) + random).write(to: URL(fileURLWithPath: folder + "/crate/short-header.bin"))
        try Data(#"{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": []}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/crate/ro-crate-metadata.json"))
        let payload = try BagTest.payload(of: folder + "/crate")
        #expect(BagTest.options.compression == .auto)
        _ = try BagPackager(options: BagTest.options).writeZip(payload: payload, bagName: "auto", to: folder + "/auto.zip")
        #expect(BagTest.archiveKinds(folder + "/auto.zip").isEmpty)
        let methods = try BagTest.entryMethods(folder + "/auto.zip")
        #expect(methods["auto/data/random.bin"] == "stor")
        #expect(methods["auto/data/short-header.bin"] == "stor")
        #expect(methods["auto/data/table.csv"]?.hasPrefix("def") == true, "\(methods)")
        for tag in ["bagit.txt", "bag-info.txt", "manifest-sha512.txt", "tagmanifest-sha512.txt"] {
            #expect(methods["auto/" + tag]?.hasPrefix("def") == true, "\(tag): \(methods)")
        }
        var deflate = BagTest.options
        deflate.compression = .deflate
        _ = try BagPackager(options: deflate).writeZip(payload: payload, bagName: "auto", to: folder + "/deflate.zip")
        #expect(try BagTest.entryMethods(folder + "/deflate.zip")["auto/data/random.bin"]?.hasPrefix("def") == true)
    }

    @Test func anotherExternalIdentifierOrTimeChangesTheBytes() throws {
        let folder = try BagTest.temporaryFolder("write-vary")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/request"))
        var other = BagTest.options
        other.modified += 86_400
        _ = try BagPackager(options: BagTest.options).writeZip(payload: payload, bagName: "request", to: folder + "/a.zip")
        _ = try BagPackager(options: other).writeZip(payload: payload, bagName: "request", to: folder + "/b.zip")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/a.zip")) != Data(contentsOf: URL(fileURLWithPath: folder + "/b.zip")))
    }

    @Test(arguments: BagWritingTests.crates)
    func bagFolderIsIdenticalAcrossRunsAndVerifiesClean(_ crate: String) throws {
        let folder = try BagTest.temporaryFolder("write-dir")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/\(crate)"))
        let packager = BagPackager(options: BagTest.options)
        _ = try packager.writeDirectory(payload: payload, to: folder + "/one")
        _ = try packager.writeDirectory(payload: payload.reversed(), to: folder + "/two")
        let one = try BagTest.tree(folder + "/one")
        #expect(one == (try BagTest.tree(folder + "/two")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["one", "two"], "a partial folder was left")
        let result = BagVerifier().verify(DirectoryBagSource(root: folder + "/one"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.payloadFiles.count == payload.count)
        for file in payload {
            #expect(one["data/" + file.path]?.bytes == (try Data(contentsOf: URL(fileURLWithPath: file.source))))
        }
    }

    @Test func writingABagFolderOverAnExistingPathIsRefused() throws {
        let folder = try BagTest.temporaryFolder("write-exists")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/bag", withIntermediateDirectories: false)
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/request"))
        #expect(throws: BagWriteError.self) {
            try BagPackager(options: BagTest.options).writeDirectory(payload: payload, to: folder + "/bag")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/bag").isEmpty)
    }

    /// A payload file swapped for a FIFO after it was listed: both writers refuse it on the open descriptor,
    /// without blocking (issue 14, class 8).
    @Test func aPayloadFileSwappedForAFIFOIsRefusedWithoutBlocking() throws {
        let folder = try BagTest.temporaryFolder("write-fifo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var payload = try BagTest.payload(of: Fixtures.path("crates/valid/request"))
        let pipe = folder + "/pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        payload[0].source = pipe
        payload[0].size = 0
        let packager = BagPackager(options: BagTest.options)
        for write in [
            { () throws -> Void in _ = try packager.writeZip(payload: payload, bagName: "request", to: folder + "/out.zip") },
            { () throws -> Void in _ = try packager.writeDirectory(payload: payload, to: folder + "/bag") },
        ] {
            let error = try #require(throws: BagWriteError.self, performing: write)
            #expect(error.path == pipe && error.reason.contains("not a regular file"), "\(error)")
        }
        // The partial ZIP is the caller's to remove (writeZip's contract); the bag folder leaves nothing.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["out.zip", "pipe"])
    }

    @Test func refreshAfterAddingAndEditingPayloadMakesTheBagCleanAgain() throws {
        let folder = try BagTest.temporaryFolder("refresh")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bag = folder + "/bag"
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/request"))
        let written = try BagPackager(options: BagTest.options).writeDirectory(payload: payload, to: bag)
        try FileManager.default.createDirectory(atPath: bag + "/data/outputs", withIntermediateDirectories: false)
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: bag + "/data/outputs/new.csv"))
        try Data("edited after bagging\n".utf8).write(to: URL(fileURLWithPath: bag + "/data/input1.txt"))
        let stale = BagVerifier().verify(DirectoryBagSource(root: bag))
        #expect(BagTest.sorted(stale.problems.map(\.kind)) == [.checksumMismatch, .fileNotInManifest, .oxumMismatch], "\(stale.problems)")

        let summary = try BagRefresher(jobs: 2).refresh(bag)
        let fresh = BagVerifier().verify(DirectoryBagSource(root: bag))
        #expect(fresh.problems.isEmpty, "\(fresh.problems)")
        let sizes = try BagTest.payload(of: bag + "/data").map(\.size)
        let oxum = PayloadOxum(octets: sizes.reduce(0, +), count: sizes.count)
        #expect(summary.oxum == oxum)
        #expect(oxum != written.oxum && oxum.count == written.oxum.count + 1)
        #expect(fresh.info?.values("Payload-Oxum") == [oxum.description])
        #expect(fresh.info?.values("External-Identifier") == [BagTest.options.externalIdentifier], "refresh keeps the identifier")
        #expect(fresh.payloadManifests["sha512"]?.entries.map(\.path).contains("data/outputs/new.csv") == true)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: bag).filter { $0.contains("fivesafes") }.isEmpty, "temporary files left")
    }

    @Test func refreshRefusesASymlinkInThePayload() throws {
        let folder = try BagTest.temporaryFolder("refresh-link")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bag = folder + "/bag"
        try FileManager.default.copyItem(atPath: Fixtures.path("bags/valid/request-bag"), toPath: bag)
        try FileManager.default.createSymbolicLink(atPath: bag + "/data/passwd", withDestinationPath: "/etc/passwd")
        let manifest = try Data(contentsOf: URL(fileURLWithPath: bag + "/manifest-sha512.txt"))
        #expect(throws: BagProblem.self) { try BagRefresher().refresh(bag) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: bag + "/manifest-sha512.txt")) == manifest)
    }

    /// Names RFC 8493 encodes (`%`, LF, CR) and names it leaves alone (spaces, non-ASCII).
    static let awkwardNames = ["with space.txt", "100% sure.txt", "caf\u{E9} \u{1F600}.txt", "line\nbreak.txt", "carriage\rreturn.txt"]

    /// A crate folder holding the request crate plus a file for each awkward name.
    static func awkwardCrate(in folder: String) throws -> [PayloadFile] {
        let crate = folder + "/crate"
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/valid/request"), toPath: crate)
        for name in awkwardNames {
            try Data("content of \(name)\n".utf8).write(to: URL(fileURLWithPath: crate + "/" + name))
        }
        return try BagTest.payload(of: crate)
    }

    @Test func awkwardNamesRoundTripThroughABagFolder() throws {
        let folder = try BagTest.temporaryFolder("names-dir")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try Self.awkwardCrate(in: folder)
        _ = try BagPackager(options: BagTest.options).writeDirectory(payload: payload, to: folder + "/bag")
        let manifest = try String(contentsOfFile: folder + "/bag/manifest-sha512.txt", encoding: .utf8)
        for encoded in [
            "  data/with space.txt\n", "  data/100%25 sure.txt\n", "  data/caf\u{E9} \u{1F600}.txt\n", "  data/line%0Abreak.txt\n",
            "  data/carriage%0Dreturn.txt\n",
        ] {
            #expect(manifest.contains(encoded), "\(encoded.debugDescription) not in the manifest")
        }
        #expect(manifest.split(separator: "\n", omittingEmptySubsequences: false).count == payload.count + 1, "a raw newline split a line")
        let result = BagVerifier().verify(DirectoryBagSource(root: folder + "/bag"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(Set(result.payloadManifests["sha512"]?.entries.map(\.path) ?? []) == Set(payload.map { "data/" + $0.path }))
    }

    @Test func awkwardPrintableNamesRoundTripThroughAZip() throws {
        let folder = try BagTest.temporaryFolder("names-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try Self.awkwardCrate(in: folder).filter { !$0.path.contains("\n") && !$0.path.contains("\r") }
        _ = try BagPackager(options: BagTest.options).writeZip(payload: payload, bagName: "request", to: folder + "/names.zip")
        let source = try ZipBagSource(path: folder + "/names.zip")
        let result = BagVerifier().verify(source)
        #expect((source.problems + result.problems).isEmpty, "\(source.problems + result.problems)")
        #expect(Set(result.payloadFiles.keys) == Set(payload.map { "data/" + $0.path }))
        let manifest = String(decoding: source.keptBytes("manifest-sha512.txt") ?? [], as: UTF8.self)
        #expect(manifest.contains("  data/100%25 sure.txt\n"))
    }

    /// ZIP readers (ours included) refuse entry names with control characters, so `writeZip` refuses to write
    /// them rather than produce an archive nobody can read; a bag folder keeps them (manifests encode LF as %0A).
    @Test func namesWithLineBreaksAreRefusedForZips() throws {
        let folder = try BagTest.temporaryFolder("names-newline")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try Self.awkwardCrate(in: folder)
        #expect(payload.contains { $0.path.contains("\n") || $0.path.contains("\r") })
        #expect(throws: BagWriteError.self) {
            _ = try BagPackager(options: BagTest.options).writeZip(payload: payload, bagName: "request", to: folder + "/names.zip")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/names.zip"))
    }
}
