/// Checks a bag against RFC 8493 and the Five Safes packaging rules: tag files, manifests, completeness
/// and every checksum.
public struct BagVerifier: Sendable {
    /// Largest tag file read.
    public static let tagFileLimit = 64 << 20

    /// Compare checksums (false: structure only, for `--metadata-only`).
    public var checksums: Bool

    /// Creates a verifier.
    public init(checksums: Bool = true) {
        self.checksums = checksums
    }

    /// Verifies a bag.
    public func verify(_ source: some BagSource) -> BagVerification {
        var result = BagVerification()
        let files = Dictionary(source.entries.filter { $0.kind == .file }.map { ($0.path, $0.size) }) { first, _ in first }
        for entry in source.entries where entry.kind == .symlink || entry.kind == .other {
            let what = entry.kind == .symlink ? "a symbolic link" : "not a regular file or folder"
            result.problems.append(
                BagProblem(.zipLinkOrDevice, file: entry.path, "`\(entry.path)` is \(what); bags must hold regular files only"))
        }
        for (path, size) in files where path.hasPrefix("data/") { result.payloadFiles[path] = size }
        for entry in source.entries where entry.kind == .directory && entry.path.hasPrefix("data/") {
            result.payloadDirectories.insert(entry.path)
        }
        readDeclaration(source, files: files, into: &result)
        readManifests(source, files: files, into: &result)
        readInfo(source, files: files, into: &result)
        if files["data/ro-crate-metadata.json"] == nil {
            result.problems.append(
                BagProblem(
                    .metadataMissing, file: "data/ro-crate-metadata.json",
                    "the bag has no data/ro-crate-metadata.json, so its payload is not an RO-Crate"))
        } else if result.payloadFiles.count < 2 {
            result.problems.append(
                BagProblem(
                    .payloadEmpty, file: "data/",
                    "the payload holds only the metadata file; a request should carry at least one input or data file"))
        }
        if files["fetch.txt"] != nil {
            result.problems.append(
                BagProblem(
                    .fetchPresent, file: "fetch.txt",
                    "the bag lists files to fetch, so it is incomplete until they are downloaded outside the TRE"))
        }
        if checksums { compareChecksums(source, into: &result) }
        return result
    }

    private func readDeclaration(_ source: some BagSource, files: [String: Int64], into result: inout BagVerification) {
        guard files["bagit.txt"] != nil else {
            result.problems.append(BagProblem(.declarationMissing, file: "bagit.txt", "the bag has no bagit.txt"))
            return
        }
        do {
            let declaration = BagDeclaration(parsing: try source.contents(of: "bagit.txt", limit: 4096))
            result.declaration = declaration
            result.problems += declaration.problems
            if let version = declaration.version, version.major < 1 {
                result.problems.append(
                    BagProblem(
                        .versionTooOld, file: "bagit.txt", line: 1, "BagIt version \(declaration.versionText ?? "") is older than 1.0"))
            }
        } catch {
            result.problems.append(BagProblem(.declarationMalformed, file: "bagit.txt", "cannot read bagit.txt: \(error.reason)"))
        }
    }

    private func readInfo(_ source: some BagSource, files: [String: Int64], into result: inout BagVerification) {
        guard files["bag-info.txt"] != nil else {
            result.problems.append(
                BagProblem(.infoMissing, file: "bag-info.txt", "the bag has no bag-info.txt, so it has no External-Identifier"))
            return
        }
        let info: BagInfo
        do {
            info = BagInfo(parsing: try source.contents(of: "bag-info.txt", limit: Self.tagFileLimit))
        } catch {
            result.problems.append(BagProblem(.infoMalformed, file: "bag-info.txt", "cannot read bag-info.txt: \(error.reason)"))
            return
        }
        result.info = info
        result.problems += info.problems
        let identifiers = info.values("External-Identifier")
        if identifiers.isEmpty {
            result.problems.append(BagProblem(.externalIdentifierMissing, file: "bag-info.txt", "bag-info.txt has no External-Identifier"))
        }
        for identifier in identifiers where !Self.isUUIDURN(identifier) {
            result.problems.append(
                BagProblem(
                    .externalIdentifierNotUUID, file: "bag-info.txt", "External-Identifier `\(identifier)` is not a urn:uuid: identifier"))
        }
        for oxumText in info.values("Payload-Oxum") {
            let actual = PayloadOxum(octets: result.payloadFiles.values.saturatingSum, count: result.payloadFiles.count)
            guard let declared = PayloadOxum(oxumText) else {
                result.problems.append(BagProblem(.oxumMismatch, file: "bag-info.txt", "Payload-Oxum `\(oxumText)` is not OCTETS.COUNT"))
                continue
            }
            if declared != actual {
                result.problems.append(
                    BagProblem(
                        .oxumMismatch, file: "bag-info.txt", "Payload-Oxum says \(declared) but the payload is \(actual) (bytes.files)"))
            }
        }
    }

    /// `urn:uuid:` followed by a canonical UUID (any version).
    public static func isUUIDURN(_ text: String) -> Bool {
        guard text.lowercased().hasPrefix("urn:uuid:") else { return false }
        let uuid = Array(text.dropFirst(9))
        guard uuid.count == 36 else { return false }
        for (index, character) in uuid.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if character != "-" { return false }
            } else if !character.isHexDigit {
                return false
            }
        }
        return true
    }
}
