public import FiveSafesKit

/// `inspect --format html`: the crate's preview page, the same page the Kit writes into crates as
/// `ro-crate-preview.html` (``CrateSummary/html()``, which stays in the Kit for that reason).
public struct InspectHTMLRenderer: ReportRenderer {
    /// Creates a renderer.
    public init() {}

    /// The summary as an HTML5 page.
    public func render(_ summary: CrateSummary) -> String {
        summary.html()
    }
}
