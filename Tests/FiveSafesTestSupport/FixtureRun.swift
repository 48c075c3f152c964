import FiveSafesKit
import Foundation
import JSONLD

/// Validates a fixture crate the way the golden tests do: every level, options from `fixture.json`.
///
/// `fixture.json` (optional, beside the metadata) may set `phase` (request/result), `profile`
/// (five-safes-crate/ro-crate), `profileVersion`, `levels` (spec/reference), `metadataOnly` (true/false) and `metadataFile` (validate that
/// file of the folder instead of the folder, e.g. a detached `x-ro-crate-metadata.json`).
public enum FixtureRun {
    /// The report of a fixture crate folder.
    public static func report(for folder: String, level: Severity = .optional) throws -> ValidationReport {
        var options = ValidationOptions()
        options.level = level
        options.ignoredPayloadPaths = ["expected.json", "fixture.json"]
        let settingsPath = folder + "/fixture.json"
        var input = CrateInput.directory(folder)
        if let data = FileManager.default.contents(atPath: settingsPath) {
            let settings = try JSONParser().parse(Array(data)).value.objectValue ?? JSONObject()
            if let phase = settings["phase"]?.value.stringValue { options.phase = RequestResultPhase(rawValue: phase) }
            if let profile = settings["profile"]?.value.stringValue { options.profile = .named(profile) }
            if let version = settings["profileVersion"]?.value.stringValue { options.profileVersion = version }
            if let levels = settings["levels"]?.value.stringValue {
                guard let scheme = LevelScheme(rawValue: levels) else { throw SettingsError(file: settingsPath, key: "levels") }
                options.levels = scheme
            }
            if case .bool(true) = settings["metadataOnly"]?.value { options.metadataOnly = true }
            if let file = settings["metadataFile"]?.value.stringValue { input = .metadataFile(folder + "/" + file) }
        }
        let validator = try CrateValidator(options: options)
        return validator.validate(input, named: (folder as NSString).lastPathComponent)
    }

    /// A `fixture.json` value fivesafes does not know.
    public struct SettingsError: Error, CustomStringConvertible {
        let file: String
        let key: String
        public var description: String { "\(file): unknown value of `\(key)`" }
    }

    /// The golden form of a report: `[{rule, severity, entity, pointer, message}]` in report order.
    public static func golden(_ report: ValidationReport) -> String {
        let items: [JSONValue] = report.issues.map { issue in
            .orderedObject([
                ("rule", .string(issue.rule)),
                ("severity", .string(issue.severity.rawValue)),
                ("entity", .optional(issue.location.entity)),
                ("pointer", .optional(issue.location.pointer?.description)),
                ("message", .string(issue.message)),
            ])
        }
        return JSONWriter().string(.list(items)) + "\n"
    }

    /// Whether goldens should be rewritten (`FIVESAFES_RECORD=1`).
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["FIVESAFES_RECORD"] != nil
    }
}
