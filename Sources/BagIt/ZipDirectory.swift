/// A ZIP's central directory, read from the file itself and matched one to one against the local headers.
///
/// libarchive, `unzip` and Python each choose between the central directory and the local headers, so an
/// archive where the two disagree means different things to different readers: a renamed entry, several
/// directory records pointing at one local entry (overlapping entries), or local entries the directory does not
/// list. This reader accepts an archive only when every byte from the start of the file to the central directory
/// belongs to exactly one listed entry, in order, and each local header repeats its directory record (name,
/// method, CRC and sizes, or a data descriptor that does). Every offset and size is checked arithmetic on
/// `UInt64`, against the file's real size, so a declared 2^63−1 bytes is a finding, never a trap.
struct ZipDirectory {
    /// One central-directory record.
    struct Entry {
        /// The name's bytes as stored.
        var name: [UInt8]
        /// General-purpose flags.
        var flags: UInt16
        /// Compression method.
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt64
        var size: UInt64
        /// Where its local header starts.
        var localOffset: UInt64

        /// The name for messages, with invalid UTF-8 repaired and very long names shortened.
        var shownName: String { ZipDirectory.shown(name) }
    }

    /// The records in central-directory order.
    private(set) var entries: [Entry] = []
    /// Where the central directory starts (the end of the last entry's data).
    private(set) var offset: UInt64 = 0

    /// The archive file's name, for problems about the archive as a whole.
    private let archive: String
    private let limits: ArchiveLimits

    /// Reads and cross-checks the archive at `path`.
    ///
    /// - Throws: a ``BagProblem``: `zipUnreadable` when there is no ZIP to read, `zipStructure` when the
    ///   directory and the local headers disagree, `zipLimit` or `zipNameLimit` past a limit.
    init(path: String, limits: ArchiveLimits) throws(BagProblem) {
        archive = path.lastPathComponentPortable
        self.limits = limits
        let file = try ZipFileBytes(path: path, archive: archive)
        let end = try ZipEndRecord(file, archive: archive)
        guard end.entryCount <= UInt64(limits.maxFiles) else {
            throw BagProblem(.zipLimit, file: archive, "the archive has more than \(limits.maxFiles) entries")
        }
        offset = end.directoryOffset
        try readDirectory(file, end: end)
        try matchLocalHeaders(file)
    }

    /// Reads every central-directory record, which must fill the directory exactly.
    private mutating func readDirectory(_ file: ZipFileBytes, end: ZipEndRecord) throws(BagProblem) {
        var position = end.directoryOffset
        entries.reserveCapacity(Int(min(end.entryCount, 1 << 16)))
        for index in 0..<end.entryCount {
            guard let fixedEnd = Self.sum(position, 46), fixedEnd <= end.directoryEnd else {
                throw structure("the central directory ends after \(index) of its \(end.entryCount) records")
            }
            let fixed = try file.bytes(at: position, count: 46)
            guard fixed.uint32(0) == 0x0201_4B50 else {
                throw structure("central-directory record \(index + 1) at byte \(position) has no signature")
            }
            let nameLength = UInt64(fixed.uint16(28)), extraLength = UInt64(fixed.uint16(30))
            let recordEnd = fixedEnd + nameLength + extraLength + UInt64(fixed.uint16(32))
            guard recordEnd <= end.directoryEnd else {
                throw structure("central-directory record \(index + 1) runs past the end of the central directory")
            }
            let name = try file.bytes(at: fixedEnd, count: Int(nameLength))
            try checkNameLimits(name)
            let extra = ZipExtraField(try file.bytes(at: fixedEnd + nameLength, count: Int(extraLength)))
            var entry = Entry(
                name: name, flags: fixed.uint16(8), method: fixed.uint16(10), crc: fixed.uint32(16),
                compressedSize: UInt64(fixed.uint32(20)), size: UInt64(fixed.uint32(24)), localOffset: UInt64(fixed.uint32(42))
            )
            let wide = extra.zip64(
                size: entry.size == 0xFFFF_FFFF, compressedSize: entry.compressedSize == 0xFFFF_FFFF,
                offset: entry.localOffset == 0xFFFF_FFFF
            )
            guard let wide else {
                throw structure("the entry `\(entry.shownName)` lacks the zip64 sizes its central-directory record promises")
            }
            entry.size = wide.size ?? entry.size
            entry.compressedSize = wide.compressedSize ?? entry.compressedSize
            entry.localOffset = wide.offset ?? entry.localOffset
            try checkSizes(entry, file: file)
            entries.append(entry)
            position = recordEnd
        }
        guard position == end.directoryEnd else {
            throw structure(
                "the central directory holds \(end.directoryEnd - position) bytes after its \(end.entryCount) records (hidden records?)")
        }
    }

