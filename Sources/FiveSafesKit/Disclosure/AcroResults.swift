internal import Crypto
internal import Foundation
internal import JSONLD
internal import OutputChecking

/// ACRO's output folder read back: `results.json` (one entry per output with status pass/fail/review, the
/// files, the SDC summary and the researcher's exception), `config.json` (the thresholds) and `checksums/`
/// (SHA-256 of each file, `checksums/<file>.txt`).
public struct AcroResults: Sendable {
    /// One file ACRO judged.
    public struct File: Sendable, Hashable {
        /// The file name (as ACRO wrote it, beside results.json).
        public var name: String
        /// ACRO's status of the output it belongs to.
        public var status: OutputStatus
        /// Rule ids of ACRO's SDC summary with a non-zero count.
        public var rules: [String]
        /// ACRO's summary text.
        public var summary: String
        /// The researcher's exception request, when given.
        public var exception: String?
        /// The SHA-256 `checksums/` records for it (lower-case hex).
        public var sha256: String
    }

    /// The folder holding results.json.
    public var folder: String
    /// ACRO's version.
    public var version: String
    /// Every file, in results.json order.
    public var files: [File]
    /// The thresholds of config.json (ACRO's defaults where it is absent).
    public var policy: DisclosurePolicy

    /// The largest results.json or config.json read.
    static let maximumBytes = 64 << 20

