internal import CArchive

/// Writes a ZIP file entry by entry through libarchive. Owns one `archive *`; confined to one task.
///
/// Entries get fixed times and modes and no owner names, so the same input gives the same bytes.
final class ZipWriter {
    /// How entry data is stored.
    enum Compression: String, Sendable {
        case store
        case deflate
    }

    /// The Deflate level: 5. On log text it takes about a quarter less time than 6 (the default of Info-ZIP `zip`
    /// and of zlib) for a ZIP about 2 % larger; level 4 saves a little more time for about 9 % more bytes, and
    /// level 1 is about 2.5× as fast but about 28 % larger (bench/RESULTS.md, issue #15).
    static let deflateLevel = 5

    private let handle: OpaquePointer
    private let path: String
    private var closed = false

    /// Creates (or truncates) the ZIP file at `path`.
    init(path: String, compression: Compression) throws(BagWriteError) {
        ZipReader.useUTF8Locale()
        guard let handle = archive_write_new() else { throw BagWriteError(path: path, reason: "out of memory") }
        self.handle = handle
        self.path = path
        try check(archive_write_set_format_zip(handle), "select the ZIP format")
        // Set, not left to zlib's default (6), so the level `zip` is measured at against `zip -r` is a choice
        // (issue #15). Only possible before the archive is opened, and it selects Deflate too, so the method is
        // chosen after it.
        try check(archive_write_set_options(handle, "zip:compression-level=\(Self.deflateLevel)"), "select the Deflate level")
        try use(compression)
        // No 10 KiB blocking: each chunk goes to the file in one write (a 1 MiB chunk was 103 write calls).
        try check(archive_write_set_bytes_per_block(handle, 0), "write unblocked")
        try check(archive_write_set_options(handle, "zip:hdrcharset=UTF-8"), "select UTF-8 names")
        try check(archive_write_open_filename(handle, path), "open the output file")
    }

    deinit {
        if !closed { archive_write_close(handle) }
        archive_write_free(handle)
    }

    /// Adds a folder entry (`name` ends with `/`).
    func addDirectory(_ name: String, modified: Int) throws(BagWriteError) {
        try header(name, size: 0, type: 0o040000, permissions: 0o755, modified: modified)
        try check(archive_write_finish_entry(handle), "finish \(name)")
    }

    /// Sets how the entries added from now on are stored.
    func use(_ compression: Compression) throws(BagWriteError) {
        switch compression {
        case .store: try check(archive_write_zip_set_compression_store(handle), "select Stored entries")
        case .deflate: try check(archive_write_zip_set_compression_deflate(handle), "select Deflate entries")
        }
    }

    /// Adds a file whose bytes `body` writes through the function it is given.
    func addFile(
        _ name: String,
        size: Int64,
        modified: Int,
        _ body: ((UnsafeRawBufferPointer) throws(BagWriteError) -> Void) throws(BagWriteError) -> Void
    ) throws(BagWriteError) {
        try header(name, size: size, type: 0o100000, permissions: 0o644, modified: modified)
        try body { (chunk: UnsafeRawBufferPointer) throws(BagWriteError) in
            var offset = 0
            while offset < chunk.count {
                let written = archive_write_data(handle, chunk.baseAddress.map { $0 + offset }, chunk.count - offset)
                guard written > 0 else {
                    throw BagWriteError(path: path, reason: "cannot write \(name): \(errorText)")
                }
                offset += written
            }
        }
        try check(archive_write_finish_entry(handle), "finish \(name)")
    }

    /// Adds a small file from memory.
    func addFile(_ name: String, bytes: [UInt8], modified: Int) throws(BagWriteError) {
        try addFile(name, size: Int64(bytes.count), modified: modified) { (write) throws(BagWriteError) in
            var failure: BagWriteError?
            bytes.withUnsafeBytes { buffer in
                do throws(BagWriteError) { try write(buffer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Writes the central directory, closes the file and flushes it to disk.
    func close() throws(BagWriteError) {
        closed = true
        try check(archive_write_close(handle), "finish the archive")
        try FileWriter.flush(path)
    }

    private func header(_ name: String, size: Int64, type: UInt32, permissions: UInt32, modified: Int) throws(BagWriteError) {
        guard let entry = archive_entry_new() else { throw BagWriteError(path: path, reason: "out of memory") }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname_utf8(entry, name)
        archive_entry_set_size(entry, size)
        archive_entry_set_filetype(entry, type)
        archive_entry_set_perm(entry, mode_t(permissions))
        archive_entry_set_mtime(entry, time_t(modified), 0)
        try check(archive_write_header(handle, entry), "add \(name)")
    }

    private var errorText: String { ArchiveMessage.text(handle, systemReason: true) }

    private func check(_ status: Int32, _ action: String) throws(BagWriteError) {
        // OK and WARN are usable results; FAILED and FATAL are failures.
        guard status < ARCHIVE_WARN else { return }
        throw BagWriteError(path: path, reason: "could not \(action): \(errorText)")
    }
}

/// Writing a bag or ZIP failed.
public struct BagWriteError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: String
    /// What the user can do, when the reason does not say it (a front end phrases it).
    public var remedy: Remedy?

    /// What the user can do about a write failure.
    public enum Remedy: Sendable, Equatable {
        /// Rename the file, or write the bag as a folder (which can hold any name) instead of a ZIP.
        case renameOrWriteBagFolder
    }

    /// Creates an error.
    public init(path: String, reason: String, remedy: Remedy? = nil) {
        self.path = path
        self.reason = reason
        self.remedy = remedy
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
