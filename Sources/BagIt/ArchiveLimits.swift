/// Bounds for reading untrusted archives: total size, entry count, expansion ratio (zip bombs), and the length and
/// depth of entry names.
public struct ArchiveLimits: Sendable {
    /// Most uncompressed bytes in total.
    public var maxSize: Int64
    /// Most entries.
    public var maxFiles: Int
    /// Most uncompressed bytes per byte of archive, once past `ratioFloor` bytes.
    public var maxRatio: Int64
    /// Expansion below this many bytes is never called a bomb (tiny, very compressible files are normal).
    public var ratioFloor: Int64
    /// Longest entry name, in UTF-8 bytes (Linux's PATH_MAX: a longer name cannot be extracted anyway).
    public var maxNameLength: Int
    /// Most `/`-separated components in an entry name.
    public var maxNameDepth: Int

    /// Generous but finite defaults: 64 GiB, 1,000,000 entries, 100:1 past 100 MiB, names of 4,096 bytes and
    /// 256 levels.
    public init(
        maxSize: Int64 = 64 << 30, maxFiles: Int = 1_000_000, maxRatio: Int64 = 100, ratioFloor: Int64 = 100 << 20,
        maxNameLength: Int = 4096, maxNameDepth: Int = 256
    ) {
        self.maxSize = maxSize
        self.maxFiles = maxFiles
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxNameLength = maxNameLength
        self.maxNameDepth = maxNameDepth
    }

    /// The most bytes an archive of `archiveSize` bytes may expand to: the size limit, or the ratio limit
    /// once past the floor, whichever is smaller.
    public func expansionBudget(archiveSize: Int64) -> Int64 {
        let byRatio = max(ratioFloor, max(archiveSize, 1).multipliedReportingOverflow(by: maxRatio).partialValue)
        return min(maxSize, byRatio)
    }

    /// Why an archive of `archiveSize` bytes stopped at its expansion budget, in words.
    public func budgetReason(archiveSize: Int64) -> String {
        expansionBudget(archiveSize: archiveSize) < maxSize
            ? "the archive expands more than \(maxRatio) times its size (a zip bomb?)"
            : "the archive expands past the limit of \(maxSize) bytes"
    }

    /// Whether `expanded` bytes from an archive of `archiveSize` bytes is a bomb.
    public func exceedsRatio(expanded: Int64, archiveSize: Int64) -> Bool {
        expanded > ratioFloor && expanded / max(archiveSize, 1) > maxRatio
    }
}
