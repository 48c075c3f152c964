extension ZipBagSource {
    /// Decides whether an entry may be read, recording why not.
    mutating func admit(_ header: ZipReader.Header, paths: inout EntryPaths) throws(BagReadError) -> Bool {
        let name = header.name
        if !header.nameIsUTF8 {
            problems.append(BagProblem(.zipMethod, file: name, "the entry name `\(name)` is not UTF-8"))
        }
        if let reason = EntryName.problem(name) {
            problems.append(BagProblem(.zipUnsafePath, file: name, "the entry `\(name)` has \(reason); it was not read"))
            return false
        }
        if header.isHardLink || header.kind == .symlink || header.kind == .other {
            let what = header.isHardLink ? "a hard link" : header.kind == .symlink ? "a symbolic link" : "a device or special file"
            problems.append(BagProblem(.zipLinkOrDevice, file: name, "the entry `\(name)` is \(what); it was not read"))
            return false
        }
        if header.isEncrypted {
            problems.append(BagProblem(.zipEncrypted, file: name, "the entry `\(name)` is encrypted; it was not read"))
            return false
        }
        if header.kind == .file, !header.formatName.isEmpty,
            !(header.formatName.contains("deflation") || header.formatName.contains("uncompressed"))
        {
            problems.append(
                BagProblem(.zipMethod, file: name, "the entry `\(name)` uses \(header.formatName); only Stored and Deflate are allowed"))
        }
        if let clash = paths.add(name, isDirectory: header.kind == .directory) {
            problems.append(BagProblem(.zipDuplicateName, file: name, "the entry `\(name)` \(clash); it was not read"))
            return false
        }
        return true
    }

    /// Finds the bag folder and makes every entry relative to it.
    mutating func locateBag(_ raw: [(String, BagEntry)]) {
        let names = Set(raw.map(\.0))
        let tops = Set(raw.compactMap { $0.0.split(separator: "/").first.map(String.init) })
        let archive = path.lastPathComponentPortable
        if names.contains("bagit.txt") {
            bagPrefix = ""
            problems.append(
                BagProblem(
                    .zipTopLevel, file: archive,
                    "the bag is at the root of the archive; the Five Safes layout is one top-level folder holding the bag"))
        } else {
            let bags = tops.filter { names.contains($0 + "/bagit.txt") }.sorted()
            if let bag = bags.first {
                bagPrefix = bag + "/"
                if tops.count > 1 {
                    problems.append(
                        BagProblem(
                            .zipTopLevel, file: archive,
                            "the archive has \(tops.count) top-level entries (\(tops.sorted().joined(separator: ", "))); it must hold exactly one, the bag folder"
                        ))
                }
            } else {
                bagPrefix = tops.count == 1 ? (tops.first ?? "") + "/" : ""
                problems.append(
                    BagProblem(.zipTopLevel, file: archive, "no bagit.txt at the top of the archive or in a single top-level folder"))
            }
        }
        entries = raw.compactMap { name, entry in
            guard name.hasPrefix(bagPrefix), name.count > bagPrefix.count else { return nil }
            var relative = entry
            relative.path = String(name.dropFirst(bagPrefix.count))
            return relative
        }
        entries.sort { $0.path < $1.path }
    }

    /// Reads a whole small file of the bag.
    public func contents(of path: String, limit: Int) throws(BagReadError) -> [UInt8] {
        if let bytes = kept[bagPrefix + path], bytes.count <= limit { return bytes }
        var found: [UInt8]?
        try stream(names: [bagPrefix + path]) { (_, reader) throws(BagReadError) in
            var bytes: [UInt8] = []
            try reader.read(limit: Int64(limit)) { bytes.append(contentsOf: $0) }
            found = bytes
        }
        guard let found else { throw BagReadError(path: path, reason: "not in the archive") }
        return found
    }

    /// Digests from the first pass (SHA-512), or a second streaming pass for other algorithms.
    public func digests(_ request: [String: Set<DigestAlgorithm>]) throws(BagReadError) -> [String: [DigestAlgorithm: String]] {
        var result: [String: [DigestAlgorithm: String]] = [:]
        var missing: [String: Set<DigestAlgorithm>] = [:]
        for (path, algorithms) in request {
            if algorithms == [.sha512], let digest = sha512[bagPrefix + path] {
                result[path] = [.sha512: digest]
            } else {
                missing[bagPrefix + path] = algorithms
            }
        }
        guard !missing.isEmpty else { return result }
        let prefixLength = bagPrefix.count
        try stream(names: Set(missing.keys)) { (name, reader) throws(BagReadError) in
            var hasher = MultiHasher(missing[name] ?? [])
            try reader.read(limit: limits.maxSize) { hasher.update($0) }
            result[String(name.dropFirst(prefixLength))] = hasher.finalize()
        }
        return result
    }

    /// One more pass over the archive, calling `body` for each wanted, readable file entry.
    private func stream(names: Set<String>, _ body: (String, ZipReader) throws(BagReadError) -> Void) throws(BagReadError) {
        let reader = try ZipReader(path: path)
        var remaining = names
        while !remaining.isEmpty, let header = try reader.next() {
            if header.kind == .file, remaining.remove(header.name) != nil, EntryName.problem(header.name) == nil,
                !header.isEncrypted
            {
                try body(header.name, reader)
            } else {
                try reader.skip()
            }
        }
    }

    /// The bytes kept from the first pass for a bag-relative path.
    public func keptBytes(_ path: String) -> [UInt8]? { kept[bagPrefix + path] }
}

extension String {
    /// The last `/`-separated component.
    var lastPathComponentPortable: String {
        split(separator: "/").last.map(String.init) ?? self
    }
}
