/// Turns one result value of a command into the text of one output format.
///
/// Every command's output goes through one: a renderer per result type and format (`TextReportRenderer` for a
/// ``ValidationReport`` as text, `InspectJSONRenderer` for a `CrateSummary` as JSON, …), configured by its stored
/// properties (colour, tool version, catalogue rules), so the CLI picks one and calls ``render(_:)``.
public protocol ReportRenderer<Report>: Sendable {
    /// The result value rendered.
    associatedtype Report

    /// The full output, ending with a newline.
    func render(_ report: Report) -> String
}