    /// Reads an ACRO output folder (or its results.json) and checks every file against its checksum.
    public static func load(_ path: String) throws(FiveSafesError) -> AcroResults {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FiveSafesError(.unreadableInput, "no such file or directory", path: path)
        }
        let folder =
            isDirectory.boolValue
            ? path : ((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        let resultsPath = isDirectory.boolValue ? folder + "/results.json" : path
        let results = try readJSON(resultsPath)
        guard let top = results.value.objectValue, let entries = top["results"]?.value.objectValue else {
            throw FiveSafesError(.unreadableInput, "not ACRO results: no \"results\" object at the top", path: resultsPath)
        }
        let version = top["version"]?.value.stringValue ?? "unknown"
        var files: [File] = []
        for member in entries.members {
            files += try Self.files(of: member, folder: folder, resultsPath: resultsPath)
        }
        guard !files.isEmpty else { throw FiveSafesError(.unreadableInput, "ACRO results name no output files", path: resultsPath) }
        let configPath = folder + "/config.json"
        let policy =
            FileManager.default.fileExists(atPath: configPath)
            ? try Self.policy(readJSON(configPath), path: configPath) : DisclosurePolicy()
        return AcroResults(folder: folder, version: version, files: files, policy: policy)
    }

    /// The evidence for the crate at `crate`: each ACRO file is `outputs/<name>` there, with the same SHA-256.
    public func evidence(for crate: String) throws(FiveSafesError) -> DisclosureEvidence {
        let target = try ProvenanceTarget(crate)
        var outputs: [DisclosureEvidence.Output] = []
        for file in files {
            let output = "outputs/" + file.name
            let copy = target.crateRoot + "/" + output
            guard FileManager.default.fileExists(atPath: copy) else {
                throw FiveSafesError(.unreadableInput, "ACRO judged \(file.name), but the crate has no \(output)", path: crate)
            }
            guard try Self.sha256(of: copy) == file.sha256 else {
                throw FiveSafesError(
                    .unreadableInput, "\(output) is not the file ACRO judged: its SHA-256 differs from checksums/\(file.name).txt",
                    path: crate)
            }
            outputs.append(
                DisclosureEvidence.Output(
                    file: output, status: file.status, rules: file.rules, summary: "ACRO: " + file.summary,
                    exception: file.exception))
        }
        let tool = DisclosureEvidence.Tool(
            id: "https://github.com/AI-SDC/ACRO", name: "ACRO", version: version, url: "https://github.com/AI-SDC/ACRO")
        return DisclosureEvidence(outputs: outputs, policyYAML: DisclosurePolicyFile.yaml(policy), tool: tool, checkType: "automated")
    }

    /// The files of one results.json entry, each checked against its checksum.
    private static func files(of member: JSONMember, folder: String, resultsPath: String) throws(FiveSafesError) -> [File] {
        let place = "results.\(member.key)"
        guard let entry = member.value.value.objectValue else {
            throw FiveSafesError(.unreadableInput, "\(place) is not an object", path: resultsPath)
        }
        guard let statusText = entry["status"]?.value.stringValue, let status = OutputStatus(rawValue: statusText), status != .notChecked
        else {
            throw FiveSafesError(.unreadableInput, "\(place).status must be \"pass\", \"fail\" or \"review\"", path: resultsPath)
        }
        guard let list = entry["files"]?.value.arrayValue else {
            throw FiveSafesError(.unreadableInput, "\(place).files is not a list", path: resultsPath)
        }
        let exception = entry["exception"]?.value.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        var summary = entry["summary"]?.value.stringValue ?? statusText
        while let last = summary.last, last == " " || last == ";" { summary.removeLast() }
        var files: [File] = []
        for (index, item) in list.enumerated() {
            guard let object = item.value.objectValue, let name = object["name"]?.value.stringValue else {
                throw FiveSafesError(.unreadableInput, "\(place).files[\(index)] has no \"name\"", path: resultsPath)
            }
            guard !name.isEmpty, !name.contains("/"), name != "..", name != "." else {
                throw FiveSafesError(
                    .unreadableInput, "\(place).files[\(index)].name `\(name)` is not a plain file name", path: resultsPath)
            }
            let recorded = try checksum(named: name, folder: folder)
            let actual = try sha256(of: folder + "/" + name)
            guard recorded == actual else {
                throw FiveSafesError(.unreadableInput, "checksum mismatch: \(name) does not match checksums/\(name).txt", path: folder)
            }
            files.append(
                File(
                    name: name, status: status, rules: rules(object["sdc"]?.value.objectValue?["summary"]?.value.objectValue),
                    summary: summary, exception: exception, sha256: actual))
        }
        return files
    }

    /// ACRO's SDC summary counts as rule ids (its own names for the checks fivesafes has no rule for).
    private static func rules(_ summary: JSONObject?) -> [String] {
        let names = [
            "threshold": SDCRule.threshold.rawValue, "p-ratio": SDCRule.pRatio.rawValue, "nk-rule": SDCRule.dominance.rawValue,
            "zeros": SDCRule.zero.rawValue, "dof": SDCRule.degreesOfFreedom.rawValue,
        ]
        var rules: Set<String> = []
        for member in summary?.members ?? [] {
            guard case .number(let text) = member.value.value, let count = Double(text), count > 0 else { continue }
            rules.insert(names[member.key] ?? "ACRO-" + member.key.uppercased())
        }
        return rules.sorted()
    }

    /// config.json's thresholds (ACRO's key names), the rest left at the defaults.
    private static func policy(_ config: JSONNode, path: String) throws(FiveSafesError) -> DisclosurePolicy {
        guard let object = config.value.objectValue else {
            throw FiveSafesError(.unreadableInput, "config.json is not an object", path: path)
        }
        var policy = DisclosurePolicy()
        func number(_ key: String) throws(FiveSafesError) -> Double? {
            guard let node = object[key] else { return nil }
            guard case .number(let text) = node.value, let value = Double(text), value >= 0 else {
                throw FiveSafesError(.unreadableInput, "\(key) is not a number ≥ 0", path: path)
            }
            return value
        }
        if let value = try number("safe_threshold") { policy.threshold = Int(value) }
        if let value = try number("safe_dof_threshold") { policy.minimumDegreesOfFreedom = Int(value) }
        if let value = try number("safe_nk_n") { policy.nkN = max(1, Int(value)) }
        if let value = try number("safe_nk_k") { policy.nkK = value }
        if let value = try number("safe_pratio_p") { policy.pRatio = value }
        if case .bool(let flag)? = object["zeros_are_disclosive"]?.value { policy.zerosAreDisclosive = flag }
        return policy
    }

    private static func checksum(named name: String, folder: String) throws(FiveSafesError) -> String {
        let path = folder + "/checksums/" + name + ".txt"
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1024,
            let text = String(data: data, encoding: .utf8)
        else {
            throw FiveSafesError(.unreadableInput, "no readable checksum for \(name) (checksums/\(name).txt)", path: folder)
        }
        let hex =
            text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).first.map { String($0).lowercased() } ?? ""
        guard hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
            throw FiveSafesError(.unreadableInput, "checksums/\(name).txt holds no SHA-256 (64 hex digits)", path: folder)
        }
        return hex
    }

    private static func readJSON(_ path: String) throws(FiveSafesError) -> JSONNode {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FiveSafesError(.unreadableInput, "cannot read the file", path: path)
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        guard data.count <= maximumBytes else { throw FiveSafesError(.unreadableInput, "larger than 64 MiB", path: path) }
        do {
            return try JSONParser().parse(Array(data))
        } catch {
            throw FiveSafesError(.unreadableInput, "not JSON: \(error)", path: path)
        }
    }

    /// The SHA-256 of a file, streamed (never through a symbolic link).
    static func sha256(of path: String) throws(FiveSafesError) -> String {
        guard DisclosureChecker.fileType(path) == .typeRegular, let handle = FileHandle(forReadingAtPath: path) else {
            throw FiveSafesError(.unreadableInput, "not a readable regular file (links are not followed)", path: path)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
