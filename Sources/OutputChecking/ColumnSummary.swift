/// What a table check learnt about one column: its kind, its numbers, and the rounding they show.
public struct ColumnSummary: Sendable, Hashable {
    /// How the column was treated.
    public enum Kind: String, Sendable, Hashable {
        /// The first column, or a column with text: labels, no rule applies.
        case label
        /// Whole numbers counting people or records: threshold, zeros, rounding.
        case count
        /// Numbers with fractions (means, rates): summarised only.
        case magnitude
        /// Residual degrees of freedom of a model: the DOF rule.
        case degreesOfFreedom = "degrees-of-freedom"
        /// One contributor's value per row: dominance and p-ratio per cell.
        case contributions
    }

    /// The header name.
    public var name: String
    /// 1-based column number.
    public var index: Int
    /// How it was treated.
    public var kind: Kind
    /// Numeric cells seen.
    public var numbers = 0
    /// Smallest value.
    public var minimum: Double?
    /// Smallest value other than zero.
    public var minimumNonZero: Double?
    /// Largest value.
    public var maximum: Double?
    /// Sum of the values.
    public var sum: Double = 0
    /// Every whole value is a multiple of 5 (OpenSAFELY's rounding evidence; nil without whole values).
    public var divisibleBy5: Bool?
    /// Every whole value is a multiple of 6.
    public var divisibleBy6: Bool?
    /// Every whole value is 0 or 3 more than a multiple of 6 (midpoint-6 rounding).
    public var midpoint6: Bool?

    /// Creates an empty summary.
    public init(name: String, index: Int, kind: Kind) {
        self.name = name
        self.index = index
        self.kind = kind
    }

    mutating func add(_ value: Double) {
        numbers += 1
        sum += value
        minimum = Swift.min(minimum ?? value, value)
        maximum = Swift.max(maximum ?? value, value)
        if value != 0 { minimumNonZero = Swift.min(minimumNonZero ?? value, value) }
    }

    mutating func addRounding(_ value: Int) {
        divisibleBy5 = (divisibleBy5 ?? true) && value % 5 == 0
        divisibleBy6 = (divisibleBy6 ?? true) && value % 6 == 0
        midpoint6 = (midpoint6 ?? true) && (value == 0 || abs(value % 6) == 3)
    }

    /// The rounding the values show, for a reviewer (`divisible by 5`, `midpoint-6`), or nil.
    public var roundingEvidence: String? {
        let evidence = [(divisibleBy5, "divisible by 5"), (divisibleBy6, "divisible by 6"), (midpoint6, "midpoint-6")]
            .filter { $0.0 == true }.map(\.1)
        return evidence.isEmpty ? nil : evidence.joined(separator: ", ")
    }
}
