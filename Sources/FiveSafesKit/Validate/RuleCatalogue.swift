public import FiveSafesDiagnostics
internal import Foundation
public import ProfileEngine

/// The text of `validate --list-rules` and `validate --explain RULE`.
public struct RuleCatalogue: Sendable {
    /// The profile shown.
    public let profile: Profile?
    /// Its requirements, inherited ones included.
    public let requirements: [Requirement]

    /// Shows a profile of a validator's catalogue (the Five Safes profile by default).
    public init(validator: CrateValidator, profileID: String) {
        let profile = validator.catalog.profiles[profileID] ?? validator.catalog.profiles["five-safes-crate"]
        self.profile = profile
        self.requirements = profile.map(validator.catalog.requirements) ?? []
    }

    /// One line per rule: id, level, phase, summary.
    public func list() -> String {
        let width = requirements.map(\.id.count).max() ?? 10
        var output = ""
        for requirement in requirements {
            let id = requirement.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let level = requirement.level.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            let phase = requirement.phase.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            output += "\(id)  \(level)  \(phase)  \(requirement.summary)\n"
        }
        output += "\(requirements.count) rules (\(profile?.id ?? "?"))\n"
        return output
    }

    /// The full explanation of one rule, or nil when the id is unknown.
    public func explain(_ id: String) -> String? {
        guard let requirement = requirements.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
            return nil
        }
        var output = "\(requirement.id) (\(requirement.level.rawValue) → \(requirement.level.severity.rawValue))\n"
        output += "Section: \(requirement.section)\n"
        output += "Applies to: \(requirement.phase == .any ? "every crate" : "\(requirement.phase.rawValue) crates")"
        output += requirement.needsPayload ? " (reads payload files)\n" : "\n"
        if let versions = requirement.versions {
            output += "Profile versions: \(ordered(versions).joined(separator: ", ")) only\n"
        }
        if let link = profile?.specLink(requirement.spec, version: ownVersion(of: requirement)) {
            output += "Spec: \(link)\n"
        }
        for levelCase in requirement.levelCases {
            output += "Also: \(levelCase.level.rawValue) → \(levelCase.level.severity.rawValue) \(Self.describe(levelCase))\n"
        }
        if let reference = requirement.reference {
            output += "With --levels reference: \(Self.describe(reference))\n"
        }
        output += "\n\(requirement.summary)\n"
        if let explanation = requirement.explanation { output += "\n\(explanation)\n" }
        if let fix = requirement.fix { output += "\nFix: \(fix)\n" }
        if let invalid = requirement.invalidExample { output += "\nInvalid:\n\(indent(invalid))\n" }
        if let valid = requirement.validExample { output += "\nValid:\n\(indent(valid))\n" }
        return output
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
    func ordered(_ labels: Set<String>) -> [String] {
        (profile?.versions.map(\.label) ?? []).filter(labels.contains) + labels.subtracting(profile?.versions.map(\.label) ?? []).sorted()
    }

    /// The version whose spec a row cites: the profile's first (default) version, or the first the row applies to.
    func ownVersion(of requirement: Requirement) -> Profile.Version? {
        profile?.versions.first { profile?.applies(requirement, to: $0) ?? false }
    }

    /// `2.5 Requested Workflow Run` → `RequestedWorkflowRun`.
    static func name(of section: String) -> String {
        let words = section.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { !$0.allSatisfy(\.isNumber) }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? "Rule" : name
    }

    /// `for findings of the case `software-application` in crates declaring RO-Crate 1.1 or earlier`.
    static func describe(_ levelCase: Requirement.LevelCase) -> String {
        var parts: [String] = []
        if let finding = levelCase.finding { parts.append("for findings of the case `\(finding)`") }
        if let version = levelCase.upToROCrate { parts.append("in crates declaring RO-Crate \(version) or earlier") }
        return parts.joined(separator: " ")
    }

    /// `MUST → required`, `not checked`, or `its own constraints (…)`.
    static func describe(_ reference: Requirement.ReferenceBehaviour) -> String {
        if reference.omitted { return "not checked (the reference validator has no such check)" }
        var parts: [String] = []
        if let level = reference.level { parts.append("\(level.rawValue) → \(level.severity.rawValue)") }
        if let constraints = reference.constraints {
            parts.append("the reference validator's own constraints: " + constraints.map(\.summary).joined(separator: "; "))
        }
        return parts.joined(separator: ", ")
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
