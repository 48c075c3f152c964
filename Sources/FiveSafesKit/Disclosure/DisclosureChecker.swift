internal import Foundation
public import OutputChecking
internal import ROCrate

/// Finds the outputs of a result crate (the files under `outputs/`) and applies the disclosure rules to each.
///
/// CSV and TSV tables are read in one streaming pass; a file with a blocked extension fails; Parquet is not read
/// (no maintained Swift Parquet reader exists) and, like every other kind of file, is reported as not checked.
/// Symbolic links are never followed: a link is reported for review.
public struct DisclosureChecker: Sendable {
    /// The thresholds.
    public var policy: DisclosurePolicy

    /// Creates a checker.
    public init(policy: DisclosurePolicy) {
        self.policy = policy
    }

    /// The extensions read as tables.
    static let tableExtensions: Set<String> = ["csv", "tsv", "tab"]

    /// Checks the crate at `path` (crate folder, bag folder or its `ro-crate-metadata.json`).
    public func check(_ path: String) throws(FiveSafesError) -> DisclosureReport {
        let target = try ProvenanceTarget(path)
        let crate = try target.load()
        let outputs = try Self.outputFiles(in: target.crateRoot)
        let results = outputs.map { check(file: $0, root: target.crateRoot) }
        return DisclosureReport(input: path, policy: policy, outputs: results, exceptions: DisclosureEvidence.exceptions(in: crate))
    }

    /// Checks one output file, named relative to the crate root.
    func check(file: String, root: String) -> TableCheck {
        let full = root + "/" + file
        let name = (file as NSString).lastPathComponent
        let lowered = name.lowercased()
        if Self.fileType(full) == .typeSymbolicLink {
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?"
            return TableCheck(
                file: file,
                finding: CellFinding(
                    rule: .unreadable,
                    message: "`\(file)` is a symbolic link to `\(destination)`; links are not followed, so a reviewer must look"))
        }
        if policy.isBlocked(name) {
            return TableCheck(
                file: file,
                finding: CellFinding(
                    rule: .blockedExtension,
                    message: "`\(file)` has an extension the policy blocks (\(policy.blockedExtensions.joined(separator: ", ")))"))
        }
        let fileExtension = (lowered as NSString).pathExtension
        if Self.tableExtensions.contains(fileExtension) {
            return TableChecker(policy: policy).check(path: full, file: file)
        }
        let why =
            fileExtension == "parquet"
            ? "Parquet is not read (no maintained Swift Parquet reader); a reviewer must check `\(file)`"
            : "no disclosure rule reads `\(file)`; a reviewer must check it"
        return TableCheck(file: file, finding: CellFinding(rule: .notChecked, message: why))
    }

    /// The type of the file at `path` itself (a link is reported as a link, never followed), or nil.
    static func fileType(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    /// The files under `outputs/`, relative to the crate root, sorted (links listed, never entered).
    static func outputFiles(in root: String) throws(FiveSafesError) -> [String] {
        let folder = root + "/outputs"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FiveSafesError(.unreadableInput, "the crate has no outputs/ folder (is it a result crate?)", path: root)
        }
        var files: [String] = []
        var pending = ["outputs"]
        while let relative = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? []
            for name in names where !name.hasPrefix(".") {
                let child = relative + "/" + name
                guard let type = Self.fileType(root + "/" + child) else { continue }
                if type == .typeDirectory {
                    pending.append(child)
                } else {
                    files.append(child)
                }
            }
        }
        return files.sorted()
    }
}
