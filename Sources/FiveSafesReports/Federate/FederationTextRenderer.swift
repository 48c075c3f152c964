internal import FiveSafesDiagnostics
public import FiveSafesKit

/// `federate` as text: what was written, then each validation report (the record's first) as `validate` prints it.
public struct FederationTextRenderer: ReportRenderer {
    /// Whether to use ANSI colour (the validation reports').
    public var colour: Bool

    /// Creates a renderer.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The human report; every name from a node crate is escaped before it reaches a terminal.
    public func render(_ result: FederationResult) -> String {
        let renderer = TextReportRenderer(colour: colour)
        var output = "wrote \(TerminalText.printable(result.metadataPath)): federated activity record "
        output += "\(TerminalText.printable(result.record)) referencing \(result.nodes.count) node crate"
        output += result.nodes.count == 1 ? "\n" : "s\n"
        if let backupPath = result.backupPath { output += "the old record is kept as \(TerminalText.printable(backupPath))\n" }
        for node in result.nodes {
            output += "  \(TerminalText.printable(node.input)) → \(TerminalText.printable(node.identifier))\n"
        }
        for report in result.reports { output += "\n" + renderer.render(report) }
        return output
    }
}
