/// A bag inside a ZIP, read in place: one streaming pass lists every entry, checks names and limits,
/// keeps the small files rules need, and hashes every file with SHA-512 as it goes.
public struct ZipBagSource: BagSource {
    /// The archive file.
    public let path: String
    /// The bag's folder inside the archive (`example-request/`), or "" when the bag is at the root.
    public internal(set) var bagPrefix = ""
    /// Entries relative to the bag folder.
    public internal(set) var entries: [BagEntry] = []
    /// Archive-level problems (layout, names, links, methods, limits).
    public internal(set) var problems: [BagProblem] = []
    /// True when reading stopped early (a limit or damage); the listing is then incomplete.
    public internal(set) var isTruncated = false
    /// Bytes expanded while reading.
    public internal(set) var expandedBytes: Int64 = 0

    var kept: [String: [UInt8]] = [:]
    var sha512: [String: String] = [:]
    let limits: ArchiveLimits

    /// Reads the archive once.
    ///
    /// - Parameters:
    ///   - path: the ZIP file.
    ///   - limits: bounds against hostile archives.
    ///   - hash: compute SHA-512 of every file (false for metadata-only validation).
    ///   - keep: whether to keep a file's bytes (relative to the archive root), with the most bytes to keep.
    ///   - observer: shown every block of the files read (hashed or kept), by archive name, on the reading thread.
    ///   - progress: told of every chunk read and every entry done, for a progress bar (totals from the central
    ///     directory).
    public init(
        path: String, limits: ArchiveLimits = ArchiveLimits(), hash: Bool = true, keep: (String) -> Int? = ZipBagSource.defaultKeep,
        observer: BlockObserver? = nil, progress: ((BagProgress) -> Void)? = nil
    ) throws(BagReadError) {
        self.path = path
        self.limits = limits
        let archiveSize = FileReader.size(of: path)
        // The central directory and the local headers must agree before libarchive's view of them is trusted.
        let directory: ZipDirectory
        do throws(BagProblem) {
            directory = try ZipDirectory(path: path, limits: limits)
        } catch {
            problems.append(error)
            isTruncated = true
            return
        }
        let reader = try ZipReader(path: path)
        var listed = 0
        var raw: [(String, BagEntry)] = []
        var paths = EntryPaths()
        var hashing = HashingWindow(width: 2)
        var done = BagProgress(
            files: 0, totalFiles: directory.entries.count, bytes: 0,
            totalBytes: directory.entries.map { Int64(clamping: $0.size) }.saturatingSum
        )
        do {
            while let header = try reader.next() {
                listed += 1
                if progress != nil {
                    done.files = listed - 1
                    progress?(done)
                }
                if raw.count >= limits.maxFiles {
                    throw BagProblem(.zipLimit, file: header.name, "the archive has more than \(limits.maxFiles) entries")
                }
                guard try admit(header, paths: &paths) else {
                    try reader.skip()
                    continue
                }
                let name = header.kind == .directory && header.name.hasSuffix("/") ? String(header.name.dropLast()) : header.name
                guard header.kind == .file else {
                    raw.append((name, BagEntry(path: name, size: 0, kind: header.kind)))
                    try reader.skip()
                    continue
                }
                if let declared = header.size, ZipBagSource.exceeds(limits.maxSize, expandedBytes, declared) {
                    throw BagProblem(.zipLimit, file: name, "the archive expands past the limit of \(limits.maxSize) bytes")
                }
                let keepLimit = keep(name)
                guard hash || keepLimit != nil else {
                    raw.append((name, BagEntry(path: name, size: max(header.size ?? 0, 0), kind: .file)))
                    try reader.skip()
                    continue
                }
                let hasher = BackgroundHasher(hash ? [.sha512] : [], size: header.size ?? .max)
                let sink = observer?.sink(for: name)
                var bytes: [UInt8] = []
                // Stop inside the entry, not after it: the budget covers both the size and the ratio limit.
                let budget = limits.expansionBudget(archiveSize: archiveSize) - expandedBytes
                let size = try reader.read(limit: budget) { chunk in
                    if hash { hasher.update(chunk) }
                    sink?(chunk)
                    if let progress {
                        done.bytes += Int64(chunk.count)
                        progress(done)
                    }
                    if let keepLimit, bytes.count < keepLimit { bytes.append(contentsOf: chunk.prefix(keepLimit - bytes.count)) }
                }
                sink?(nil)
                expandedBytes += size
                if limits.exceedsRatio(expanded: expandedBytes, archiveSize: archiveSize) {
                    throw BagProblem(.zipLimit, file: name, "the archive expands more than \(limits.maxRatio) times its size (a zip bomb?)")
                }
                if hash {
                    for (path, digest) in hashing.add(name, hasher) { sha512[path] = digest }
                }
                if keepLimit != nil { kept[name] = bytes }
                raw.append((name, BagEntry(path: name, size: size, kind: .file)))
            }
            try directory.confirm(listed: listed)
            done.files = listed
            progress?(done)
        } catch let problem as BagProblem {
            problems.append(problem)
            isTruncated = true
        } catch let error as BagReadError where error.isLimit {
            problems.append(
                BagProblem(.zipLimit, file: (path as String).lastPathComponentPortable, limits.budgetReason(archiveSize: archiveSize)))
            isTruncated = true
        } catch let error as BagReadError {
            problems.append(BagProblem(.zipUnreadable, file: (path as String).lastPathComponentPortable, error.reason))
            isTruncated = true
        } catch {
            isTruncated = true
        }
        for (path, digest) in hashing.finish() { sha512[path] = digest }
        locateBag(raw)
    }

    /// Whether `expanded + declared` bytes pass `limit`, overflow included (a declared size is the archive's word).
    static func exceeds(_ limit: Int64, _ expanded: Int64, _ declared: Int64) -> Bool {
        let (total, overflow) = expanded.addingReportingOverflow(declared)
        return overflow || total > limit
    }

    /// Keeps tag files at the top two levels (up to 64 MiB) and the crate's metadata (up to 1 GiB) and preview.
    public static func defaultKeep(_ name: String) -> Int? {
        let parts = name.split(separator: "/")
        if parts.count <= 2, name.hasSuffix(".txt") { return BagVerifier.tagFileLimit }
        if parts.count <= 3, name.hasSuffix("data/ro-crate-metadata.json") || name == "ro-crate-metadata.json" { return 1 << 30 }
        if parts.count <= 3, name.hasSuffix("ro-crate-preview.html") { return 1 << 20 }
        return nil
    }
}
