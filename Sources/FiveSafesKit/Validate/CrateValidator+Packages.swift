internal import BagIt
internal import Foundation
internal import ROCrate

extension CrateValidator {
    /// The archive limits validation applies to untrusted ZIPs.
    var archiveLimits: ArchiveLimits {
        ArchiveLimits(maxSize: options.maxArchiveSize, maxFiles: options.maxFiles)
    }

    /// Verifies a bag directory, then loads the crate from its `data/` folder.
    func loadBag(_ root: String) -> Loaded {
        let source = DirectoryBagSource(root: root, maxEntries: options.maxFiles)
        let verification = BagVerifier(checksums: !options.metadataOnly).verify(source)
        var payload = payloadIndex(verification) { path, limit in
            try? FileReaderShim.read(root + "/data/" + path, limit: limit)
        }
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
        do {
            source = try ZipBagSource(path: path, limits: archiveLimits, hash: !options.metadataOnly)
        } catch {
            let problem = BagProblem(.zipUnreadable, file: (path as NSString).lastPathComponent, error.reason)
            return Loaded(crate: nil, payload: nil, diagnostics: [], packageProblems: [problem])
        }
        if source.isTruncated {
            return Loaded(crate: nil, payload: nil, diagnostics: [], packageProblems: source.problems)
        }
        let verification = BagVerifier(checksums: !options.metadataOnly).verify(source)
        let problems = source.problems + verification.problems
        let payload = payloadIndex(verification) { relative, limit in
            source.keptBytes("data/" + relative).map { Array($0.prefix(limit)) }
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
