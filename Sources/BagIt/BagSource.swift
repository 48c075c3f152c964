/// A bag to verify, wherever it lives (a folder, a ZIP read in place).
///
/// Paths are relative to the bag's base directory, with `/` separators (`data/ro-crate-metadata.json`).
public protocol BagSource: Sendable {
    /// Every entry of the bag.
    var entries: [BagEntry] { get }

    /// Reads a whole small file (tag files, the crate metadata), refusing files over `limit` bytes.
    func contents(of path: String, limit: Int) throws(BagReadError) -> [UInt8]

    /// Computes digests of files, each file read once.
    ///
    /// - Parameter request: path → algorithms wanted for it.
    /// - Returns: path → algorithm → hex digest, for every file that could be read.
    func digests(_ request: [String: Set<DigestAlgorithm>]) throws(BagReadError) -> [String: [DigestAlgorithm: String]]
}

/// One entry of a bag.
public struct BagEntry: Sendable, Hashable {
    /// What kind of file system object it is.
    public enum Kind: Sendable, Hashable {
        case file
        case directory
        case symlink
        case other
    }

    /// Path relative to the bag.
    public var path: String
    /// Size in bytes (files).
    public var size: Int64
    /// Kind.
    public var kind: Kind

    /// Creates an entry.
    public init(path: String, size: Int64, kind: Kind) {
        self.path = path
        self.size = size
        self.kind = kind
    }
}

/// A bag file could not be read.
public struct BagReadError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: String
    /// True when reading stopped because a size limit was reached (a zip bomb guard), not because of damage.
    public var isLimit: Bool

    /// Creates an error.
    public init(path: String, reason: String, isLimit: Bool = false) {
        self.path = path
        self.reason = reason
        self.isLimit = isLimit
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
