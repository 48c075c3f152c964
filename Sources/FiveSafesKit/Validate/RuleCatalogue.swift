public import FiveSafesDiagnostics
internal import Foundation
public import ProfileEngine

/// The rules of one profile, as `validate --list-rules`, `--explain RULE` and the SARIF and JUnit reports show them.
public struct RuleCatalogue: Sendable {
    /// The profile shown.
    public let profile: Profile?
    /// Its requirements, inherited ones included.
    public let requirements: [Requirement]

    /// Shows a profile of a validator's catalogue (the Five Safes profile by default).
    public init(validator: CrateValidator, profileID: String) {
        let profile = validator.catalog.profiles[profileID] ?? validator.catalog.profiles["five-safes-crate"]
        self.profile = profile
        self.requirements = profile.map { validator.catalog.requirements(of: $0) } ?? []
    }

    /// One rule of the catalogue, by id in any case, for `--explain`; nil when the profile has no such rule.
    public func explanation(of id: String) -> Explanation? {
        requirements.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }.map { Explanation(catalogue: self, requirement: $0) }
    }

    /// What `validate --explain RULE` shows: one requirement, with the catalogue it belongs to (for its profile
    /// versions and spec link).
    public struct Explanation: Sendable {
        /// The catalogue.
        public let catalogue: RuleCatalogue
        /// The rule.
        public let requirement: Requirement
    }

    /// The rules as report formats need them (SARIF, JUnit), for the profile version a report names, each
    /// marked with why it was not evaluated on that input (another phase, `--skip`, `--metadata-only`).
    public func ruleInfos(for report: ValidationReport, options: ValidationOptions) -> [RuleInfo] {
        let version = report.profile.version.flatMap { profile?.version(matching: $0) } ?? profile?.versions.first
        let phase = report.phase
        return requirements.map { requirement in
            var reason: String?
            if options.skip.contains(requirement.id) {
                reason = "--skip \(requirement.id)"
            } else if options.metadataOnly && requirement.needsPayload {
                reason = "--metadata-only"
            } else if report.levels == .reference, requirement.reference?.omitted == true {
                reason = "--levels reference: the reference validator does not check it"
            } else if let profile, !profile.applies(requirement, to: version) {
                let versions = requirement.versions.map { ordered($0).joined(separator: ", ") } ?? "other than \(version?.label ?? "?")"
                reason = "applies to profile versions \(versions); this crate is checked as \(version?.label ?? "?")"
            } else if requirement.phase != .any, requirement.phase.rawValue != phase.rawValue {
                reason = "applies to \(requirement.phase.rawValue) crates; this is a \(phase.rawValue) crate"
            }
            return RuleInfo(
                id: requirement.id,
                name: Self.name(of: requirement.section),
                severity: (report.levels == .reference ? requirement.reference?.level : nil)?.severity
                    ?? requirement.level.severity,
                summary: requirement.summary,
                explanation: requirement.explanation,
                fix: requirement.fix,
                helpURI: profile?.specLink(
                    requirement.spec, version: profile?.applies(requirement, to: version) == true ? version : ownVersion(of: requirement)
                ).flatMap { $0.contains("://") ? $0 : nil },
                section: requirement.section,
                notEvaluated: reason
            )
        }
    }

    /// Version labels in the profile's order.
    public func ordered(_ labels: Set<String>) -> [String] {
        (profile?.versions.map(\.label) ?? []).filter(labels.contains) + labels.subtracting(profile?.versions.map(\.label) ?? []).sorted()
    }

    /// The version whose spec a row cites: the profile's first (default) version, or the first the row applies to.
    public func ownVersion(of requirement: Requirement) -> Profile.Version? {
        profile?.versions.first { profile?.applies(requirement, to: $0) ?? false }
    }

    /// `2.5 Requested Workflow Run` → `RequestedWorkflowRun`.
    static func name(of section: String) -> String {
        let words = section.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { !$0.allSatisfy(\.isNumber) }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? "Rule" : name
    }

}
