/// The risk appetite a disclosure check applies: the thresholds of statistical disclosure control.
///
/// The defaults are ACRO's `default.yaml` (safe_threshold 10, safe_dof_threshold 10, safe_nk_n 2, safe_nk_k 0.9,
/// safe_pratio_p 0.1, zeros_are_disclosive true); `.svg` is blocked because a vector image carries its data.
public struct DisclosurePolicy: Sendable, Hashable {
    /// Counts below this (and above zero) are disclosive (`safe_threshold`).
    public var threshold: Int = 10
    /// A zero count is disclosive (`zeros_are_disclosive`).
    public var zerosAreDisclosive = true
    /// Model outputs with fewer residual degrees of freedom are disclosive (`safe_dof_threshold`).
    public var minimumDegreesOfFreedom: Int = 10
    /// The NK rule's N: the largest N contributors (`safe_nk_n`).
    public var nkN: Int = 2
    /// The NK rule's K: the largest N must not hold more than this share of a cell's total (`safe_nk_k`).
    public var nkK: Double = 0.9
    /// The p-ratio rule's p: the rest of a cell (total less its two largest) must be at least p × the largest.
    public var pRatio: Double = 0.1
    /// When set, every count must be a multiple of it (the TRE's rounding rule).
    public var roundingBase: Int?
    /// File extensions (lower case, with the dot) that never leave, whatever their content.
    public var blockedExtensions: [String] = [".svg"]
    /// Columns (by header name) holding counts; empty: decided by the heuristic (see ``ColumnKind``).
    public var countColumns: [String] = []
    /// The column holding one contributor's value per row (a magnitude table in long form), if any.
    public var contributionsColumn: String?
    /// With a contributions column: the columns (by header name) whose values name the cell a row contributes to;
    /// empty: the first column.
    public var cellColumns: [String] = []
    /// Columns (by header name) holding degrees of freedom, besides the usual names (`dof`, `df`, `df_resid`, …).
    public var degreesOfFreedomColumns: [String] = []

    /// The ACRO defaults.
    public init() {}

    /// The header names that mean degrees of freedom without being told.
    public static let usualDegreesOfFreedomNames: Set<String> = [
        "dof", "df", "df_resid", "df_residual", "df.residual", "degrees_of_freedom", "degrees of freedom", "residual df",
    ]

    /// Whether a header names a degrees-of-freedom column.
    public func isDegreesOfFreedom(_ header: String) -> Bool {
        let name = header.trimmingSpaces().lowercased()
        return Self.usualDegreesOfFreedomNames.contains(name)
            || degreesOfFreedomColumns.contains { $0.trimmingSpaces().lowercased() == name }
    }

    /// Whether a file name ends with a blocked extension.
    public func isBlocked(_ fileName: String) -> Bool {
        let lowered = fileName.lowercased()
        return blockedExtensions.contains { !$0.isEmpty && lowered.hasSuffix($0.hasPrefix(".") ? $0.lowercased() : "." + $0.lowercased()) }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
