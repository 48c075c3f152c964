/// The files and folders present at a crate's root, as the rules see them.
///
/// Built by the input layer from a directory, a bag's `data/` or a ZIP listing, so rules never touch the
/// file system themselves. Paths are relative to the crate root, with `/` separators and no `./`.
public struct PayloadIndex: Sendable {
    /// Regular file path → size in bytes.
    public var files: [String: Int64]
    /// Directory paths, without a trailing slash.
    public var directories: Set<String>
    /// Paths that are symbolic links (never followed).
    public var symlinks: Set<String>
    /// Paths that are neither files, folders nor links: FIFOs, sockets, devices (never opened).
    public var specialFiles: Set<String>
    /// Reads at most `limit` bytes from the start of a payload file; nil when it cannot be read.
    public var read: @Sendable (_ path: String, _ limit: Int) -> [UInt8]?
    /// Reads a whole payload file block by block (bounded memory), handing each block to `body` until it
    /// answers false; false when the file cannot be read. Nil when the source only offers ``read``.
    public var stream: (@Sendable (_ path: String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool)?
    /// Secrets-scan outcomes of payload files another pass already read whole (a bag's checksum pass, issue
    /// #15: one read per file): path → the kind of secret found, or nil for none. Files not listed here are
    /// read again when scanned.
    public var scannedSecrets: [String: String?] = [:]

    /// Creates an index.
    public init(
        files: [String: Int64],
        directories: Set<String>,
        symlinks: Set<String> = [],
        specialFiles: Set<String> = [],
        read: @escaping @Sendable (_ path: String, _ limit: Int) -> [UInt8]? = { _, _ in nil },
        stream: (@Sendable (_ path: String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool)? = nil
    ) {
        self.files = files
        self.directories = directories
        self.symlinks = symlinks
        self.specialFiles = specialFiles
        self.read = read
        self.stream = stream
    }

    /// Hands the bytes of a payload file to `body` block by block until it answers false: through ``stream``
    /// when the source streams, else in one block from ``read``. False when the file cannot be read.
    public func forEachBlock(of path: String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        if let stream { return stream(path, body) }
        guard let bytes = read(path, Int.max) else { return false }
        _ = bytes.withUnsafeBytes(body)
        return true
    }

    /// Total bytes of all files (saturating: sizes from an archive are only its claims).
    public var totalBytes: Int64 {
        files.values.reduce(0) { total, size in
            let (sum, overflow) = total.addingReportingOverflow(size)
            return overflow ? .max : sum
        }
    }
}
