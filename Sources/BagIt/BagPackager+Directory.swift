#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BagPackager {
    /// Writes a bag folder at `target` (which must not exist): payload copied into `data/` and hashed as it is
    /// copied, then the tag files. Written into a temporary sibling and renamed into place at the end.
    public func writeDirectory(
        payload: [PayloadFile],
        to target: String,
        progress: ((BagProgress) -> Void)? = nil
    ) throws(BagWriteError) -> BagSummary {
        var info = stat()
        if lstat(target, &info) == 0 { throw BagWriteError(path: target, reason: "already exists") }
        let trimmed = target.hasSuffix("/") ? String(target.dropLast()) : target
        let temporary = TemporaryName.beside(trimmed)
        do throws(BagWriteError) {
            let summary = try fill(temporary, payload: payload, progress: progress)
            guard rename(temporary, trimmed) == 0 else {
                throw BagWriteError(path: target, reason: String(cString: strerror(errno)))
            }
            return summary
        } catch {
            FileWriter.removeTree(temporary)
            throw error
        }
    }

    private func fill(_ root: String, payload: [PayloadFile], progress: ((BagProgress) -> Void)?) throws(BagWriteError) -> BagSummary {
        let files = payload.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let oxum = PayloadOxum(octets: files.reduce(0) { $0 + $1.size }, count: files.count)
        let bagInfo = options.info(oxum: oxum)
        try FileWriter.makeDirectories(root + "/data")
        var manifest = Manifest(algorithm: "sha512")
        var done = BagProgress(files: 0, totalFiles: files.count, bytes: 0, totalBytes: oxum.octets)
        for file in files {
            let destination = root + "/data/" + file.path
            if let slash = destination.lastIndex(of: "/") { try FileWriter.makeDirectories(String(destination[..<slash])) }
            var hasher = MultiHasher([.sha512])
            var copied: Int64 = 0
            try FileWriter.create(destination) { (write) throws(BagWriteError) in
                do throws(BagReadError) {
                    try FileReader.stream(file.source) { (chunk: UnsafeRawBufferPointer) throws(BagReadError) in
                        hasher.update(chunk)
                        copied += Int64(chunk.count)
                        do throws(BagWriteError) { try write(chunk) } catch { throw BagReadError(path: error.path, reason: error.reason) }
                    }
                } catch {
                    throw BagWriteError(path: error.path, reason: error.reason)
                }
            }
            guard copied == file.size else { throw BagWriteError(path: file.source, reason: "changed size while it was being copied") }
            manifest.entries.append(.init(digest: hasher.finalize()[.sha512] ?? "", path: "data/" + file.path, line: 0))
            done.files += 1
            done.bytes += file.size
            progress?(done)
        }
        let tags: [String: [UInt8]] = [
            "bagit.txt": Array(BagDeclaration.canonical.utf8),
            "bag-info.txt": Array(bagInfo.text.utf8),
            "manifest-sha512.txt": Array(manifest.text.utf8),
        ]
        for (name, bytes) in tags.sorted(by: { $0.key < $1.key }) { try FileWriter.create(root + "/" + name, bytes: bytes) }
        let tagManifest = Self.tagManifest(tags)
        try FileWriter.create(root + "/tagmanifest-sha512.txt", bytes: Array(tagManifest.text.utf8))
        return BagSummary(manifest: manifest, tagManifest: tagManifest, oxum: oxum, info: bagInfo)
    }
}
