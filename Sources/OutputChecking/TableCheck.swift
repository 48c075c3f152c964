/// The outcome of checking one table: its verdict, its findings (the first ones, located) and its columns.
public struct TableCheck: Sendable, Hashable {
    /// The file, as the caller named it (relative to the crate).
    public var file: String
    /// The verdict.
    public var status: OutputStatus
    /// Records read, the header included.
    public var rows: Int
    /// Every column, in order.
    public var columns: [ColumnSummary]
    /// The findings kept, in row then column order (at most the checker's limit).
    public var findings: [CellFinding]
    /// How many findings each rule had, including those not kept.
    public var counts: [SDCRule: Int]

    /// Creates a result.
    public init(file: String, status: OutputStatus, rows: Int, columns: [ColumnSummary], findings: [CellFinding], counts: [SDCRule: Int]) {
        self.file = file
        self.status = status
        self.rows = rows
        self.columns = columns
        self.findings = findings
        self.counts = counts
    }

    /// A result for a file no table rule reads: one finding on the whole file.
    public init(file: String, finding: CellFinding) {
        self.init(file: file, status: finding.rule.outcome, rows: 0, columns: [], findings: [finding], counts: [finding.rule: 1])
    }

    /// Findings of all rules, kept or not.
    public var totalFindings: Int { counts.values.reduce(0, +) }
}
