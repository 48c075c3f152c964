import ArgumentParser
import FiveSafesKit

/// Who decided and how, for `disclosure record` and `disclosure import`.
struct DisclosureRecordOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The checker's @id (default: the tool, an automated check).", valueName: "ID"))
    var agent: String?

    @Option(name: .customLong("agent-name"), help: ArgumentHelp("The checker's name, for a new agent entity.", valueName: "NAME"))
    var agentName: String?

    @Option(help: ArgumentHelp("The TRE Organization's @id (affiliation of a person checker).", valueName: "ID"))
    var tre: String?

    @Option(name: .customLong("tre-name"), help: ArgumentHelp("The TRE's name, for a new TRE entity.", valueName: "NAME"))
    var treName: String?

    @Option(name: .customLong("check-type"), help: "manual, automated or hybrid (5s-crate 0.5 disclosureCheckType).")
    var checkType: CheckType?

    @Option(
        name: .customLong("approved-by"),
        help: ArgumentHelp("The person with the final say on egress (5s-crate 0.5 approvedBy).", valueName: "ID"))
    var approvedBy: String?

    @Option(
        help: ArgumentHelp(
            "Release a failing output with a reason: OUTPUT=TEXT, e.g. outputs/t.csv=\"rounded by hand\" (repeatable).",
            valueName: "OUTPUT=TEXT"))
    var exception: [String] = []

    @Option(
        name: .customLong("tool-url"),
        help: ArgumentHelp("Where the checking tool is described (the instrument's url; RO-Crate wants one).", valueName: "URL"))
    var toolURL: String?

    @Flag(help: "Record an independent vote (a new action) instead of updating the latest disclosure action: two checkers.")
    var vote = false

    @Flag(help: "Record even when the lifecycle forbids it (e.g. before sign-off).")
    var force = false

    /// The exceptions by output path.
    func exceptions() throws(FiveSafesError) -> [String: String] {
        var exceptions: [String: String] = [:]
        for item in exception {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex, item.index(after: equals) != item.endIndex else {
                throw FiveSafesError(.usage, "--exception \(item) is not OUTPUT=TEXT")
            }
            var output = String(item[..<equals])
            if output.hasPrefix("./") { output.removeFirst(2) }
            exceptions[output] = String(item[item.index(after: equals)...])
        }
        return exceptions
    }

    /// The provenance request for the evidence.
    func request(_ evidence: DisclosureEvidence) throws(FiveSafesError) -> ProvenanceRequest {
        var evidence = evidence
        if let checkType { evidence.checkType = checkType.rawValue } else if agent != nil { evidence.checkType = "hybrid" }
        evidence.approvedBy = approvedBy
        if let toolURL { evidence.tool.url = toolURL }
        var request = ProvenanceRequest(phase: .disclose, status: evidence.actionStatus)
        request.agent = agent ?? evidence.tool.id
        request.agentName = agentName ?? (agent == nil ? evidence.tool.name : nil)
        if agent == nil {
            request.agentKind = .software
            request.agentVersion = evidence.tool.version
        }
        request.tre = tre
        request.treName = treName
        request.newAction = vote
        request.force = force
        request.evidence = evidence
        return request
    }

    /// Records the request and prints what happened (a refusal ends the command as `provenance add`'s does).
    func record(_ request: ProvenanceRequest, in path: String, quiet: Bool) throws {
        let record = try ProvenanceRecorder.withFlags.record(request, in: path)
        guard !quiet else { return }
        let outputs = request.evidence?.outputs ?? []
        let failing = outputs.count { $0.status != .pass && $0.status != .notChecked && $0.exception == nil }
        Terminal.write(
            "\(record.updated ? "updated" : "added") disclosure action \(record.actionID) (\(record.status.shortName)): "
                + "\(outputs.count) output verdict\(outputs.count == 1 ? "" : "s"), \(failing) not cleared, in \(record.metadataPath)\n")
        for refusal in record.overridden { Terminal.printError("warning: forced past [\(refusal.rule)] \(refusal.message)") }
        for note in record.notes { Terminal.printError("note: \(note)") }
    }
}

/// How the disclosure check was done (5s-crate 0.5).
enum CheckType: String, ExpressibleByArgument, CaseIterable {
    case manual, automated, hybrid
}
