/// Applies the disclosure control rules to one CSV/TSV table in one streaming pass.
///
/// The first record is the header. Which columns hold what is decided in this order: the policy's
/// contributions column (then the policy's cell columns, or else the first column, name the cell each row
/// contributes to); a degrees-of-freedom
/// column by name; the policy's count columns when it lists any; otherwise the heuristic: a column other than
/// the first whose cells are all whole numbers (missing and suppression markers allowed) holds counts, one with
/// fractions holds magnitudes, anything with text holds labels.
public struct TableChecker: Sendable {
    /// The thresholds.
    public var policy: DisclosurePolicy
    /// Located findings kept per table (every finding is still counted).
    public var maximumFindings: Int
    /// Distinct cells of a magnitude table tracked (beyond them the table needs a reviewer).
    public var maximumCells: Int

    /// Creates a checker.
    public init(policy: DisclosurePolicy = DisclosurePolicy(), maximumFindings: Int = 1000, maximumCells: Int = 1_000_000) {
        self.policy = policy
        self.maximumFindings = maximumFindings
        self.maximumCells = maximumCells
    }

    /// Checks the table at `path`, naming it `file` in findings.
    public func check(path: String, file: String) -> TableCheck {
        run(file: file) { reader, body in try reader.read(path: path, body) }
    }

    /// Checks a table held in memory.
    public func check(bytes: [UInt8], file: String) -> TableCheck {
        run(file: file) { reader, body in try reader.read(bytes: bytes, body) }
    }

    /// Feeds every record `read` yields to a new table state; a read error becomes a finding.
    private func run(file: String, _ read: (DelimitedReader, (DelimitedRow) throws -> Void) throws -> Void) -> TableCheck {
        var state = TableState(checker: self)
        do {
            try read(DelimitedReader.forFile(named: file)) { state.take($0) }
        } catch let error as DelimitedReadError {
            state.unreadable(error)
        } catch {
            state.unreadable(DelimitedReadError(row: 0, line: 0, reason: "\(error)"))
        }
        return state.result(file: file)
    }
}

/// A table check in progress.
struct TableState {
    /// One column's evidence while the table streams by.
    struct Column {
        var summary: ColumnSummary
        var declaredCount = false
        var integers = 0
        var decimals = 0
        var texts = 0
        /// Findings that stand only if the column turns out to hold counts.
        var pending: [CellFinding] = []
        var pendingCounts: [SDCRule: Int] = [:]
    }

    let checker: TableChecker
    var policy: DisclosurePolicy { checker.policy }
    var columns: [Column] = []
    var rows = 0
    var findings: [CellFinding] = []
    var counts: [SDCRule: Int] = [:]
    var contributions: Int?
    var cellColumns: [Int] = []
    var cells: [String: MagnitudeCell] = [:]
    var tooManyCells = false

    init(checker: TableChecker) {
        self.checker = checker
    }

    mutating func take(_ row: DelimitedRow) {
        rows = row.number
        if row.number == 1 { return header(row) }
        if row.count != columns.count {
            record(
                CellFinding(
                    rule: .ragged, row: row.number, column: min(row.count, columns.count) + 1,
                    message: "row \(row.number) has \(row.count) field\(row.count == 1 ? "" : "s"), the header \(columns.count)"))
        }
        for index in 0..<min(row.count, columns.count) {
            cell(CellValue(row.field(index)), row: row, index: index)
        }
        if let contributions, contributions < row.count { contribute(row, column: contributions) }
    }

    mutating func header(_ row: DelimitedRow) {
        for index in 0..<row.count {
            let name = row.lossyText(index).trimmingSpaces()
            let kind: ColumnSummary.Kind
            if let wanted = policy.contributionsColumn, wanted.trimmingSpaces() == name {
                kind = .contributions
                contributions = index
            } else if policy.isDegreesOfFreedom(name) {
                kind = .degreesOfFreedom
            } else {
                kind = .label
            }
            var column = Column(summary: ColumnSummary(name: name, index: index + 1, kind: kind))
            column.declaredCount = kind == .label && policy.countColumns.contains { $0.trimmingSpaces() == name }
            columns.append(column)
        }
        let named = policy.cellColumns.map { $0.trimmingSpaces() }
        cellColumns = named.isEmpty ? (contributions == 0 ? [] : [0]) : columns.indices.filter { named.contains(columns[$0].summary.name) }
    }