    /// Name length and depth within the limits (checked before any bookkeeping, so a huge name costs nothing).
    private func checkNameLimits(_ name: [UInt8]) throws(BagProblem) {
        if name.count > limits.maxNameLength {
            throw BagProblem(
                .zipNameLimit, file: archive,
                "the entry `\(Self.shown(name))` has a name of \(name.count) bytes, past the limit of \(limits.maxNameLength)")
        }
        var depth = 1
        for (index, byte) in name.enumerated() where byte == UInt8(ascii: "/") && index < name.count - 1 { depth += 1 }
        if depth > limits.maxNameDepth {
            throw BagProblem(
                .zipNameLimit, file: archive,
                "the entry `\(Self.shown(name))` is \(depth) folders deep, past the limit of \(limits.maxNameDepth)")
        }
    }

    /// Declared sizes that cannot be true: past the file, past the size limit, or a stored entry that expands.
    private func checkSizes(_ entry: Entry, file: ZipFileBytes) throws(BagProblem) {
        guard entry.localOffset < file.size, entry.compressedSize <= file.size else {
            throw structure(
                "the entry `\(entry.shownName)` claims \(entry.compressedSize) bytes at byte \(entry.localOffset), outside the \(file.size)-byte file"
            )
        }
        guard entry.size <= UInt64(max(limits.maxSize, 0)) else {
            throw BagProblem(
                .zipLimit, file: entry.shownName,
                "the entry `\(entry.shownName)` declares \(entry.size) bytes, past the limit of \(limits.maxSize) bytes")
        }
        guard entry.method != 0 || entry.flags & 1 != 0 || entry.size == entry.compressedSize else {
            throw structure(
                "the stored (uncompressed) entry `\(entry.shownName)` claims \(entry.size) bytes but holds \(entry.compressedSize)")
        }
    }

    /// Walks the entries in file order: each must start where the previous one ended, from byte 0 to the
    /// central directory, and its local header must repeat its directory record.
    private func matchLocalHeaders(_ file: ZipFileBytes) throws(BagProblem) {
        let order = entries.indices.sorted { entries[$0].localOffset < entries[$1].localOffset }
        var position: UInt64 = 0
        var previous: Entry?
        for index in order {
            let entry = entries[index]
            if entry.localOffset < position, let previous {
                throw structure(
                    "the entries `\(previous.shownName)` and `\(entry.shownName)` overlap (several directory records share bytes: an overlap bomb?)"
                )
            }
            if entry.localOffset > position {
                throw structure(gap(from: position, to: entry.localOffset, before: entry.shownName))
            }
            position = try localEntryEnd(entry, file: file)
            previous = entry
        }
        if position != offset {
            throw structure(gap(from: position, to: offset, before: nil))
        }
    }

    /// Why bytes between two entries (or before the directory) are refused.
    private func gap(from start: UInt64, to end: UInt64, before next: String?) -> String {
        let place = next.map { "before the entry `\($0)`" } ?? "before the central directory"
        let what =
            start == 0 ? "data before the first entry (a prepended file?)" : "bytes no central-directory record lists (a hidden entry?)"
        return "bytes \(start)..<\(end) \(place) are \(what)"
    }

