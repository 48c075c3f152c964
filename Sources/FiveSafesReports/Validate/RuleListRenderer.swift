public import FiveSafesKit
internal import Foundation

/// `validate --list-rules`: one line per rule of a profile (id, severity, phase, summary), then the count.
public struct RuleListRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// One line per rule: id, level, phase, summary; then the count.
    public func render(_ catalogue: RuleCatalogue) -> String {
        let requirements = catalogue.requirements
        let width = requirements.map(\.id.count).max() ?? 10
        var output = ""
        for requirement in requirements {
            let id = requirement.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let level = requirement.level.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            let phase = requirement.phase.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            output += "\(id)  \(level)  \(phase)  \(requirement.summary)\n"
        }
        output += "\(requirements.count) rules (\(catalogue.profile?.id ?? "?"))\n"
        return output
    }
}
