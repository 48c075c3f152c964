public import FiveSafesKit

/// `validate --explain RULE`: everything the catalogue says about one rule.
public struct RuleExplanationRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The rule's level, section, phases, versions, spec link, level cases, the spec's words, the explanation,
    /// the fix and the examples.
    public func render(_ explanation: RuleCatalogue.Explanation) -> String {
        let (catalogue, requirement) = (explanation.catalogue, explanation.requirement)
        var output = "\(requirement.id) (\(requirement.level.rawValue) → \(requirement.level.severity.rawValue))\n"
        output += "Section: \(requirement.section)\n"
        output += "Applies to: \(requirement.phase == .any ? "every crate" : "\(requirement.phase.rawValue) crates")"
        output += requirement.needsPayload ? " (reads payload files)\n" : "\n"
        if let versions = requirement.versions {
            output += "Profile versions: \(catalogue.ordered(versions).joined(separator: ", ")) only\n"
        }
        if let link = catalogue.profile?.specLink(requirement.spec, version: catalogue.ownVersion(of: requirement)) {
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

    /// `for findings of the case `software-application` in crates declaring RO-Crate 1.1 or earlier`.
    private static func describe(_ levelCase: Requirement.LevelCase) -> String {
        var parts: [String] = []
        if let finding = levelCase.finding { parts.append("for findings of the case `\(finding)`") }
        if let version = levelCase.upToROCrate { parts.append("in crates declaring RO-Crate \(version) or earlier") }
        return parts.joined(separator: " ")
    }

    /// `MUST → required`, `not checked`, or `its own constraints (…)`.
    private static func describe(_ reference: Requirement.ReferenceBehaviour) -> String {
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
