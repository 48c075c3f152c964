import ArgumentParser
import FiveSafesKit

/// The risk appetite: a policy file plus the column choices that can also be given on the command line.
struct DisclosurePolicyOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The risk appetite as YAML (threshold, zeros_are_disclosive, dof, nk: {n, k}, p, rounding_base, blocked_extensions, …); default ACRO's defaults.",
            valueName: "FILE"))
    var policy: String?

    @Option(
        name: .customLong("counts-column"),
        help: ArgumentHelp("A column holding counts (repeatable; replaces the heuristic).", valueName: "NAME"))
    var countsColumns: [String] = []

    @Option(
        name: .customLong("contributions-column"),
        help: ArgumentHelp("The column holding one contributor's value per row (a magnitude table).", valueName: "NAME"))
    var contributionsColumn: String?

    @Option(
        name: .customLong("cell-column"),
        help: ArgumentHelp("With --contributions-column: a column naming the cell (repeatable; default the first).", valueName: "NAME"))
    var cellColumns: [String] = []

    /// The policy: the file's, or the defaults, with the command-line columns on top.
    func resolved() throws(FiveSafesError) -> DisclosurePolicy {
        var resolved = try policy.map { path throws(FiveSafesError) in try DisclosurePolicyFile.load(path) } ?? DisclosurePolicy()
        if !countsColumns.isEmpty { resolved.countColumns = countsColumns }
        if let contributionsColumn { resolved.contributionsColumn = contributionsColumn }
        if !cellColumns.isEmpty { resolved.cellColumns = cellColumns }
        return resolved
    }
}
