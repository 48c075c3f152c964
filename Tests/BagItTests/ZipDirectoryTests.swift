import BagIt
import Foundation
import Testing

/// The central directory against the local headers (`ZipDirectory`, through `ZipBagSource` and `SafeExtractor`),
/// on archives built byte by byte: every way of making the two disagree is refused before any entry is read,
/// and the legitimate variations (data descriptors with and without signature, zip64 fields and end records)
/// are accepted.
@Suite struct ZipDirectoryTests {
    typealias Entry = HandBuiltZip.Entry

    static let files = [
        Entry(name: "bag/", data: []),
        Entry(name: "bag/a.txt", data: Array("alpha\n".utf8)),
        Entry(name: "bag/b.txt", data: Array("bravo bravo\n".utf8)),
    ]

    /// What reading `zip` in place records, and whether the read stopped there.
    static func read(_ zip: HandBuiltZip, limits: ArchiveLimits = ArchiveLimits()) throws -> (
        problems: [BagProblem], stopped: Bool, files: [String]
    ) {
        let path = try zip.write()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let source = try ZipBagSource(path: path, limits: limits)
        return (source.problems, source.isTruncated, source.entries.filter { $0.kind == .file }.map(\.path).sorted())
    }

    static func structureMessage(_ zip: HandBuiltZip) throws -> String {
        let result = try read(zip)
        #expect(result.stopped)
        #expect(result.problems.map(\.kind) == [.zipStructure], "\(result.problems)")
        return result.problems.first?.message ?? ""
    }

    @Test(arguments: [HandBuiltZip.Descriptor.none, .signed, .unsigned], [false, true])
    func consistentArchivesAreRead(descriptor: HandBuiltZip.Descriptor, zip64: Bool) throws {
        var zip = HandBuiltZip(
            Self.files.map { entry in
                var entry = entry
                entry.descriptor = entry.data.isEmpty ? .none : descriptor
                entry.zip64 = zip64 && !entry.data.isEmpty
                return entry
            })
        zip.zip64End = zip64
        let result = try Self.read(zip)
        #expect(!result.stopped, "\(result.problems)")
        #expect(!result.problems.contains { [.zipStructure, .zipUnreadable, .zipLimit].contains($0.kind) }, "\(result.problems)")
        #expect(result.files == ["a.txt", "b.txt"])
    }

    @Test func aRenamedEntryIsRefused() throws {
        var zip = HandBuiltZip(Self.files)
        zip.entries[2].directoryName = "bag/c.txt"
        let message = try Self.structureMessage(zip)
        #expect(message.contains("`bag/c.txt`") && message.contains("`bag/b.txt`"))
    }

    @Test func recordsSharingOneLocalEntryAreAnOverlap() throws {
        var zip = HandBuiltZip(Self.files)
        var copy = Self.files[1]
        copy.directoryName = "bag/copy.txt"
        copy.offsetOverride = UInt64(30 + "bag/".utf8.count)  // the local header of bag/a.txt
        zip.entries.append(copy)
        // The copy's own local entry is then bytes no record lists, but the overlap is found first.
        #expect(try Self.structureMessage(zip).contains("overlap"))
    }

    @Test func bytesNoRecordListsAreAHiddenEntry() throws {
        var zip = HandBuiltZip(Self.files)
        zip.gap = Array("PK\u{3}\u{4} smuggled".utf8)
        #expect(try Self.structureMessage(zip).contains("hidden entry"))
    }

    @Test func prependedDataIsRefusedWithOrWithoutMovedOffsets() throws {
        var zip = HandBuiltZip(Self.files)
        zip.prefix = Array(repeating: 0x23, count: 100)
        #expect(try Self.structureMessage(zip).contains("prepended"))
        zip.adjustOffsets = false
        #expect(try Self.structureMessage(zip).contains("not where the end record says"))
    }

    @Test func aDirectoryOffsetOutsideTheFileIsRefused() throws {
        var zip = HandBuiltZip(Self.files)
        zip.directoryOffsetShift = 1 << 20
        #expect(try Self.structureMessage(zip).contains("not where the end record says"))
        zip.directoryOffsetShift = 0
        zip.entries[1].offsetOverride = 0xFFFF_FFF0
        #expect(try Self.structureMessage(zip).contains("outside the"))
    }

    @Test func aSecondEndRecordInTheCommentIsRefused() throws {
        var zip = HandBuiltZip(Self.files)
        zip.comment = Array("an ordinary comment".utf8)
        #expect(!(try Self.read(zip).stopped))
        zip.comment = [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)
        #expect(try Self.structureMessage(zip).contains("second end-of-central-directory record"))
    }

    @Test func aDescriptorThatDisagreesIsRefused() throws {
        var zip = HandBuiltZip(Self.files)
        zip.entries[1].descriptor = .signed
        zip.entries[1].descriptorLies = true
        #expect(try Self.structureMessage(zip).contains("data descriptor of `bag/a.txt`"))
    }

    @Test func aStoredEntryClaimingMoreThanItHoldsIsRefused() throws {
        var zip = HandBuiltZip(Self.files)
        zip.entries[1].claimedSize = 7  // the local header and the record both say 7; the stored data is 6 bytes
        #expect(try Self.structureMessage(zip).contains("holds 6"))
    }

    @Test func aZip64ClaimOfTwoToTheSixtyThreeIsALimitNotATrap() throws {
        var zip = HandBuiltZip(Self.files)
        zip.entries[1].zip64 = true
        zip.entries[1].claimedSize = UInt64(Int64.max)
        let result = try Self.read(zip)
        #expect(result.stopped)
        #expect(result.problems.map(\.kind) == [.zipLimit])
        #expect(result.problems.first?.message.contains("9223372036854775807") == true)
        // With the limit raised as far as it goes, the stored entry's claim still cannot be true.
        let raised = try Self.read(zip, limits: ArchiveLimits(maxSize: .max))
        #expect(raised.problems.map(\.kind) == [.zipStructure])
    }

    @Test func namesPastTheLengthOrDepthLimitAreRefusedBeforeBookkeeping() throws {
        let long = HandBuiltZip([Entry(name: "bag/" + String(repeating: "x", count: 5000), data: [1])])
        let tooLong = try Self.read(long)
        #expect(tooLong.problems.map(\.kind) == [.zipNameLimit])
        #expect(tooLong.problems.first?.message.contains("5004 bytes") == true)
        let deep = HandBuiltZip([Entry(name: String(repeating: "d/", count: 300) + "f", data: [1])])
        let tooDeep = try Self.read(deep)
        #expect(tooDeep.problems.map(\.kind) == [.zipNameLimit])
        #expect(tooDeep.problems.first?.message.contains("301 folders deep") == true)
        // At the limits exactly: read.
        let edge = HandBuiltZip([Entry(name: String(repeating: "d/", count: 255) + "f", data: [1])])
        #expect(try Self.read(edge).problems.allSatisfy { $0.kind != .zipNameLimit })
    }

    @Test func moreRecordsThanTheEntryLimitStopBeforeTheyAreRead() throws {
        let zip = HandBuiltZip(Self.files)
        let result = try Self.read(zip, limits: ArchiveLimits(maxFiles: 2))
        #expect(result.problems.map(\.kind) == [.zipLimit])
    }

    @Test func extractionRefusesAnOverlapAndWritesNothing() throws {
        var zip = HandBuiltZip(Self.files)
        zip.entries[2].directoryName = "bag/other.txt"
        let path = try zip.write()
        let folder = (path as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: BagProblem.self) { try SafeExtractor().extract(path, to: folder + "/out") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["hand-built.zip"])
    }
}
