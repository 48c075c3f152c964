import Foundation

/// A ZIP written byte by byte, so tests can make the central directory and the local headers disagree in every
/// way a hostile archive can. Entries are Stored; each can end in a data descriptor and carry zip64 sizes.
struct HandBuiltZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        /// The name in the central directory, when it lies about the local header's.
        var directoryName: String?
        /// Bit 3: sizes and CRC in a data descriptor after the data (with its optional signature or without).
        var descriptor: Descriptor = .none
        /// The descriptor's CRC differs from the record's.
        var descriptorLies = false
        /// Sizes as 0xFFFFFFFF with a zip64 extra field (in the local header and the record).
        var zip64 = false
        /// The uncompressed size the headers claim, when it differs from the data's.
        var claimedSize: UInt64?
        /// Where the record points, when it lies (an offset into the file).
        var offsetOverride: UInt64?
    }

    enum Descriptor { case none, signed, unsigned }

    var entries: [Entry]
    /// Bytes before the first entry; offsets are moved along when `adjustOffsets` is set (a self-extractor).
    var prefix: [UInt8] = []
    var adjustOffsets = true
    /// Bytes between the last entry and the central directory (a hidden entry).
    var gap: [UInt8] = []
    /// Write the zip64 end record and its locator.
    var zip64End = false
    /// Added to the central directory's offset in the end record.
    var directoryOffsetShift: Int64 = 0
    /// The archive comment after the end record.
    var comment: [UInt8] = []

    init(_ entries: [Entry]) { self.entries = entries }

    /// The archive's bytes.
    func bytes() -> [UInt8] {
        var file = prefix
        var directory: [UInt8] = []
        for entry in entries {
            let offset = entry.offsetOverride ?? UInt64(adjustOffsets ? file.count : file.count - prefix.count)
            let crc = Self.crc32(entry.data)
            let size = entry.claimedSize ?? UInt64(entry.data.count)
            let compressed = UInt64(entry.data.count)
            let flags: UInt16 = (entry.descriptor == .none ? 0 : 8) | 0x800
            let extra = entry.zip64 ? Self.le(UInt16(1)) + Self.le(UInt16(16)) + Self.le(size) + Self.le(compressed) : []
            let narrow: (UInt64) -> UInt32 = { entry.zip64 ? 0xFFFF_FFFF : UInt32(truncatingIfNeeded: $0) }
            let name = Array(entry.name.utf8)
            var local = Self.le(UInt32(0x0403_4B50)) + Self.le(UInt16(45)) + Self.le(flags) + Self.le(UInt16(0))
            local += Self.le(UInt32(0))  // time and date
            if entry.descriptor == .none {
                local += Self.le(crc) + Self.le(narrow(compressed)) + Self.le(narrow(size))
            } else {
                local += Self.le(UInt32(0)) + Self.le(UInt32(0)) + Self.le(UInt32(0))
            }
            local += Self.le(UInt16(name.count)) + Self.le(UInt16(extra.count)) + name + extra + entry.data
            if entry.descriptor != .none {
                if entry.descriptor == .signed { local += Self.le(UInt32(0x0807_4B50)) }
                local += Self.le(entry.descriptorLies ? ~crc : crc)
                local += entry.zip64 ? Self.le(compressed) + Self.le(size) : Self.le(UInt32(compressed)) + Self.le(UInt32(size))
            }
            file += local
            let recordName = Array((entry.directoryName ?? entry.name).utf8)
            let recordExtra =
                entry.zip64 || offset > 0xFFFF_FFFF
                ? Self.le(UInt16(1)) + Self.le(UInt16(24)) + Self.le(size) + Self.le(compressed) + Self.le(offset) : []
            directory += Self.le(UInt32(0x0201_4B50)) + Self.le(UInt16(0x0345)) + Self.le(UInt16(45)) + Self.le(flags)
            directory += Self.le(UInt16(0)) + Self.le(UInt32(0)) + Self.le(crc)
            directory += Self.le(recordExtra.isEmpty ? UInt32(compressed) : 0xFFFF_FFFF)
            directory += Self.le(recordExtra.isEmpty ? UInt32(truncatingIfNeeded: size) : 0xFFFF_FFFF)
            directory += Self.le(UInt16(recordName.count)) + Self.le(UInt16(recordExtra.count)) + Self.le(UInt16(0))
            directory += Self.le(UInt16(0)) + Self.le(UInt16(0)) + Self.le(UInt32(0o100644) << 16)
            directory += Self.le(recordExtra.isEmpty ? UInt32(offset) : 0xFFFF_FFFF) + recordName + recordExtra
        }
        file += gap
        let directoryStart = UInt64(adjustOffsets ? file.count : file.count - prefix.count)
        let shifted = UInt64(Int64(directoryStart) + directoryOffsetShift)
        file += directory
        let count = UInt64(entries.count)
        if zip64End {
            let recordOffset = UInt64(file.count)
            file += Self.le(UInt32(0x0606_4B50)) + Self.le(UInt64(44)) + Self.le(UInt16(45)) + Self.le(UInt16(45))
            file += Self.le(UInt32(0)) + Self.le(UInt32(0)) + Self.le(count) + Self.le(count)
            file += Self.le(UInt64(directory.count)) + Self.le(shifted)
            file += Self.le(UInt32(0x0706_4B50)) + Self.le(UInt32(0)) + Self.le(recordOffset) + Self.le(UInt32(1))
        }
        file += Self.le(UInt32(0x0605_4B50)) + Self.le(UInt16(0)) + Self.le(UInt16(0))
        file += Self.le(zip64End ? UInt16(0xFFFF) : UInt16(count)) + Self.le(zip64End ? UInt16(0xFFFF) : UInt16(count))
        file += Self.le(zip64End ? UInt32(0xFFFF_FFFF) : UInt32(directory.count))
        file += Self.le(zip64End ? UInt32(0xFFFF_FFFF) : UInt32(truncatingIfNeeded: shifted))
        file += Self.le(UInt16(comment.count)) + comment
        return file
    }

    /// Writes the archive to a new file in a fresh folder; returns its path.
    func write(_ name: String = "hand-built.zip") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zipdir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func le<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    /// CRC-32 (the ZIP polynomial), so libarchive accepts the entries that are meant to be valid.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
