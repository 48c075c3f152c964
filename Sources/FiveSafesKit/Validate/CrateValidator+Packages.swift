internal import BagIt
internal import Foundation
internal import ProfileEngine
internal import ROCrate

extension CrateValidator {
    /// The archive limits validation applies to untrusted ZIPs.
    var archiveLimits: ArchiveLimits {
        ArchiveLimits(maxSize: options.maxArchiveSize, maxFiles: options.maxFiles)
    }

    /// Verifies a bag directory, then loads the crate from its `data/` folder.
    func loadBag(_ root: String) -> Loaded {
        var source = DirectoryBagSource(root: root, maxEntries: options.maxFiles)
        let secrets = scansSecretsWhileHashing ? PayloadSecretCollector() : nil
        source.observer = secrets.map { collector in
            BlockObserver { path in Self.scannedPayloadPath(path, bagPrefix: "").map(collector.sink(for:)) }
        }
        let verification = BagVerifier(checksums: !options.metadataOnly).verify(source)
        var payload = payloadIndex(verification) { path, limit in
            try? FileReaderShim.read(root + "/data/" + path, limit: limit)
        }
        payload.scannedSecrets = secrets?.outcomes ?? [:]
        // Payload files are streamed block by block (the secrets scan of a large log never holds it whole).
        payload.stream = { path, body in FileBlocks.forEach(root + "/data/" + path, body) }
        guard verification.payloadFiles["data/ro-crate-metadata.json"] != nil else {
            return Loaded(crate: nil, payload: payload, diagnostics: [], packageProblems: verification.problems)
        }
        var loaded = read(root + "/data/ro-crate-metadata.json", fileName: "ro-crate-metadata.json", payload: payload)
        loaded.filePrefix = "data/"
        loaded.hasSignatures = source.entries.contains { $0.path.hasPrefix("signatures/") }
        loaded.packageProblems = verification.problems
        loaded.hashedBytes = verification.hashedBytes
        return loaded
    }

    /// Reads a ZIP in place (never extracted), verifies the bag inside, and loads its crate.
    func loadZip(_ path: String) -> Loaded {
        let source: ZipBagSource
        let secrets = scansSecretsWhileHashing ? PayloadSecretCollector() : nil
        do {
            // The bag's folder inside the archive is known only after the pass: every file that may be payload is
            // scanned, and the outcomes are keyed by payload path below.
            let observer = secrets.map { collector in
                BlockObserver { name in Self.scannedPayloadPath(name, bagPrefix: nil).map { _ in collector.sink(for: name) } }
            }
            source = try ZipBagSource(path: path, limits: archiveLimits, hash: !options.metadataOnly, observer: observer)
        } catch {
            let problem = BagProblem(.zipUnreadable, file: (path as NSString).lastPathComponent, error.reason)
            return Loaded(crate: nil, payload: nil, diagnostics: [], packageProblems: [problem])
        }
        if source.isTruncated {
            return Loaded(crate: nil, payload: nil, diagnostics: [], packageProblems: source.problems)
        }
        let verification = BagVerifier(checksums: !options.metadataOnly).verify(source)
        let problems = source.problems + verification.problems
        var payload = payloadIndex(verification) { relative, limit in
            source.keptBytes("data/" + relative).map { Array($0.prefix(limit)) }
        }
        for (name, kind) in secrets?.outcomes ?? [:] {
            if let relative = Self.scannedPayloadPath(name, bagPrefix: source.bagPrefix) { payload.scannedSecrets[relative] = kind }
        }
        guard let bytes = source.keptBytes("data/ro-crate-metadata.json") else {
            return Loaded(crate: nil, payload: payload, diagnostics: [], packageProblems: problems)
        }
        var loaded = parse(bytes, fileName: "ro-crate-metadata.json", payload: options.metadataOnly ? nil : payload)
        loaded.filePrefix = "data/"
        loaded.hasSignatures = source.entries.contains { $0.path.hasPrefix("signatures/") }
        loaded.packageProblems = problems
        loaded.hashedBytes = verification.hashedBytes
        return loaded
    }

    /// Whether the checksum pass over a bag's files also runs the payload secrets scan of 5S-SEC-07 (one read per
    /// file): when checksums are read at all and the rule is not skipped.
    private var scansSecretsWhileHashing: Bool {
        !options.metadataOnly && !options.skip.contains("5S-SEC-07")
    }

    /// The payload path (relative to `data/`) of a bag file the secrets scan looks at, nil for tag files and for
    /// the crate's own metadata and preview (the rule reads their JSON, not their bytes). `bagPrefix` is the bag's
    /// folder in a ZIP (`""` at the root); nil while it is not known yet (any one leading folder).
    static func scannedPayloadPath(_ path: String, bagPrefix: String?) -> String? {
        let inBag: Substring
        if let bagPrefix {
            guard path.hasPrefix(bagPrefix) else { return nil }
            inBag = path.dropFirst(bagPrefix.count)
        } else if path.hasPrefix("data/") {
            inBag = Substring(path)
        } else if let slash = path.firstIndex(of: "/"), path[path.index(after: slash)...].hasPrefix("data/") {
            inBag = path[path.index(after: slash)...]
        } else {
            return nil
        }
        guard inBag.hasPrefix("data/") else { return nil }
        let relative = String(inBag.dropFirst(5))
        return relative == "ro-crate-metadata.json" || relative == "ro-crate-preview.html" || relative.isEmpty ? nil : relative
    }

    /// The crate's payload as rules see it: paths relative to `data/`.
    private func payloadIndex(
        _ verification: BagVerification,
        read: @escaping @Sendable (String, Int) -> [UInt8]?
    ) -> PayloadIndex {
        var files: [String: Int64] = [:]
        for (path, size) in verification.payloadFiles { files[String(path.dropFirst(5))] = size }
        let directories = Set(verification.payloadDirectories.map { String($0.dropFirst(5)) })
        return PayloadIndex(files: files, directories: directories, read: read)
    }
}

/// Reads the start of a file (used for payload files of bag directories).
enum FileReaderShim {
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
        defer { try? handle.close() }
        return Array(try handle.read(upToCount: limit) ?? Data())
    }
}
