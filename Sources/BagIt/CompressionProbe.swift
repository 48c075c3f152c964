internal import CZlib
internal import Dispatch

/// Decides, for `--compression auto`, whether a file is worth deflating: its first ``sampleSize`` bytes are
/// deflated (zlib level 1, the fastest) and the file is deflated only when that sample shrinks to at most
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
        guard let input = sample.baseAddress, !sample.isEmpty else { return .deflate }
        var bound = compressBound(uLong(sample.count))
        let output = UnsafeMutablePointer<Bytef>.allocate(capacity: Int(bound))
        defer { output.deallocate() }
        let status = compress2(output, &bound, input.assumingMemoryBound(to: Bytef.self), uLong(sample.count), 1)
        guard status == Z_OK else { return .deflate }
        return Double(bound) <= Double(sample.count) * keptFraction ? .deflate : .store
    }
}
