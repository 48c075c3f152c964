internal import CArchive
internal import Dispatch

/// Decides, for `--compression auto`, whether a file is worth deflating: its first ``sampleSize`` bytes are
/// deflated (level 1, the fastest, by libarchive's own ZIP writer into memory, so no second compression library) and the file is deflated only when that sample shrinks to at most
/// ``keptFraction`` of its size, that is by at least 10 %. Images, archives, Parquet and random data do not
/// shrink that much and are stored: deflating them costs many times the hashing and saves (almost) nothing.
enum CompressionProbe {
    /// Bytes sampled from the start of each file.
    static let sampleSize = 16 << 10
    /// The most a sample may keep of its size, deflated, for its file to be deflated.
    static let keptFraction = 0.9

    /// The method for each file of `sources`, probed in parallel on all cores. A file that cannot be read is
    /// deflated (the write that follows reports the read error).
    static func methods(for sources: [String]) -> [ZipWriter.Compression] {
        guard !sources.isEmpty else { return [] }
        let results = UnsafeMutableBufferPointer<ZipWriter.Compression>.allocate(capacity: sources.count)
        results.initialize(repeating: .deflate)
        defer { results.deallocate() }
        // Each iteration writes only its own slot, so sharing the buffer across threads is safe.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            guard let sample = try? FileReader.prefix(sources[index], limit: sampleSize) else { return }
            slots[index] = sample.withUnsafeBytes(method(for:))
        }
        return Array(results)
    }

    /// `.deflate` when the bytes deflate to at most ``keptFraction`` of their size (an empty sample too).
    static func method(for sample: UnsafeRawBufferPointer) -> ZipWriter.Compression {
        guard let input = sample.baseAddress, !sample.isEmpty, let compressed = deflatedSize(input, count: sample.count)
        else { return .deflate }
        return Double(compressed) <= Double(sample.count) * keptFraction ? .deflate : .store
    }

    /// The bytes one deflated ZIP entry holding `count` bytes takes beyond its local header (the compressed data
    /// and the data descriptor), or nil when libarchive fails.
    private static func deflatedSize(_ input: UnsafeRawPointer, count: Int) -> Int? {
        guard let archive = archive_write_new() else { return nil }
        defer { archive_write_free(archive) }
        // Deflate never grows data by more than a few bytes per 16 KiB block; the headers take well under 4 KiB.
        let capacity = count + count / 8 + 4096
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var used = 0
        guard archive_write_set_format_zip(archive) == ARCHIVE_OK,
            archive_write_zip_set_compression_deflate(archive) == ARCHIVE_OK,
            archive_write_set_options(archive, "zip:compression-level=1") == ARCHIVE_OK,
            archive_write_set_bytes_per_block(archive, 0) == ARCHIVE_OK,
            archive_write_open_memory(archive, buffer, capacity, &used) == ARCHIVE_OK,
            let entry = archive_entry_new()
        else { return nil }
        defer { archive_entry_free(entry) }
        archive_entry_set_pathname(entry, "probe")
        archive_entry_set_size(entry, Int64(count))
        archive_entry_set_filetype(entry, 0o100000)  // a regular file (AE_IFREG)
        archive_entry_set_perm(entry, 0o644)
        guard archive_write_header(archive, entry) == ARCHIVE_OK else { return nil }
        let header = used
        guard archive_write_data(archive, input, count) == count, archive_write_finish_entry(archive) == ARCHIVE_OK
        else { return nil }
        return used - header
    }
}
