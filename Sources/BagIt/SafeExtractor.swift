#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Unpacks an untrusted ZIP into a new folder, or into nothing at all.
///
/// The archive's central directory must first match its local headers one to one (``ZipDirectory``). Every
/// entry is checked before it is written: no absolute paths, `..`, backslashes or drive letters; no
/// links or devices; no encrypted entries; no names that collide after case or Unicode folding; total size,
/// file count and expansion ratio within limits. Files are written into a temporary sibling folder that is
/// renamed to the target only when everything succeeded; on any problem it is removed.
public struct SafeExtractor: Sendable {
    /// The limits.
    public var limits: ArchiveLimits

    /// Creates an extractor.
    public init(limits: ArchiveLimits = ArchiveLimits()) {
        self.limits = limits
    }

    /// What was extracted.
    public struct Result: Sendable {
        /// Files written.
        public var files: Int
        /// Bytes written.
        public var bytes: Int64
    }

    /// Extracts `archive` into `target`, which must not exist yet.
    ///
    /// - Parameter progress: told of every chunk written and every entry done, for a progress bar (totals from the
    ///   central directory, which a hostile archive controls: they are for display only, never trusted).
    /// - Throws: the first ``BagProblem`` (unsafe entry, limit) or a ``BagWriteError``; nothing is left behind.
    public func extract(_ archive: String, to target: String, progress: ((BagProgress) -> Void)? = nil) throws -> Result {
        var info = stat()
        if lstat(target, &info) == 0 {
            throw BagWriteError(path: target, reason: "already exists; extract into a new folder")
        }
        let trimmed = target.hasSuffix("/") ? String(target.dropLast()) : target
        let temporary = TemporaryName.beside(trimmed)
        try FileWriter.makeDirectories(temporary)
        do {
            let result = try extractEntries(archive, into: temporary, shownAs: trimmed, progress: progress)
            guard rename(temporary, trimmed) == 0 else {
                throw BagWriteError(path: target, reason: String(cString: strerror(errno)))
            }
            return result
        } catch {
            FileWriter.removeTree(temporary)
            throw error
        }
    }

    /// Extracts every entry into `folder` (the temporary folder); write failures name `displayRoot` (the target).
    private func extractEntries(
        _ archive: String, into folder: String, shownAs displayRoot: String, progress: ((BagProgress) -> Void)?
    ) throws -> Result {
        let directory = try ZipDirectory(path: archive, limits: limits)
        var done = BagProgress(
            files: 0, totalFiles: directory.entries.count, bytes: 0,
            totalBytes: directory.entries.map { Int64(clamping: $0.size) }.saturatingSum
        )
        let reader = try ZipReader(path: archive)
        let archiveSize = FileReader.size(of: archive)
        var paths = EntryPaths()
        var result = Result(files: 0, bytes: 0)
        var count = 0
        while let header = try reader.next() {
            count += 1
            let name = header.name
            if count > limits.maxFiles {
                throw BagProblem(.zipLimit, file: name, "the archive has more than \(limits.maxFiles) entries")
            }
            if let reason = EntryName.problem(name) {
                throw BagProblem(.zipUnsafePath, file: name, "the entry `\(name)` has \(reason)")
            }
            if header.isHardLink || header.kind == .symlink || header.kind == .other {
                throw BagProblem(.zipLinkOrDevice, file: name, "the entry `\(name)` is a link or special file")
            }
            if header.isEncrypted {
                throw BagProblem(.zipEncrypted, file: name, "the entry `\(name)` is encrypted")
            }
            if let clash = paths.add(name, isDirectory: header.kind == .directory) {
                throw BagProblem(.zipDuplicateName, file: name, "the entry `\(name)` \(clash)")
            }
            let path = folder + "/" + (name.hasSuffix("/") ? String(name.dropLast()) : name)
            if header.kind == .directory {
                try FileWriter.makeDirectories(path)
                done.files = count
                progress?(done)
                continue
            }
            if let slash = path.lastIndex(of: "/") { try FileWriter.makeDirectories(String(path[..<slash])) }
            // The budget covers the size and the expansion-ratio limits, so a bomb stops inside its first entry.
            let budget = limits.expansionBudget(archiveSize: archiveSize) - result.bytes
            var written: Int64 = 0
            var readFailure: BagReadError?
            do {
                try FileWriter.create(path) { (write) throws(BagWriteError) in
                    var writeFailure: BagWriteError?
                    do throws(BagReadError) {
                        written = try reader.read(limit: budget) { (chunk: UnsafeRawBufferPointer) throws(BagReadError) in
                            if let progress {
                                done.bytes += Int64(chunk.count)
                                progress(done)
                            }
                            do throws(BagWriteError) { try write(chunk) } catch {
                                writeFailure = error
                                throw BagReadError(path: name, reason: error.reason)
                            }
                        }
                    } catch {
                        if let writeFailure { throw writeFailure }
                        readFailure = error
                        throw BagWriteError(path: name, reason: error.reason)
                    }
                }
            } catch {
                // A failure of the archive (corrupt, truncated, over a limit) is the input's; the rest is the disk's,
                // reported at the entry's final place.
                if let readFailure {
                    if readFailure.isLimit { throw BagProblem(.zipLimit, file: name, limits.budgetReason(archiveSize: archiveSize)) }
                    throw BagReadError(path: name, reason: readFailure.reason)
                }
                throw BagWriteError(path: displayRoot + "/" + name, reason: error.reason)
            }
            result.bytes += written
            result.files += 1
            done.files = count
            progress?(done)
            if limits.exceedsRatio(expanded: result.bytes, archiveSize: archiveSize) {
                throw BagProblem(.zipLimit, file: name, "the archive expands more than \(limits.maxRatio) times its size (a zip bomb?)")
            }
        }
        try directory.confirm(listed: count)
        return result
    }
}
