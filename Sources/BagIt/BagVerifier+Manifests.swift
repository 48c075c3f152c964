extension BagVerifier {
    func readManifests(_ source: some BagSource, files: [String: Int64], into result: inout BagVerification) {
        for path in files.keys.sorted() where !path.contains("/") {
            if let algorithm = Manifest.algorithm(ofFile: path, prefix: "manifest") {
                guard let manifest = readManifest(source, path, algorithm: algorithm, into: &result) else { continue }
                result.payloadManifests[algorithm] = manifest
            } else if let algorithm = Manifest.algorithm(ofFile: path, prefix: "tagmanifest") {
                guard let manifest = readManifest(source, path, algorithm: algorithm, into: &result) else { continue }
                result.tagManifests[algorithm] = manifest
            }
        }
        if result.payloadManifests["sha512"] == nil {
            result.problems.append(BagProblem(.payloadManifestMissing, file: "manifest-sha512.txt", "the bag has no manifest-sha512.txt"))
        }
        if result.tagManifests["sha512"] == nil {
            result.problems.append(BagProblem(.tagManifestMissing, file: "tagmanifest-sha512.txt", "the bag has no tagmanifest-sha512.txt"))
        }
        for (algorithm, manifest) in result.payloadManifests.sorted(by: { $0.key < $1.key }) {
            let file = "manifest-\(algorithm).txt"
            checkEntries(manifest, file: file, files: files, payload: true, into: &result)
            let listed = Set(manifest.entries.map(\.path))
            for path in result.payloadFiles.keys.sorted() where !listed.contains(path) {
                result.problems.append(BagProblem(.fileNotInManifest, file: path, "`\(path)` is in the payload but not in \(file)"))
            }
        }
        for (algorithm, manifest) in result.tagManifests.sorted(by: { $0.key < $1.key }) {
            let file = "tagmanifest-\(algorithm).txt"
            checkEntries(manifest, file: file, files: files, payload: false, into: &result)
            let listed = Set(manifest.entries.map(\.path))
            for payloadManifest in result.payloadManifests.keys.sorted().map({ "manifest-\($0).txt" })
            where !listed.contains(payloadManifest) {
                result.problems.append(
                    BagProblem(.tagManifestIncomplete, file: file, "\(file) does not list the payload manifest \(payloadManifest)"))
            }
        }
    }

    private func readManifest(_ source: some BagSource, _ path: String, algorithm: String, into result: inout BagVerification) -> Manifest?
    {
        do {
            let manifest = Manifest(parsing: try source.contents(of: path, limit: Self.tagFileLimit), algorithm: algorithm, file: path)
            result.problems += manifest.problems
            if DigestAlgorithm(rawValue: algorithm) == nil {
                result.problems.append(
                    BagProblem(
                        .manifestLineMalformed, file: path, "the algorithm `\(algorithm)` is not supported (sha512, sha256, sha1, md5)"))
            }
            return manifest
        } catch {
            result.problems.append(BagProblem(.manifestLineMalformed, file: path, "cannot read \(path): \(error.reason)"))
            return nil
        }
    }

    private func checkEntries(_ manifest: Manifest, file: String, files: [String: Int64], payload: Bool, into result: inout BagVerification)
    {
        var seen = Set<String>()
        for entry in manifest.entries {
            let path = entry.path
            if !seen.insert(path).inserted {
                result.problems.append(BagProblem(.manifestDuplicatePath, file: file, line: entry.line, "`\(path)` is listed twice"))
                continue
            }
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.hasPrefix("/") || components.contains("..") || components.contains(".") || path.contains("\\") {
                result.problems.append(
                    BagProblem(
                        .manifestPathOutsidePayload, file: file, line: entry.line, "`\(path)` is not a plain relative path inside the bag"))
                continue
            }
            if payload && !path.hasPrefix("data/") {
                result.problems.append(
                    BagProblem(
                        .manifestPathOutsidePayload, file: file, line: entry.line,
                        "`\(path)` is outside data/; a payload manifest lists payload files only"))
                continue
            }
            if !payload && path.hasPrefix("data/") {
                result.problems.append(
                    BagProblem(
                        .tagManifestListsPayload, file: file, line: entry.line,
                        "`\(path)` is a payload file; a tag manifest lists tag files only"))
                continue
            }
            if Manifest.algorithm(ofFile: path, prefix: "tagmanifest") != nil {
                result.problems.append(
                    BagProblem(
                        .manifestListsTagManifest, file: file, line: entry.line, "`\(path)` is a tag manifest, which no manifest may list"))
                continue
            }
            if files[path] == nil {
                result.problems.append(
                    BagProblem(.manifestedFileMissing, file: file, line: entry.line, "`\(path)` is listed in \(file) but is not in the bag")
                )
            }
        }
    }

    func compareChecksums(_ source: some BagSource, into result: inout BagVerification) {
        var request: [String: Set<DigestAlgorithm>] = [:]
        let manifests =
            result.payloadManifests.map { ("manifest-\($0.key).txt", $0.value) }
            + result.tagManifests.map { ("tagmanifest-\($0.key).txt", $0.value) }
        let present = Set(source.entries.filter { $0.kind == .file }.map(\.path))
        for (_, manifest) in manifests {
            guard let algorithm = DigestAlgorithm(rawValue: manifest.algorithm) else { continue }
            for entry in manifest.entries where present.contains(entry.path) {
                request[entry.path, default: []].insert(algorithm)
            }
        }
        let digests: [String: [DigestAlgorithm: String]]
        do {
            digests = try source.digests(request)
        } catch {
            result.problems.append(BagProblem(.zipUnreadable, file: error.path, "cannot read \(error.path): \(error.reason)"))
            return
        }
        result.hashedFiles = digests.count
        let sizes = Dictionary(source.entries.map { ($0.path, $0.size) }) { first, _ in first }
        result.hashedBytes = digests.keys.map { sizes[$0] ?? 0 }.saturatingSum
        for (file, manifest) in manifests.sorted(by: { $0.0 < $1.0 }) {
            guard let algorithm = DigestAlgorithm(rawValue: manifest.algorithm) else { continue }
            for entry in manifest.entries where present.contains(entry.path) {
                guard let actual = digests[entry.path]?[algorithm] else {
                    result.problems.append(
                        BagProblem(.zipUnreadable, file: entry.path, "`\(entry.path)` could not be read to check its checksum"))
                    continue
                }
                if actual != entry.digest {
                    result.problems.append(
                        BagProblem(
                            .checksumMismatch, file: file, line: entry.line,
                            "`\(entry.path)` has changed: its \(manifest.algorithm) does not match \(file)"))
                }
            }
        }
    }
}
