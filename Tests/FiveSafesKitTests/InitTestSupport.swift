import FiveSafesKit
import Foundation

/// Shared helpers of the `init` tests: folders, complete options, validation at `recommended`.
enum InitTestSupport {
    /// A new empty folder under the temporary directory.
    static func folder(_ label: String = "init") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Options with every required value.
    static var complete: CrateInitializer.Options {
        var options = CrateInitializer.Options()
        options.name = "Mutation screening for project 81"
        options.license = "CC-BY-4.0"
        options.workflow = "https://workflowhub.eu/workflows/289?version=1"
        options.agent = "0000-0002-1825-0097"
        options.agentName = "Josiah Carberry"
        options.project = "project81"
        options.projectName = "Protein stability of candidate mutations"
        options.inputs = ["fast_mode=true"]
        options.organization = "https://ror.org/05gq02987"
        options.organizationName = "Brown University"
        return options
    }

    /// The validator's report at `recommended` for a crate folder.
    static func report(_ folder: String) throws -> ValidationReport {
        var options = ValidationOptions()
        options.level = .recommended
        return try CrateValidator(options: options).validate(.directory(folder), named: "crate")
    }

    /// The issues of a report, one line each, for failure messages.
    static func describe(_ report: ValidationReport) -> String {
        report.issues.map { "\($0.rule) \($0.message)" }.joined(separator: "\n")
    }

    /// Writes a text file (creating folders).
    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The metadata document as a JSON object.
    static func metadata(_ folder: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/ro-crate-metadata.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The `@graph` entities by `@id`.
    static func entities(_ folder: String) throws -> [String: [String: Any]] {
        let graph = try metadata(folder)["@graph"] as? [[String: Any]] ?? []
        return Dictionary(graph.compactMap { entity in (entity["@id"] as? String).map { ($0, entity) } }) { first, _ in first }
    }
}
