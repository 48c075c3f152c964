internal import CArchive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a ZIP into a new ZIP with entries added (or dropped), e.g. to put a signature into a signed bag.
///
/// Every kept entry is copied in order with its header as libarchive read it (name, time, permissions,
/// size) and its own method (Stored stays Stored, Deflate is deflated again by the same zlib), so its
/// contents are byte-for-byte the same and a deterministic ZIP stays deterministic. New entries go last,
/// after any missing parent folders. The caller renames the finished file into place.
public enum ZipRewriter {
    /// A file to add.
    public struct Addition: Sendable {
        /// Entry name (`bag/signatures/1-ssh-….sig`).
        public var name: String
        /// Contents.
        public var bytes: [UInt8]

        /// Creates an addition.
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Writes `output` (which must not exist) from `source` minus `removing`, plus `additions`, which get the
    /// time of the entry named `timeOf` (or of the newest entry) and Deflate; fsyncs it.
    public static func rewrite(
        _ source: String,
        to output: String,
        adding additions: [Addition],
        removing: Set<String> = [],
        timeOf reference: String? = nil
    ) throws(BagWriteError) {
        ZipReader.useUTF8Locale()
        guard let reader = archive_read_new() else { throw BagWriteError(path: source, reason: "out of memory") }
        defer { archive_read_free(reader) }
        archive_read_support_format_zip(reader)
        guard archive_read_open_filename(reader, source, 1 << 16) == ARCHIVE_OK else {
            throw BagWriteError(path: source, reason: "not a readable ZIP archive: \(ArchiveMessage.text(reader))")
        }
        guard let writer = archive_write_new() else { throw BagWriteError(path: output, reason: "out of memory") }
        defer { archive_write_free(writer) }
        try check(writer, archive_write_set_format_zip(writer), output, "select the ZIP format")
        try check(writer, archive_write_set_options(writer, "zip:hdrcharset=UTF-8"), output, "select UTF-8 names")
        try check(writer, archive_write_open_filename(writer, output), output, "create the output file")
        var names = Set<String>()
        var newest: time_t = 0
        var referenceTime: time_t?
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(reader, &entry)
            if status == ARCHIVE_EOF { break }
            guard status >= ARCHIVE_WARN, let entry else {
                throw BagWriteError(path: source, reason: "the archive is damaged: \(ArchiveMessage.text(reader))")
            }
            let name =
                archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
            let modified = archive_entry_mtime(entry)
            newest = max(newest, modified)
            if name == reference { referenceTime = modified }
            if removing.contains(name) {
                archive_read_data_skip(reader)
                continue
            }
            names.insert(name)
            let deflated = archive_format_name(reader).map { String(cString: $0).contains("deflation") } ?? true
            try check(
                writer, deflated ? archive_write_zip_set_compression_deflate(writer) : archive_write_zip_set_compression_store(writer),
                output, "choose the method of \(name)")
            try check(writer, archive_write_header(writer, entry), output, "add \(name)")
            try copyData(reader, writer, source: source, output: output, name: name)
            try check(writer, archive_write_finish_entry(writer), output, "finish \(name)")
        }
        let time = referenceTime ?? newest
        try check(writer, archive_write_zip_set_compression_deflate(writer), output, "select Deflate")
        for addition in additions {
            var folder = ""
            for part in addition.name.split(separator: "/").dropLast() {
                folder += part + "/"
                if names.insert(folder).inserted && !names.contains(String(folder.dropLast())) {
                    try add(writer, folder, bytes: nil, time: time, output: output)
                }
            }
            try add(writer, addition.name, bytes: addition.bytes, time: time, output: output)
        }
        try check(writer, archive_write_close(writer), output, "finish the archive")
        try FileWriter.flush(output)
    }

    private static func copyData(_ reader: OpaquePointer, _ writer: OpaquePointer, source: String, output: String, name: String)
        throws(BagWriteError)
    {
        let size = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = archive_read_data(reader, buffer.baseAddress, size)
            if count == 0 { return }
            guard count > 0 else { throw BagWriteError(path: source, reason: "cannot read \(name): \(ArchiveMessage.text(reader))") }
            var offset = 0
            while offset < count {
                let written = archive_write_data(writer, buffer.baseAddress.map { $0 + offset }, count - offset)
                guard written > 0 else { throw BagWriteError(path: output, reason: "cannot write \(name): \(text(writer))") }
                offset += written
            }
        }
    }

    /// Adds a folder (`bytes` nil, name ends with `/`) or a file.
    private static func add(_ writer: OpaquePointer, _ name: String, bytes: [UInt8]?, time: time_t, output: String) throws(BagWriteError) {
        guard let entry = archive_entry_new() else { throw BagWriteError(path: output, reason: "out of memory") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, name)
        archive_entry_set_size(entry, Int64(bytes?.count ?? 0))
        archive_entry_set_filetype(entry, bytes == nil ? 0o040000 : 0o100000)
        archive_entry_set_perm(entry, bytes == nil ? 0o755 : 0o644)
        archive_entry_set_mtime(entry, time, 0)
        try check(writer, archive_write_header(writer, entry), output, "add \(name)")
        if let bytes, !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { archive_write_data(writer, $0.baseAddress, $0.count) }
            guard written == bytes.count else { throw BagWriteError(path: output, reason: "cannot write \(name): \(text(writer))") }
        }
        try check(writer, archive_write_finish_entry(writer), output, "finish \(name)")
    }

    private static func text(_ handle: OpaquePointer) -> String { ArchiveMessage.text(handle, systemReason: true) }

    private static func check(_ handle: OpaquePointer, _ status: Int32, _ path: String, _ action: String) throws(BagWriteError) {
        guard status < ARCHIVE_WARN else { return }
        throw BagWriteError(path: path, reason: "could not \(action): \(text(handle))")
    }
}
