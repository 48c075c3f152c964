/// Bounds for reading untrusted archives: total size, entry count, and expansion ratio (zip bombs).
public struct ArchiveLimits: Sendable {
    /// Most uncompressed bytes in total.
    public var maxSize: Int64
    /// Most entries.
    public var maxFiles: Int
    /// Most uncompressed bytes per byte of archive, once past `ratioFloor` bytes.
    public var maxRatio: Int64
    /// Expansion below this many bytes is never called a bomb (tiny, very compressible files are normal).
    public var ratioFloor: Int64

    /// Generous but finite defaults: 64 GiB, 1,000,000 entries, 200:1 past 100 MiB.
    public init(maxSize: Int64 = 64 << 30, maxFiles: Int = 1_000_000, maxRatio: Int64 = 200, ratioFloor: Int64 = 100 << 20) {
        self.maxSize = maxSize
        self.maxFiles = maxFiles
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    /// Whether `expanded` bytes from an archive of `archiveSize` bytes is a bomb.
    public func exceedsRatio(expanded: Int64, archiveSize: Int64) -> Bool {
        expanded > ratioFloor && expanded / max(archiveSize, 1) > maxRatio
    }
}
