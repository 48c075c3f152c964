/// One payload file to bag: where it is on disk and where it goes under `data/`.
public struct PayloadFile: Sendable, Hashable {
    /// The file on disk.
    public var source: String
    /// Its path under `data/` (`input1.txt`, `outputs/qa.csv`).
    public var path: String
    /// Its size when listed.
    public var size: Int64

    /// Creates a payload file.
    public init(source: String, path: String, size: Int64) {
        self.source = source
        self.path = path
        self.size = size
    }
}

/// The settings of a bag being written.
public struct BagOptions: Sendable {
    /// How ZIP entries are stored.
    public enum Compression: String, Sendable, CaseIterable {
        case store
        case deflate
        /// Deflate a file only when its first block shrinks by deflate (see `CompressionProbe`), else store it.
        case auto
    }

    /// `External-Identifier`, normally `urn:uuid:<random UUID>`.
    public var externalIdentifier: String
    /// `Bagging-Date`, `YYYY-MM-DD`.
    public var baggingDate: String
    /// Modification time written on every ZIP entry (seconds since 1970).
    public var modified: Int
    /// `Bag-Software-Agent`.
    public var softwareAgent: String
    /// Further `bag-info.txt` fields, in order.
    public var extraInfo: [(label: String, value: String)]
    /// ZIP entry compression.
    public var compression: Compression
    /// Files hashed at once.
    public var jobs: Int

    /// Creates options.
    public init(
        externalIdentifier: String,
        baggingDate: String,
        modified: Int,
        softwareAgent: String,
        extraInfo: [(label: String, value: String)] = [],
        compression: Compression = .auto,
        jobs: Int = 2
    ) {
        self.externalIdentifier = externalIdentifier
        self.baggingDate = baggingDate
        self.modified = modified
        self.softwareAgent = softwareAgent
        self.extraInfo = extraInfo
        self.compression = compression
        self.jobs = jobs
    }

    /// The `bag-info.txt` for a payload.
    func info(oxum: PayloadOxum) -> BagInfo {
        BagInfo(
            fields: [
                ("Bag-Software-Agent", softwareAgent),
                ("Bagging-Date", baggingDate),
                ("External-Identifier", externalIdentifier),
                ("Payload-Oxum", oxum.description),
            ] + extraInfo)
    }
}

/// What was written.
public struct BagSummary: Sendable {
    /// The payload manifest.
    public var manifest: Manifest
    /// The tag manifest.
    public var tagManifest: Manifest
    /// `Payload-Oxum`.
    public var oxum: PayloadOxum
    /// The `bag-info.txt` written.
    public var info: BagInfo
}

/// Progress of a long write, for a progress bar.
public struct BagProgress: Sendable {
    /// Files done.
    public var files: Int
    /// Of how many.
    public var totalFiles: Int
    /// Bytes done.
    public var bytes: Int64
    /// Of how many.
    public var totalBytes: Int64
}
