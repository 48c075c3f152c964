/// What verifying a bag found: its parsed tag files, its payload, and every problem.
public struct BagVerification: Sendable {
    /// `bagit.txt`, when present.
    public var declaration: BagDeclaration?
    /// `bag-info.txt`, when present.
    public var info: BagInfo?
    /// Payload manifests by algorithm name.
    public var payloadManifests: [String: Manifest] = [:]
    /// Tag manifests by algorithm name.
    public var tagManifests: [String: Manifest] = [:]
    /// Payload files (paths under `data/`) and their sizes.
    public var payloadFiles: [String: Int64] = [:]
    /// Directories under `data/` (paths without trailing slash).
    public var payloadDirectories: Set<String> = []
    /// Everything wrong, in discovery order.
    public var problems: [BagProblem] = []
    /// Files whose checksums were compared.
    public var hashedFiles = 0
    /// Bytes hashed.
    public var hashedBytes: Int64 = 0

    /// True when no problem was found.
    public var isValid: Bool { problems.isEmpty }
}
