extension BagPackager {
    /// Writes an existing bag folder's files, byte for byte, as `<bagName>/…` into a new ZIP at `output` (the caller
    /// renames it into place). Nothing is added, left out or recomputed: tag files, manifests and signatures travel
    /// as they are, so a signed bag stays signed. Entries are sorted and get the options' time and fixed modes.
    ///
    /// - Parameter files: every file of the bag, `path` relative to the bag folder (`bagit.txt`, `data/a.txt`).
    /// - Returns: the files and bytes written.
    /// - Throws: ``BagWriteError`` when a file cannot be read, changes while it is copied, or the archive cannot
    ///   be written.
    public func writeZip(existingBag files: [PayloadFile], bagName: String, to output: String) throws(BagWriteError) -> (
        files: Int, bytes: Int64
    ) {
        let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        if let unsafe = sorted.first(where: { EntryName.problem($0.path) != nil }) {
            throw BagWriteError(
                path: unsafe.source,
                reason:
                    "its name has \(EntryName.problem(unsafe.path) ?? "a character") that ZIP readers refuse; rename it and refresh the bag"
            )
        }
        let writer = try ZipWriter(path: output, compression: options.compression == .store ? .store : .deflate)
        let time = options.modified
        let bag = bagName + "/"
        try writer.addDirectory(bag, modified: time)
        var written = Set<String>()
        var bytes: Int64 = 0
        for file in sorted {
            for folder in Self.parentFolders(of: file.path) where written.insert(folder).inserted {
                try writer.addDirectory(bag + folder + "/", modified: time)
            }
            try Self.add(file, as: bag + file.path, to: writer, modified: time)
            bytes += file.size
        }
        try writer.close()
        return (sorted.count, bytes)
    }
}
