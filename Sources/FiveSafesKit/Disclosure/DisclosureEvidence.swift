public import OutputChecking
public import ROCrate

/// What `disclosure record` writes into a crate: one verdict per output, the policy, and the tool that decided.
public struct DisclosureEvidence: Sendable {
    /// The verdict on one output.
    public struct Output: Sendable, Hashable {
        /// The output's path in the crate.
        public var file: String
        /// The verdict.
        public var status: OutputStatus
        /// The rule ids that found something.
        public var rules: [String]
        /// The findings in a sentence or two (first ones located), for the reviewer.
        public var summary: String
        /// Why a reviewer releases the output despite the findings.
        public var exception: String?

        /// Creates a verdict.
        public init(file: String, status: OutputStatus, rules: [String], summary: String, exception: String? = nil) {
            self.file = file
            self.status = status
            self.rules = rules
            self.summary = summary
            self.exception = exception
        }
    }

    /// The tool that produced the verdicts (the action's instrument).
    public struct Tool: Sendable, Hashable {
        public var id: String
        public var name: String
        public var version: String
        public var url: String?

        /// Creates a tool description.
        public init(id: String, name: String, version: String, url: String? = nil) {
            self.id = id
            self.name = name
            self.version = version
            self.url = url
        }

        /// fivesafes itself.
        public static let fivesafes = Tool(
            id: "#fivesafes-disclosure-check", name: "fivesafes disclosure check",
            version: FiveSafesVersion.current)
    }

    /// One verdict per output.
    public var outputs: [Output]
    /// The policy, as YAML (stored as the `text` of a CreativeWork instrument, so the check can be re-run).
    public var policyYAML: String
    /// The deciding tool.
    public var tool: Tool
    /// `manual`, `automated` or `hybrid` (written as `disclosureCheckType` when the crate's context defines it).
    public var checkType: String?
    /// Who has the final say on egress (`approvedBy`, likewise).
    public var approvedBy: String?

    /// Creates evidence.
    public init(outputs: [Output], policyYAML: String, tool: Tool, checkType: String? = nil, approvedBy: String? = nil) {
        self.outputs = outputs
        self.policyYAML = policyYAML
        self.tool = tool
        self.checkType = checkType
        self.approvedBy = approvedBy
    }

    /// The evidence of a check; `exceptions` (by output path) release failing outputs with a reason.
    public init(report: DisclosureReport, exceptions: [String: String] = [:]) {
        let outputs = report.outputs.map { table in
            Output(
                file: table.file, status: table.status, rules: table.counts.filter { $0.value > 0 }.keys.sorted().map(\.rawValue),
                summary: Self.summary(of: table), exception: exceptions[table.file] ?? report.exceptions[table.file])
        }
        self.init(outputs: outputs, policyYAML: DisclosurePolicyFile.yaml(report.policy), tool: .fivesafes, checkType: "automated")
    }

    /// Completed when every output passed, is not checkable, or has an exception; failed otherwise.
    public var actionStatus: ActionStatus {
        outputs.allSatisfy { $0.status == .pass || $0.status == .notChecked || $0.exception != nil } ? .completed : .failed
    }

    /// The first findings of a table, located, in one line.
    static func summary(of table: TableCheck) -> String {
        guard table.totalFindings > 0 else { return "no findings in \(table.rows) rows" }
        let shown = table.findings.prefix(3).map { finding in
            let place = [finding.row.map { "row \($0)" }, finding.column.map { "column \($0)" }].compactMap { $0 }.joined(separator: " ")
            return "\(finding.rule.rawValue)\(place.isEmpty ? "" : " at \(place)"): \(finding.message)"
        }
        let more = table.totalFindings - shown.count
        return "\(table.totalFindings) finding\(table.totalFindings == 1 ? "" : "s"): " + shown.joined(separator: "; ")
            + (more > 0 ? "; and \(more) more" : "")
    }

    /// The exceptions a crate records, by output path (the latest verdict of any checker that gives one).
    static func exceptions(in crate: Crate) -> [String: String] {
        var exceptions: [String: String] = [:]
        for (output, votes) in crate.disclosureVotes {
            if let exception = votes.compactMap(\.exception).last { exceptions[output] = exception }
        }
        return exceptions
    }
}
