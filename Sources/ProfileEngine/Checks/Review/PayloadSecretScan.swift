internal import ROCrate

/// The payload part of ``CrateHoldsNoSecrets``: every payload file streamed once through a
/// ``SecretStreamScanner`` (bounded memory, any size, binary files skipped after their first block), files in
/// parallel on all cores, unless a ``PayloadSecretCollector`` already saw the file. Results keep the order of the
/// paths given.
enum PayloadSecretScan {
    /// The first secret kind found in each file (nil: none, binary or unreadable), in the order of `paths`.
    static func kinds(of paths: [String], in payload: PayloadIndex) -> [String?] {
        paths.concurrentMap({ kind(of: $0, in: payload) }, default: nil)
    }

    /// The first secret kind found in one file: the outcome of the scan made while the file was read for its
    /// checksum when there was one, else a scan of its own.
    static func kind(of path: String, in payload: PayloadIndex) -> String? {
        if let known = payload.scannedSecrets[path] { return known }
        var scanner = SecretStreamScanner()
        guard
            payload.forEachBlock(
                of: path,
                { block in
                    scanner.feed(block)
                    return scanner.wantsMore
                })
        else { return nil }
        scanner.finish()
        return scanner.firstKind
    }
}
