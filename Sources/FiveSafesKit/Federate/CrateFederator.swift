public import FiveSafesDiagnostics
internal import Foundation
internal import JSONLD
internal import ROCrate

/// Builds a federated activity record over node provenance RO-Crates and validates the set: the use case behind
/// `fivesafes federate`.
///
/// Five Safes RO-Crate 1.0 Working Draft, "Federation": "the entire federated work has one federated activity
/// record", which "references these node provenance RO-Crates rather than containing them", each as "Referencing
/// Another RO-Crate" describes plus `about` and `publisher`. Every node crate is untrusted input, read through the
/// loaders `validate` uses (folder, metadata file, bag, ZIP read in place).
public struct CrateFederator: Sendable {
    /// How messages name an option (default: its name, e.g. `record`); the CLI gives its flags (`--record`).
    public var settingName: @Sendable (Setting) -> String = { $0.rawValue }

    /// Creates a federator.
    public init() {}

    /// Reads the node crates, writes the record to `output/ro-crate-metadata.json`, then validates the record and
    /// every node crate.
    ///
    /// - Parameters:
    ///   - nodes: the node crates, as the user gave them.
    ///   - output: the folder of the record (created when missing).
    /// - Returns: where the record went and the validation reports (the record's first).
    /// - Throws: ``FiveSafesError`` naming the input when a node is given twice, is not a readable crate, has no
    ///   canonical identifier or shares one with another node; when the record exists (without `force`) or
    ///   cannot be written.
    public func federate(_ nodes: [String], into output: String, options: Options) throws(FiveSafesError) -> FederationResult {
        let metadata = (output as NSString).appendingPathComponent("ro-crate-metadata.json")
        let record = options.record ?? "urn:uuid:" + UUID().uuidString.lowercased()
        let identifier = options.identifier ?? "urn:uuid:" + UUID().uuidString.lowercased()
        for (setting, iri) in [(Setting.record, record), (.identifier, identifier)] where !Crate.isAbsoluteIRI(iri) {
            throw FiveSafesError(.usage, "\(settingName(setting)) \(iri) is not an absolute IRI (https://…, urn:uuid:…)")
        }
        try Self.refuseRepeats(nodes, output: output)
        try OutputFile.refuseExisting(metadata, force: options.force)
        let validator = try CrateValidator(options: options.validation)
        var read: [FederationNode] = []
        var nodeReports: [ValidationReport] = []
        for node in nodes {
            let input = try CrateInput.resolve(node, standardInput: { [] })
            // Validated first: a node the validator cannot read as a crate (malformed JSON, no metadata) or an
            // unsafe archive (a ZIP with `../` or absolute entries, links, overlaps: the FS-ZIP rows) stops the job
            // before anything is written.
            let report = validator.validate(input, named: node)
            let refusals = report.issues.filter { $0.isFatal || $0.rule.hasPrefix("FS-ZIP-") }
            if !refusals.isEmpty {
                let reasons = refusals.map { issue in
                    let place = [issue.location.file, issue.location.line.map(String.init), issue.location.column.map(String.init)]
                        .compactMap { $0 }.joined(separator: ":")
                    return "[\(issue.rule)] \(place): \(issue.message)"
                }.joined(separator: "; ")
                throw FiveSafesError(.unreadableInput, "refused as a node crate: " + reasons, path: node)
            }
            guard let crate = validator.load(input).crate else {
                throw FiveSafesError(.unreadableInput, "not a crate: no metadata found", path: node)
            }
            let next = try FederationNode(crate, input: node)
            if let twin = read.first(where: { $0.identifier == next.identifier }) {
                throw FiveSafesError(
                    .unreadableInput,
                    "has the same identifier \(next.identifier) as \(twin.input): a record references each node crate once",
                    path: node)
            }
            read.append(next)
            nodeReports.append(report)
        }
        let document = FederatedRecord(record: record, identifier: identifier, nodes: read, options: options).document
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FiveSafesError(.writeFailure, "cannot create the folder", path: output)
        }
        let backup = try OutputFile.write(
            Array((JSONWriter().string(document) + "\n").utf8), to: metadata, replace: options.force, backup: options.force, inside: output)
        return FederationResult(
            metadataPath: metadata, backupPath: backup, record: record, identifier: identifier,
            nodes: read.map { .init(input: $0.input, identifier: $0.identifier) },
            reports: [validator.validate(.directory(output), named: output)] + nodeReports)
    }

    /// Refuses a node given twice (by the path it resolves to) and an output folder that is a node or inside one.
    static func refuseRepeats(_ nodes: [String], output: String) throws(FiveSafesError) {
        let resolve = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        var seen: [String: String] = [:]
        for node in nodes {
            let place = resolve(node)
            if let first = seen[place] {
                throw FiveSafesError(.usage, "is given twice (also as \(first)); name each node crate once", path: node)
            }
            seen[place] = node
        }
        // The record is written neither over nor inside a node crate (it would change that node's payload).
        let target = resolve(output)
        if let (place, node) = seen.first(where: { target == $0.key || target.hasPrefix($0.key + "/") }) {
            let relation = place == target ? "is the output folder too" : "holds the output folder \(output)"
            throw FiveSafesError(.usage, "\(relation); write the record to a folder of its own", path: node)
        }
    }
}
