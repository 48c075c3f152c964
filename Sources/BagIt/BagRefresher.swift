/// Rewrites a bag folder's manifests after its payload changed (`fivesafes zip --refresh`, the publishing
/// phase): every payload manifest for its own algorithm, `Payload-Oxum`, then every tag manifest, in that order.
public struct BagRefresher: Sendable {
    /// Files hashed at once.
    public var jobs: Int?

    /// Creates a refresher.
    public init(jobs: Int? = nil) {
        self.jobs = jobs
    }

    /// Refreshes the bag at `root`; each file is replaced atomically.
    ///
    /// - Throws: ``BagWriteError`` when the bag cannot be read or written; ``BagProblem`` for a symlink in it.
    public func refresh(_ root: String) throws -> BagSummary {
        let source = DirectoryBagSource(root: root, jobs: jobs)
        if let link = source.entries.first(where: { $0.kind == .symlink || $0.kind == .other }) {
            throw BagProblem(.zipLinkOrDevice, file: link.path, "`\(link.path)` is a link or special file; refusing to hash through it")
        }
        guard source.entries.contains(where: { $0.path == "bagit.txt" }) else {
            throw BagWriteError(path: root, reason: "is not a bag (no bagit.txt)")
        }
        let payload = source.entries.filter { $0.kind == .file && $0.path.hasPrefix("data/") }
        let rootFiles = source.entries.filter { $0.kind == .file && !$0.path.contains("/") }.map(\.path)
        var payloadAlgorithms = Set(
            rootFiles.compactMap { Manifest.algorithm(ofFile: $0, prefix: "manifest") }.compactMap(DigestAlgorithm.init))
        payloadAlgorithms.insert(.sha512)
        let digests = try source.digests(Dictionary(uniqueKeysWithValues: payload.map { ($0.path, payloadAlgorithms) }))
        var sha512 = Manifest(algorithm: "sha512")
        for algorithm in payloadAlgorithms.sorted() {
            var manifest = Manifest(algorithm: algorithm.rawValue)
            manifest.entries = payload.map { .init(digest: digests[$0.path]?[algorithm] ?? "", path: $0.path, line: 0) }
            try FileWriter.replace(root + "/manifest-\(algorithm.rawValue).txt", bytes: Array(manifest.text.utf8))
            if algorithm == .sha512 { sha512 = manifest }
        }
        let oxum = PayloadOxum(octets: payload.reduce(0) { $0 + $1.size }, count: payload.count)
        var info = BagInfo(parsing: (try? source.contents(of: "bag-info.txt", limit: BagVerifier.tagFileLimit)) ?? [])
        info.fields.removeAll { $0.label.lowercased() == "payload-oxum" }
        info.fields.append(("Payload-Oxum", oxum.description))
        try FileWriter.replace(root + "/bag-info.txt", bytes: Array(info.text.utf8))
        let refreshed = DirectoryBagSource(root: root, jobs: jobs)
        let tagFiles = refreshed.entries.filter { entry in
            entry.kind == .file && !entry.path.hasPrefix("data/") && Manifest.algorithm(ofFile: entry.path, prefix: "tagmanifest") == nil
        }.map(\.path)
        var tagAlgorithms = Set(
            rootFiles.compactMap { Manifest.algorithm(ofFile: $0, prefix: "tagmanifest") }.compactMap(DigestAlgorithm.init))
        tagAlgorithms.insert(.sha512)
        let tagDigests = try refreshed.digests(Dictionary(uniqueKeysWithValues: tagFiles.map { ($0, tagAlgorithms) }))
        var tagSHA512 = Manifest(algorithm: "sha512")
        for algorithm in tagAlgorithms.sorted() {
            var manifest = Manifest(algorithm: algorithm.rawValue)
            manifest.entries = tagFiles.map { .init(digest: tagDigests[$0]?[algorithm] ?? "", path: $0, line: 0) }
            try FileWriter.replace(root + "/tagmanifest-\(algorithm.rawValue).txt", bytes: Array(manifest.text.utf8))
            if algorithm == .sha512 { tagSHA512 = manifest }
        }
        return BagSummary(manifest: sha512, tagManifest: tagSHA512, oxum: oxum, info: info)
    }
}
