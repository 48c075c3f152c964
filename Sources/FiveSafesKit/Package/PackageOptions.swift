internal import BagIt

/// Everything `zip` can be told, independent of the command line.
public struct PackageOptions: Sendable {
    /// ZIP entry compression.
    public var compression = Compression.auto
    /// Files hashed at once (directory bags and `--refresh`).
    public var jobs: Int?
    /// `External-Identifier`; nil makes a fresh `urn:uuid:`.
    public var externalIdentifier: String?
    /// Extra `bag-info.txt` fields, in order.
    public var bagInfo: [(label: String, value: String)] = []
    /// The bag folder's name inside the ZIP; nil uses the crate folder's name.
    public var bagName: String?
    /// Validate the crate first and refuse an invalid one.
    public var validate = true
    /// Replace an existing output, keeping it as `<name>.bak`.
    public var force = false
    /// A fixed time, seconds since 1970, for entries and `Bagging-Date` (reproducible builds; the CLI passes
    /// `SOURCE_DATE_EPOCH`); nil uses now.
    public var sourceDateEpoch: Int?

    /// Default options.
    public init() {}

    /// How ZIP entries are compressed; the raw values are `--compression`'s spellings.
    public enum Compression: String, Sendable, CaseIterable {
        /// Deflate a file only when its first block compresses.
        case auto
        /// Store every file as it is.
        case store
        /// Deflate every file.
        case deflate
    }
}

/// What `zip` produced.
public struct PackageResult: Sendable {
    /// The file or folder written.
    public var output: String
    /// `Payload-Oxum` of the bag.
    public var payloadOxum: String
    /// `External-Identifier` of the bag.
    public var externalIdentifier: String
    /// The replaced output's backup, when `--force` replaced one.
    public var backup: String?
    /// Files in the payload.
    public var files: Int
    /// Bytes in the payload.
    public var bytes: Int64
}

/// Progress of a long operation, for a progress bar.
public struct WorkProgress: Sendable {
    /// Files done.
    public var files: Int
    /// Of how many.
    public var totalFiles: Int
    /// Bytes done.
    public var bytes: Int64
    /// Of how many.
    public var totalBytes: Int64
}

extension WorkProgress {
    /// The same counts as the BagIt module reports them.
    init(_ done: BagProgress) {
        self.init(files: done.files, totalFiles: done.totalFiles, bytes: done.bytes, totalBytes: done.totalBytes)
    }
}

extension PackageOptions.Compression {
    /// The same choice as the BagIt module spells it.
    var bagCompression: BagOptions.Compression {
        switch self {
        case .auto: .auto
        case .store: .store
        case .deflate: .deflate
        }
    }
}