    /// Checks one local header against its record; returns where the entry (with its data descriptor) ends.
    private func localEntryEnd(_ entry: Entry, file: ZipFileBytes) throws(BagProblem) -> UInt64 {
        let name = entry.shownName
        guard let headerEnd = Self.sum(entry.localOffset, 30), headerEnd <= offset else {
            throw structure("the local header of `\(name)` runs into the central directory")
        }
        let header = try file.bytes(at: entry.localOffset, count: 30)
        guard header.uint32(0) == 0x0403_4B50 else {
            throw structure("the central directory points `\(name)` at byte \(entry.localOffset), where no local header starts")
        }
        let nameLength = UInt64(header.uint16(26)), extraLength = UInt64(header.uint16(28))
        let dataStart = headerEnd + nameLength + extraLength
        guard dataStart <= offset else { throw structure("the local header of `\(name)` runs into the central directory") }
        let localName = try file.bytes(at: headerEnd, count: Int(nameLength))
        guard localName == entry.name else {
            throw structure("the central directory calls an entry `\(name)` but its local header calls it `\(Self.shown(localName))`")
        }
        guard header.uint16(8) == entry.method, header.uint16(6) & 1 == entry.flags & 1 else {
            throw structure("the local header of `\(name)` disagrees with the central directory on its method or encryption")
        }
        guard let dataEnd = Self.sum(dataStart, entry.compressedSize), dataEnd <= offset else {
            throw structure("the data of `\(name)` (\(entry.compressedSize) bytes) runs into the central directory")
        }
        if header.uint16(6) & 8 != 0 {
            return try descriptorEnd(entry, at: dataEnd, file: file)
        }
        let extra = ZipExtraField(try file.bytes(at: headerEnd + nameLength, count: Int(extraLength)))
        let size = UInt64(header.uint32(22)), compressedSize = UInt64(header.uint32(18))
        let wide = extra.zip64(size: size == 0xFFFF_FFFF, compressedSize: compressedSize == 0xFFFF_FFFF, offset: false)
        guard header.uint32(14) == entry.crc, (wide?.size ?? size) == entry.size,
            (wide?.compressedSize ?? compressedSize) == entry.compressedSize
        else {
            throw structure("the local header of `\(name)` disagrees with the central directory on its CRC or sizes")
        }
        return dataEnd
    }

    /// The end of the data descriptor after an entry's data, which must repeat the record's CRC and sizes (with or
    /// without its optional signature, with 4- or 8-byte sizes).
    private func descriptorEnd(_ entry: Entry, at start: UInt64, file: ZipFileBytes) throws(BagProblem) -> UInt64 {
        let available = Int(min(24, offset - start))
        let bytes = try file.bytes(at: start, count: available)
        let signed = available >= 4 && bytes.uint32(0) == 0x0807_4B50
        for skip in signed ? [4, 0] : [0] {
            for width in [8, 4] where skip + 4 + 2 * width <= available {
                let crc = bytes.uint32(skip)
                let compressed = width == 8 ? bytes.uint64(skip + 4) : UInt64(bytes.uint32(skip + 4))
                let size = width == 8 ? bytes.uint64(skip + 4 + width) : UInt64(bytes.uint32(skip + 4 + width))
                if crc == entry.crc, compressed == entry.compressedSize, size == entry.size {
                    return start + UInt64(skip + 4 + 2 * width)
                }
            }
        }
        throw structure("the data descriptor of `\(entry.shownName)` disagrees with the central directory")
    }

    /// Checks that a streaming pass over the archive met exactly the entries the directory lists.
    func confirm(listed: Int) throws(BagProblem) {
        guard listed == entries.count else {
            throw structure("libarchive read \(listed) entries but the central directory lists \(entries.count)")
        }
    }

    private func structure(_ message: String) -> BagProblem {
        BagProblem(.zipStructure, file: archive, message)
    }

    /// `a + b`, or nil when it overflows.
    static func sum(_ a: UInt64, _ b: UInt64) -> UInt64? {
        let (total, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : total
    }

    /// A name for messages: invalid UTF-8 repaired, cut to 200 characters.
    static func shown(_ name: [UInt8]) -> String {
        let text = String(decoding: name.prefix(800), as: UTF8.self)
        return text.count > 200 || name.count > 800 ? String(text.prefix(200)) + "…" : text
    }
}
