/// One rule's finding on one place of a table: the cell (row and column), or the whole file when both are nil.
public struct CellFinding: Sendable, Hashable {
    /// The rule.
    public var rule: SDCRule
    /// 1-based record number in the file (the header is row 1).
    public var row: Int?
    /// 1-based column number.
    public var column: Int?
    /// The column's header name.
    public var columnName: String?
    /// One sentence without a trailing period.
    public var message: String

    /// Creates a finding.
    public init(rule: SDCRule, row: Int? = nil, column: Int? = nil, columnName: String? = nil, message: String) {
        self.rule = rule
        self.row = row
        self.column = column
        self.columnName = columnName
        self.message = message
    }
}
