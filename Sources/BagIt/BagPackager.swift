/// Writes a crate as a BagIt 1.0 bag inside a ZIP with one top-level folder, reading every payload byte
/// once: each file is hashed while it is written into the archive, manifests come last.
public struct BagPackager: Sendable {
    /// The bag's settings.
    public var options: BagOptions

    /// Creates a packager.
    public init(options: BagOptions) {
        self.options = options
    }

    /// Writes `<bagName>/…` into a new ZIP at `output` (the caller renames it into place).
    ///
    /// - Throws: ``BagWriteError`` when a file cannot be read or the archive cannot be written.
    public func writeZip(
        payload: [PayloadFile],
        bagName: String,
        to output: String,
        progress: ((BagProgress) -> Void)? = nil
    ) throws(BagWriteError) -> BagSummary {
        let files = payload.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        if let unsafe = files.first(where: { EntryName.problem("data/" + $0.path) != nil }) {
            // Readers (ours included) refuse such names as unsafe; a bag folder can still hold them.
            throw BagWriteError(
                path: unsafe.source,
                reason: "its name has \(EntryName.problem("data/" + unsafe.path) ?? "a character") that ZIP readers refuse",
                remedy: .renameOrWriteBagFolder
            )
        }
        let oxum = PayloadOxum(octets: files.reduce(0) { $0 + $1.size }, count: files.count)
        let info = options.info(oxum: oxum)
        let writer = try ZipWriter(path: output, compression: options.compression == .store ? .store : .deflate)
        // auto: each payload file's method from a deflate of its first block, probed in parallel up front.
        let methods = options.compression == .auto ? CompressionProbe.methods(for: files.map(\.source)) : nil
        let time = options.modified
        let bag = bagName + "/"
        try writer.addDirectory(bag, modified: time)
        try writer.addFile(bag + "bagit.txt", bytes: Array(BagDeclaration.canonical.utf8), modified: time)
        try writer.addFile(bag + "bag-info.txt", bytes: Array(info.text.utf8), modified: time)
        try writer.addDirectory(bag + "data/", modified: time)
        var manifest = Manifest(algorithm: "sha512")
        var written = Set<String>()
        var done = BagProgress(files: 0, totalFiles: files.count, bytes: 0, totalBytes: oxum.octets)
        // Each file is hashed on its own background queue while the next files are copied, so up to `jobs`
        // files are hashed at once on all cores; digests are collected in order as they finish.
        var hashing = HashingWindow(width: max(1, options.jobs))
        for (index, file) in files.enumerated() {
            for folder in Self.parentFolders(of: file.path) where written.insert(folder).inserted {
                try writer.addDirectory(bag + "data/" + folder + "/", modified: time)
            }
            if let methods { try writer.use(methods[index]) }
            let hasher = BackgroundHasher([.sha512], size: file.size)
            try Self.add(file, as: bag + "data/" + file.path, to: writer, modified: time) { hasher.update($0) }
            for (path, digest) in hashing.add("data/" + file.path, hasher) {
                manifest.entries.append(.init(digest: digest, path: path, line: 0))
            }
            done.files += 1
            done.bytes += file.size
            progress?(done)
        }
        for (path, digest) in hashing.finish() {
            manifest.entries.append(.init(digest: digest, path: path, line: 0))
        }
        if methods != nil { try writer.use(.deflate) }  // the tag files are text
        let tagManifest = try writeTagFiles(manifest: manifest, info: info, writer: writer, bag: bag)
        try writer.close()
        return BagSummary(manifest: manifest, tagManifest: tagManifest, oxum: oxum, info: info)
    }

    private func writeTagFiles(manifest: Manifest, info: BagInfo, writer: ZipWriter, bag: String) throws(BagWriteError) -> Manifest {
        let manifestBytes = Array(manifest.text.utf8)
        try writer.addFile(bag + "manifest-sha512.txt", bytes: manifestBytes, modified: options.modified)
        let tagManifest = Self.tagManifest([
            "bag-info.txt": Array(info.text.utf8),
            "bagit.txt": Array(BagDeclaration.canonical.utf8),
            "manifest-sha512.txt": manifestBytes,
        ])
        try writer.addFile(bag + "tagmanifest-sha512.txt", bytes: Array(tagManifest.text.utf8), modified: options.modified)
        return tagManifest
    }

    /// Streams one file into the archive as `name`, showing every chunk to `observe` (a hasher) on the way; a file
    /// that grows or shrinks while it is copied is refused.
    static func add(
        _ file: PayloadFile,
        as name: String,
        to writer: ZipWriter,
        modified: Int,
        observe: (UnsafeRawBufferPointer) -> Void = { _ in }
    ) throws(BagWriteError) {
        var copied: Int64 = 0
        try writer.addFile(name, size: file.size, modified: modified) { (write) throws(BagWriteError) in
            do throws(BagReadError) {
                try FileReader.stream(file.source) { (chunk: UnsafeRawBufferPointer) throws(BagReadError) in
                    observe(chunk)
                    copied += Int64(chunk.count)
                    guard copied <= file.size else { throw BagReadError(path: file.source, reason: "grew while it was being zipped") }
                    do throws(BagWriteError) { try write(chunk) } catch { throw BagReadError(path: error.path, reason: error.reason) }
                }
            } catch {
                throw BagWriteError(path: error.path, reason: error.reason)
            }
        }
        guard copied == file.size else { throw BagWriteError(path: file.source, reason: "changed size while it was being zipped") }
    }

    /// The SHA-512 tag manifest of tag files given by name and contents.
    static func tagManifest(_ files: [String: [UInt8]]) -> Manifest {
        var manifest = Manifest(algorithm: "sha512")
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            var hasher = MultiHasher([.sha512])
            hasher.update(bytes)
            manifest.entries.append(.init(digest: hasher.finalize()[.sha512] ?? "", path: name, line: 0))
        }
        return manifest
    }

    /// `a/b/c.txt` → `["a", "a/b"]`.
    static func parentFolders(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[parts.startIndex...$0].joined(separator: "/") }
    }
}
