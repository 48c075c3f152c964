/// Turns a report into text for one output format.
public protocol ReportRenderer: Sendable {
    /// The full report text, ending with a newline.
    func render(_ report: ValidationReport) -> String
}
