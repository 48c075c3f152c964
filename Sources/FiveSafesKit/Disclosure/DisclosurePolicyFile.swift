internal import Foundation
internal import JSONLD
public import OutputChecking
internal import Yams

/// Reads and writes the risk appetite as YAML (`--policy policy.yaml`).
///
/// Keys (ACRO's names are accepted as aliases): `threshold` (`safe_threshold`), `zeros_are_disclosive`
/// (`zeros`), `dof` (`safe_dof_threshold`), `nk: {n, k}` (`safe_nk_n`, `safe_nk_k`), `p` (`safe_pratio_p`),
/// `rounding_base`, `blocked_extensions`, `count_columns`, `contributions_column`, `cell_columns`,
/// `dof_columns`. An unknown key or a value of the wrong kind is a usage error naming the key.
public enum DisclosurePolicyFile {
    /// The largest policy file read.
    static let maximumBytes = 1 << 20

    /// Loads a policy file.
    public static func load(_ path: String) throws(FiveSafesError) -> DisclosurePolicy {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FiveSafesError(.usage, "cannot read the policy file", path: path)
        }
        guard data.count <= maximumBytes else { throw FiveSafesError(.usage, "the policy file is larger than 1 MiB", path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FiveSafesError(.usage, "the policy file is not UTF-8", path: path)
        }
        return try parse(text, path: path)
    }

    /// Parses policy YAML (also JSON, a subset of YAML).
    public static func parse(_ text: String, path: String) throws(FiveSafesError) -> DisclosurePolicy {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw FiveSafesError(.usage, "not valid YAML: \(error)", path: path)
        }
        guard let node else { return DisclosurePolicy() }
        guard let mapping = node.mapping else { throw FiveSafesError(.usage, "the policy must be a YAML mapping", path: path) }
        var policy = DisclosurePolicy()
        var budget = 10_000
        for (key, value) in mapping {
            try apply(key.string ?? "", value, to: &policy, path: path, budget: &budget)
        }
        return policy
    }

    private static func apply(_ key: String, _ value: Node, to policy: inout DisclosurePolicy, path: String, budget: inout Int)
        throws(FiveSafesError)
    {
        budget -= 1
        guard budget >= 0 else { throw FiveSafesError(.usage, "the policy has too many values (YAML aliases?)", path: path) }
        func integer() throws(FiveSafesError) -> Int {
            guard let number = value.scalar.flatMap({ Int($0.string) }), number >= 0 else {
                throw FiveSafesError(.usage, "`\(key)` must be a whole number ≥ 0", path: path)
            }
            return number
        }
        func fraction() throws(FiveSafesError) -> Double {
            guard let number = value.scalar.flatMap({ Double($0.string) }), number >= 0, number <= 1 else {
                throw FiveSafesError(.usage, "`\(key)` must be a number from 0 to 1", path: path)
            }
            return number
        }
        func strings() throws(FiveSafesError) -> [String] {
            if let scalar = value.scalar { return [scalar.string] }
            guard let sequence = value.sequence, sequence.count <= 1000 else {
                throw FiveSafesError(.usage, "`\(key)` must be a list of names", path: path)
            }
            var names: [String] = []
            for item in sequence {
                guard let name = item.scalar?.string else { throw FiveSafesError(.usage, "`\(key)` must be a list of names", path: path) }
                names.append(name)
            }
            return names
        }
        switch key {
        case "threshold", "safe_threshold": policy.threshold = try integer()
        case "zeros_are_disclosive", "zeros":
            guard let flag = value.scalar.flatMap({ Bool($0.string.lowercased()) }) else {
                throw FiveSafesError(.usage, "`\(key)` must be true or false", path: path)
            }
            policy.zerosAreDisclosive = flag
        case "dof", "safe_dof_threshold": policy.minimumDegreesOfFreedom = try integer()
        case "safe_nk_n", "nk.n": policy.nkN = max(1, try integer())
        case "safe_nk_k", "nk.k": policy.nkK = try fraction()
        case "p", "safe_pratio_p": policy.pRatio = try fraction()
        case "rounding_base":
            let base = try integer()
            policy.roundingBase = base == 0 ? nil : base
        case "blocked_extensions":
            policy.blockedExtensions = try strings().map { $0.hasPrefix(".") ? $0.lowercased() : "." + $0.lowercased() }
        case "count_columns": policy.countColumns = try strings()
        case "contributions_column": policy.contributionsColumn = try strings().first
        case "cell_columns": policy.cellColumns = try strings()
        case "dof_columns": policy.degreesOfFreedomColumns = try strings()
        case "nk":
            guard let mapping = value.mapping else { throw FiveSafesError(.usage, "`nk` must be a mapping with n and k", path: path) }
            for (inner, innerValue) in mapping {
                let name = inner.string ?? ""
                guard name == "n" || name == "k" else { throw FiveSafesError(.usage, "unknown key `nk.\(name)`; use n and k", path: path) }
                try apply("nk." + name, innerValue, to: &policy, path: path, budget: &budget)
            }
        default:
            throw FiveSafesError(
                .usage,
                "unknown policy key `\(key)`; known: threshold, zeros_are_disclosive, dof, nk (n, k), p, rounding_base, blocked_extensions, count_columns, contributions_column, cell_columns, dof_columns",
                path: path)
        }
    }

    /// The policy as YAML, every key written (what a crate stores, so the check can be re-run).
    public static func yaml(_ policy: DisclosurePolicy) -> String {
        func list(_ names: [String]) -> String { "[" + names.map(quoted).joined(separator: ", ") + "]" }
        var lines = [
            "threshold: \(policy.threshold)",
            "zeros_are_disclosive: \(policy.zerosAreDisclosive)",
            "dof: \(policy.minimumDegreesOfFreedom)",
            "nk:",
            "  n: \(policy.nkN)",
            "  k: \(policy.nkK)",
            "p: \(policy.pRatio)",
            "blocked_extensions: \(list(policy.blockedExtensions))",
        ]
        if let base = policy.roundingBase { lines.append("rounding_base: \(base)") }
        if !policy.countColumns.isEmpty { lines.append("count_columns: \(list(policy.countColumns))") }
        if let column = policy.contributionsColumn { lines.append("contributions_column: \(quoted(column))") }
        if !policy.cellColumns.isEmpty { lines.append("cell_columns: \(list(policy.cellColumns))") }
        if !policy.degreesOfFreedomColumns.isEmpty { lines.append("dof_columns: \(list(policy.degreesOfFreedomColumns))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: a JSON string literal, which YAML 1.2 reads the same.
    private static func quoted(_ text: String) -> String {
        var output = ""
        JSONWriter.quote(text, into: &output)
        return output
    }
}
