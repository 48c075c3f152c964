/// The statistical disclosure control rules a table check applies, with their report ids.
public enum SDCRule: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A count (or a cell's number of contributors) below the threshold.
    case threshold = "SDC-THRESHOLD"
    /// A zero count, when zeros are disclosive.
    case zero = "SDC-ZERO"
    /// The largest N contributors hold more than K of a cell's total.
    case dominance = "SDC-NK"
    /// The rest of a cell is less than p × its largest contributor.
    case pRatio = "SDC-PRATIO"
    /// A model output with too few residual degrees of freedom.
    case degreesOfFreedom = "SDC-DOF"
    /// A count that is not a multiple of the policy's rounding base.
    case rounding = "SDC-ROUNDING"
    /// A file type the policy blocks.
    case blockedExtension = "SDC-EXT"
    /// A cell that should be a number but is not (a declared count or contributions column).
    case nonNumeric = "SDC-CELL"
    /// A row whose number of fields differs from the header's.
    case ragged = "SDC-SHAPE"
    /// A table that could not be read to the end (quote never closed, huge row, not a file).
    case unreadable = "SDC-READ"
    /// An output no rule can check (Parquet, images, text).
    case notChecked = "SDC-UNCHECKED"

    /// What the rule's finding means for the output.
    public var outcome: OutputStatus {
        switch self {
        case .threshold, .zero, .dominance, .pRatio, .degreesOfFreedom, .rounding, .blockedExtension: .fail
        case .nonNumeric, .ragged, .unreadable: .review
        case .notChecked: .notChecked
        }
    }

    /// One line on what the rule checks.
    public var summary: String {
        switch self {
        case .threshold: "counts (or contributors to a cell) below the minimum threshold are disclosive"
        case .zero: "zero counts are disclosive (zeros_are_disclosive)"
        case .dominance: "the largest N contributors must not hold more than K of a cell's total (NK rule)"
        case .pRatio: "a cell's total less its two largest contributions must be at least p × the largest (p-ratio)"
        case .degreesOfFreedom: "model outputs need at least the minimum residual degrees of freedom"
        case .rounding: "every count must be a multiple of the policy's rounding base"
        case .blockedExtension: "files of a blocked type never leave"
        case .nonNumeric: "a count or contribution cell must be a number"
        case .ragged: "every row has as many fields as the header"
        case .unreadable: "the table must be readable to its end"
        case .notChecked: "outputs no rule can check need a human reviewer"
        }
    }

    public static func < (lhs: SDCRule, rhs: SDCRule) -> Bool { lhs.rawValue < rhs.rawValue }
}
