internal import CArchive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a ZIP entry by entry through libarchive. Owns one `archive *`; confined to one task.
///
/// The only reader of ZIP files; it never writes anything to disk.
final class ZipReader {
    /// One entry's header.
    struct Header {
        /// The name as stored (UTF-8 bytes; invalid UTF-8 is repaired with U+FFFD and flagged).
        var name: String
        /// Whether the stored name was valid UTF-8.
        var nameIsUTF8: Bool
        /// Declared uncompressed size, when the header has one.
        var size: Int64?
        /// Kind of entry.
        var kind: BagEntry.Kind
        /// Whether it is a hard link.
        var isHardLink: Bool
        /// Whether it is encrypted.
        var isEncrypted: Bool
        /// libarchive's description of the entry's format, e.g. "ZIP 2.0 (deflation)".
        var formatName: String
    }

    private let handle: OpaquePointer
    private let path: String

    /// Opens a ZIP file for reading.
    init(path: String) throws(BagReadError) {
        ZipReader.useUTF8Locale()
        guard let handle = archive_read_new() else { throw BagReadError(path: path, reason: "out of memory") }
        self.handle = handle
        self.path = path
        archive_read_support_format_zip(handle)
        guard archive_read_open_filename(handle, path, 1 << 16) == ARCHIVE_OK else {
            throw BagReadError(path: path, reason: "not a readable ZIP archive: \(errorText)")
        }
    }

    deinit { archive_read_free(handle) }

    private var errorText: String { ArchiveMessage.text(handle) }

    /// The next entry's header, or nil at the end.
    func next() throws(BagReadError) -> Header? {
        var entry: OpaquePointer?
        let status = archive_read_next_header(handle, &entry)
        if status == ARCHIVE_EOF { return nil }
        guard status >= ARCHIVE_WARN, let entry else {
            throw BagReadError(path: path, reason: "the archive is damaged or truncated: \(errorText)")
        }
        var nameBytes: [UInt8] = []
        if let raw = archive_entry_pathname(entry) {
            nameBytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
        }
        let valid = String(validating: nameBytes, as: UTF8.self)
        let type = archive_entry_filetype(entry)
        let kind: BagEntry.Kind
        switch type & 0o170000 {
        case 0o100000: kind = .file
        case 0o040000: kind = .directory
        case 0o120000: kind = .symlink
        default: kind = .other
        }
        return Header(
            name: valid ?? String(decoding: nameBytes, as: UTF8.self),
            nameIsUTF8: valid != nil,
            size: archive_entry_size_is_set(entry) != 0 ? archive_entry_size(entry) : nil,
            kind: kind,
            isHardLink: archive_entry_hardlink(entry) != nil,
            isEncrypted: archive_entry_is_encrypted(entry) != 0,
            formatName: archive_format_name(handle).map { String(cString: $0) } ?? ""
        )
    }

    /// Streams the current entry's data in chunks; stops with an error past `limit` bytes.
    @discardableResult
    func read(limit: Int64, _ body: (UnsafeRawBufferPointer) throws(BagReadError) -> Void) throws(BagReadError) -> Int64 {
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = archive_read_data(handle, buffer.baseAddress, size)
            if count == 0 { return total }
            guard count > 0 else { throw BagReadError(path: path, reason: "cannot read an entry: \(errorText)") }
            total += Int64(count)
            if total > limit {
                throw BagReadError(
                    path: path, reason: "the archive expands past its limit of \(limit) bytes (size or expansion ratio)", isLimit: true)
            }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Skips the current entry's data.
    func skip() throws(BagReadError) {
        guard archive_read_data_skip(handle) >= ARCHIVE_WARN else {
            throw BagReadError(path: path, reason: "cannot skip an entry: \(errorText)")
        }
    }

    private static let localeOnce: Void = {
        // libarchive converts entry names through the C locale; UTF-8 names need a UTF-8 locale.
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }()

    static func useUTF8Locale() { _ = localeOnce }
}