    mutating func cell(_ value: CellValue, row: DelimitedRow, index: Int) {
        let name = columns[index].summary.name
        switch value {
        case .missing, .suppressed: return
        case .text:
            columns[index].texts += 1
            if columns[index].declaredCount || columns[index].summary.kind == .contributions {
                record(
                    CellFinding(
                        rule: .nonNumeric, row: row.number, column: index + 1, columnName: name,
                        message: "`\(String(row.lossyText(index).prefix(40)))` in column `\(name)` is not a number"))
            }
            return
        case .integer(let integer):
            columns[index].integers += 1
            columns[index].summary.addRounding(integer)
            countRules(integer, row: row.number, index: index)
        case .decimal:
            columns[index].decimals += 1
        }
        guard let number = value.number else { return }
        columns[index].summary.add(number)
        if columns[index].summary.kind == .degreesOfFreedom, number < Double(policy.minimumDegreesOfFreedom) {
            record(
                CellFinding(
                    rule: .degreesOfFreedom, row: row.number, column: index + 1, columnName: name,
                    message:
                        "\(MagnitudeCell.number(number)) residual degrees of freedom in `\(name)`, fewer than \(policy.minimumDegreesOfFreedom)"
                ))
        }
    }

    /// Threshold, zero and rounding findings for a whole number, held until the column's kind is known.
    mutating func countRules(_ value: Int, row: Int, index: Int) {
        guard columns[index].summary.kind == .label, contributions == nil else { return }
        guard index > 0 || columns[index].declaredCount else { return }
        let name = columns[index].summary.name
        var found: [CellFinding] = []
        if value == 0 {
            if policy.zerosAreDisclosive {
                found.append(
                    CellFinding(rule: .zero, row: row, column: index + 1, columnName: name, message: "zero count in column `\(name)`"))
            }
        } else if value > 0, value < policy.threshold {
            found.append(
                CellFinding(
                    rule: .threshold, row: row, column: index + 1, columnName: name,
                    message: "count \(value) in column `\(name)` is below the threshold \(policy.threshold)"))
        }
        if let base = policy.roundingBase, base > 0, value % base != 0 {
            found.append(
                CellFinding(
                    rule: .rounding, row: row, column: index + 1, columnName: name,
                    message: "count \(value) in column `\(name)` is not a multiple of \(base)"))
        }
        for finding in found {
            columns[index].pendingCounts[finding.rule, default: 0] += 1
            if columns[index].pending.count < checker.maximumFindings { columns[index].pending.append(finding) }
        }
    }

    mutating func contribute(_ row: DelimitedRow, column: Int) {
        guard let value = CellValue(row.field(column)).number else { return }
        var key: [UInt8] = []
        for index in cellColumns where index < row.count {
            if !key.isEmpty { key.append(contentsOf: [0x20, 0x2F, 0x20]) }
            key.append(contentsOf: row.field(index))
        }
        let label = String(decoding: key, as: UTF8.self)
        if cells[label] == nil {
            guard cells.count < checker.maximumCells else {
                if !tooManyCells {
                    tooManyCells = true
                    record(
                        CellFinding(
                            rule: .unreadable, row: row.number,
                            message: "more than \(checker.maximumCells) distinct cells; the rest were not checked"))
                }
                return
            }
            cells[label] = MagnitudeCell(firstRow: row.number, label: label)
        }
        let keep = max(policy.nkN, 2)
        cells[label]?.add(value, keeping: keep)
    }

    mutating func unreadable(_ error: DelimitedReadError) {
        record(
            CellFinding(
                rule: .unreadable, row: error.row == 0 ? nil : error.row,
                message: error.row == 0 ? "the file \(error.reason)" : error.description))
    }

    mutating func record(_ finding: CellFinding) {
        counts[finding.rule, default: 0] += 1
        if findings.count < checker.maximumFindings { findings.append(finding) }
    }

    /// Decides each column's kind, keeps the findings of count columns and closes the magnitude cells.
    mutating func result(file: String) -> TableCheck {
        let declared = !policy.countColumns.isEmpty
        for index in columns.indices where columns[index].summary.kind == .label {
            let column = columns[index]
            let numeric = column.texts == 0 && column.integers + column.decimals > 0
            if column.declaredCount || (!declared && contributions == nil && index > 0 && numeric && column.decimals == 0) {
                columns[index].summary.kind = .count
                for (rule, count) in column.pendingCounts { counts[rule, default: 0] += count }
                for finding in column.pending where findings.count < checker.maximumFindings { findings.append(finding) }
            } else if numeric && index > 0 {
                columns[index].summary.kind = .magnitude
            }
        }
        if let contributions {
            let name = columns[contributions].summary.name
            for cell in cells.values.sorted(by: { $0.firstRow < $1.firstRow }) {
                for finding in cell.findings(policy, column: contributions + 1, columnName: name) { record(finding) }
            }
        }
        let ordered = findings.sorted { ($0.row ?? 0, $0.column ?? 0, $0.rule) < ($1.row ?? 0, $1.column ?? 0, $1.rule) }
        let status = counts.filter { $0.value > 0 }.keys.map(\.outcome).max() ?? .pass
        return TableCheck(file: file, status: status, rows: rows, columns: columns.map(\.summary), findings: ordered, counts: counts)
    }
}
