/// Where a ZIP's central directory is, from its end-of-central-directory record (and the zip64 record its
/// locator points at): the one place every reader starts from, so it must sit exactly at the end of the file.
struct ZipEndRecord {
    /// Number of central-directory records.
    var entryCount: UInt64
    /// Where the central directory starts.
    var directoryOffset: UInt64
    /// Where it ends: the zip64 end record, or the end record.
    var directoryEnd: UInt64

    /// Finds and checks the end records; a file without one is `zipUnreadable`, one whose numbers do not fit
    /// the file is `zipStructure`.
    init(_ file: ZipFileBytes, archive: String) throws(BagProblem) {
        let tailLength = min(file.size, 22 + 0xFFFF)
        let tail = try file.bytes(at: file.size - tailLength, count: Int(tailLength))
        // Records whose comment ends exactly at the end of the file: there must be one. Two (one hidden in the
        // other's comment) would let readers that scan differently find different archives.
        let candidates = Array(
            stride(from: tail.count - 22, through: 0, by: -1).lazy.filter { index in
                tail.uint32(index) == 0x0605_4B50 && index + 22 + Int(tail.uint16(index + 20)) == tail.count
            }.prefix(2))
        guard let found = candidates.first else {
            throw BagProblem(
                .zipUnreadable, file: archive,
                "cannot be read as a ZIP: no end-of-central-directory record at the end of the file (truncated, or not a ZIP)")
        }
        if candidates.count > 1 {
            throw BagProblem(
                .zipStructure, file: archive, "the archive comment holds a second end-of-central-directory record (two archives in one?)")
        }
        let end = Array(tail[found..<found + 22])
        let endOffset = file.size - tailLength + UInt64(found)
        func refuse(_ message: String) -> BagProblem { BagProblem(.zipStructure, file: archive, message) }
        guard end.uint16(4) == 0, end.uint16(6) == 0, end.uint16(8) == end.uint16(10) else {
            throw refuse("the archive claims to span several disks")
        }
        entryCount = UInt64(end.uint16(10))
        var size = UInt64(end.uint32(12))
        directoryOffset = UInt64(end.uint32(16))
        directoryEnd = endOffset
        if endOffset >= 20, case let locator = try file.bytes(at: endOffset - 20, count: 20), locator.uint32(0) == 0x0706_4B50 {
            let recordOffset = locator.uint64(8)
            guard locator.uint32(4) == 0, locator.uint32(16) <= 1, recordOffset < endOffset - 20,
                endOffset - 20 - recordOffset >= 56
            else { throw refuse("the zip64 end-of-central-directory locator points outside the file") }
            let record = try file.bytes(at: recordOffset, count: 56)
            guard record.uint32(0) == 0x0606_4B50, ZipDirectory.sum(record.uint64(4), 12 + recordOffset) == endOffset - 20 else {
                throw refuse("the zip64 end-of-central-directory record is not where its locator says")
            }
            guard record.uint32(16) == 0, record.uint32(20) == 0, record.uint64(24) == record.uint64(32) else {
                throw refuse("the archive claims to span several disks")
            }
            let agrees =
                (end.uint16(10) == 0xFFFF || UInt64(end.uint16(10)) == record.uint64(32))
                && (end.uint32(12) == 0xFFFF_FFFF || UInt64(end.uint32(12)) == record.uint64(40))
                && (end.uint32(16) == 0xFFFF_FFFF || UInt64(end.uint32(16)) == record.uint64(48))
            guard agrees else { throw refuse("the zip64 end record and the end record disagree on the central directory") }
            entryCount = record.uint64(32)
            size = record.uint64(40)
            directoryOffset = record.uint64(48)
            directoryEnd = recordOffset
        }
        guard ZipDirectory.sum(directoryOffset, size) == directoryEnd else {
            throw refuse(
                "the central directory is not where the end record says (\(size) bytes at byte \(directoryOffset), but it must end at byte \(directoryEnd)): data before the archive, or a damaged end record"
            )
        }
        guard entryCount <= size / 46 else {
            throw refuse("the end record claims \(entryCount) entries, more than a \(size)-byte central directory can hold")
        }
    }
}
