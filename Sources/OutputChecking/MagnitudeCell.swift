/// One cell of a magnitude table, built from its contributions: how many, their total, and the largest few.
struct MagnitudeCell {
    /// The first row that contributed (where a finding points).
    var firstRow: Int
    /// The cell's label (the other columns' values).
    var label: String
    var contributors = 0
    var total: Double = 0
    /// The largest contributions, largest first (absolute values, as ACRO's dominance rules use).
    var largest: [Double] = []

    mutating func add(_ value: Double, keeping count: Int) {
        let magnitude = abs(value)
        contributors += 1
        total += magnitude
        let position = largest.firstIndex { magnitude > $0 } ?? largest.count
        if position < count {
            largest.insert(magnitude, at: position)
            if largest.count > count { largest.removeLast() }
        }
    }

    /// The findings of the threshold, NK and p-ratio rules on this cell.
    func findings(_ policy: DisclosurePolicy, column: Int, columnName: String) -> [CellFinding] {
        var found: [CellFinding] = []
        func finding(_ rule: SDCRule, _ message: String) {
            found.append(CellFinding(rule: rule, row: firstRow, column: column, columnName: columnName, message: message))
        }
        if contributors < policy.threshold {
            finding(
                .threshold,
                "cell `\(label)` has \(contributors) contributor\(contributors == 1 ? "" : "s"), fewer than the threshold \(policy.threshold)"
            )
        }
        guard total > 0 else { return found }
        let top = largest.prefix(policy.nkN).reduce(0, +)
        if top / total > policy.nkK {
            finding(
                .dominance,
                "cell `\(label)`: the largest \(policy.nkN) contributor\(policy.nkN == 1 ? "" : "s") hold \(Self.percent(top / total)) of the total, more than \(Self.percent(policy.nkK)) (NK rule)"
            )
        }
        if let first = largest.first {
            let rest = total - first - (largest.count > 1 ? largest[1] : 0)
            if rest < policy.pRatio * first {
                finding(
                    .pRatio,
                    "cell `\(label)`: the total less its two largest contributions (\(Self.number(rest))) is less than \(Self.number(policy.pRatio)) × the largest (\(Self.number(first)))"
                )
            }
        }
        return found
    }

    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return tenths == tenths.rounded() ? "\(Int(tenths)) %" : "\(tenths) %"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
