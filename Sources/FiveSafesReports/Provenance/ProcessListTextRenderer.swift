public import FiveSafesKit

/// `provenance show` on a Five Safes 1.0 record: which representation it is, then one line per process (kind,
/// status, agent, end, name), as `inspect`'s Activity record section lists them.
public struct ProcessListTextRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The record's processes as aligned text.
    public func render(_ record: CrateSummary.Record) -> String {
        var lines = [
            "activity record \(record.record)",
            "\(record.version.map { "\(record.state) \($0)" } ?? record.state) \(record.identifier ?? "(no identifier)")",
        ]
        lines += record.processes.isEmpty ? ["no processes mentioned"] : CrateSummary.processTable(record.processes, header: nil)
        // Names and agents come from the crate: escape control characters before they reach a terminal.
        return lines.map { TerminalText.printable($0) }.joined(separator: "\n") + "\n"
    }
}
