import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// The profile, level, phase and scope options of `validate`.
struct ValidateOptions: ParsableArguments {
    @Option(help: "auto, five-safes-crate, ro-crate, or a profile JSON file.")
    var profile = "auto"

    @Option(name: .customLong("profile-version"), help: "0.4, 0.5-DRAFT, 0.5 or 1.0-WD (default: from conformsTo, else 0.4).")
    var profileVersion: String?

    @Option(help: "required, recommended or optional: report findings at this level or above.")
    var level: LevelChoice = .required

    @Option(help: "auto, request or result (auto: from the run CreateAction's actionStatus).")
    var phase: PhaseChoice = .auto

    @Option(
        help: ArgumentHelp(
            "spec (the spec's levels, version by version) or reference (rocrate-validator's five-safes-crate levels where they differ).",
            valueName: "SCHEME"
        ))
    var levels: LevelsChoice = .spec

    @Flag(name: .customLong("metadata-only"), help: "Skip checks that need payload files.")
    var metadataOnly = false

    @Option(help: ArgumentHelp("Disable a rule by id (repeatable).", valueName: "RULE"))
    var skip: [String] = []

    @Option(
        name: .customLong("max-size"),
        help: "Most bytes an untrusted input may hold: the metadata file (default 1 GiB) and what a ZIP expands to (default 64 GiB)."
    )
    var maxSize: Int64?

    @Option(name: .customLong("max-files"), help: "Most payload files looked at.")
    var maxFiles = 1_000_000

    @OptionGroup var trust: TrustOptions

    @Flag(name: .customLong("require-signature"), help: "A bag or ZIP without a signature (signatures/) is invalid.")
    var requireSignature = false

    /// The profile whose catalogue `--list-rules` and `--explain` show.
    var catalogueProfileID: String {
        profile == "auto" ? "five-safes-crate" : profile
    }

    /// The library options these flags stand for.
    func validationOptions() throws -> ValidationOptions {
        var options = ValidationOptions()
        switch profile {
        case "auto": options.profile = .auto
        case "five-safes-crate", "ro-crate": options.profile = .named(profile)
        default:
            guard profile.hasSuffix(".json") else {
                throw ValidationError("Unknown --profile \(profile): use auto, five-safes-crate, ro-crate or a .json file.")
            }
            options.profile = .file(profile)
        }
        if let profileVersion, !["0.4", "0.5-DRAFT", "0.5", "1.0-WD"].contains(profileVersion), profile != "ro-crate" {
            throw ValidationError("Unknown --profile-version \(profileVersion): use 0.4, 0.5-DRAFT, 0.5 or 1.0-WD.")
        }
        options.profileVersion = profileVersion
        options.level = level.severity
        options.phase = phase.cratePhase
        options.metadataOnly = metadataOnly
        options.levels = levels.scheme
        options.skip = Set(skip)
        if let maxSize {
            options.maxMetadataSize = maxSize
            options.maxArchiveSize = maxSize
        }
        options.maxFiles = maxFiles
        options.signatures = try trust.signatureOptions()
        options.signatures.requireSignature = requireSignature
        return options
    }
}

/// `--level` values.
enum LevelChoice: String, ExpressibleByArgument, CaseIterable {
    case required, recommended, optional

    var severity: Severity { Severity(rawValue: rawValue) ?? .required }
}

/// `--levels` values.
enum LevelsChoice: String, ExpressibleByArgument, CaseIterable {
    case spec, reference

    var scheme: LevelScheme { LevelScheme(rawValue: rawValue) ?? .spec }
}

/// `--phase` values.
enum PhaseChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, request, result

    var cratePhase: RequestResultPhase? { RequestResultPhase(rawValue: rawValue) }
}

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, junit, github

    /// The renderer; `rules` (the applied catalogue) is only asked for by the formats that list rules.
    func renderer(colour: Bool, rules: () -> [RuleInfo]) -> any ReportRenderer<ValidationReport> {
        switch self {
        case .text: TextReportRenderer(colour: colour)
        case .json: JSONReportRenderer(toolVersion: FiveSafes.version)
        case .sarif: SARIFRenderer(toolVersion: FiveSafes.version, rules: rules())
        case .junit: JUnitRenderer(rules: rules())
        case .github: GitHubRenderer()
        }
    }
}
