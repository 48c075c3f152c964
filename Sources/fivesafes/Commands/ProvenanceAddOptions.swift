import ArgumentParser
import FiveSafesKit

/// The options of `provenance add`.
struct ProvenanceAddOptions: ParsableArguments {
    @Option(help: "potential, active, completed or failed.") var status: StatusChoice = .completed
    @Option(help: "The agent's @id (an ORCID, a TRE staff page, a software IRI).") var agent: String?
    @Option(name: .customLong("agent-name"), help: "The agent's name, for a new agent entity.") var agentName: String?
    @Option(
        name: .customLong("agent-type"), help: "person, organization or software (default: software with --agent-version, else person).")
    var agentType: AgentChoice?
    @Option(name: .customLong("agent-version"), help: "A software agent's version.") var agentVersion: String?
    @Option(name: .customLong("agent-url"), help: "A software agent's url (default: its @id).") var agentURL: String?
    @Option(help: "The TRE Organization's @id: provider of software agents, publisher when publishing.") var tre: String?
    @Option(name: .customLong("tre-name"), help: "The TRE's name, for a new TRE entity.") var treName: String?
    @Option(help: "startTime, RFC 3339 with a zone (default: now where the phase needs one).") var start: String?
    @Option(help: "endTime, RFC 3339 with a zone (default: now for completed and failed).") var end: String?
    @Option(help: "A note, recorded as the action's description.") var note: String?
    @Option(help: "The action's name (default: the check and its outcome).") var name: String?
    @Option(help: "The instrument's @id (default: sha-512 for check/publish, the profile for validate).") var instrument: String?
    @Option(name: .customLong("instrument-name"), help: "The instrument's name, for a new instrument entity.") var instrumentName: String?
    @Option(
        parsing: .upToNextOption,
        help: "Result files or folders inside the crate (execute, publish; retrieve: the unpacked workflow folder).")
    var result: [String] = []
    @Flag(name: .customLong("new"), help: "Record a new action even if the phase has one (e.g. a second disclosure check).") var newAction =
        false
    @Option(help: "send, receive: the asset sent or received, an absolute IRI or a snapshot folder.") var object: String?
    @Option(help: "send: the receiving Person or Organization's @id.") var recipient: String?
    @Option(name: .customLong("recipient-name"), help: "send: the recipient's name, for a new Organization.") var recipientName: String?
    @Option(help: "receive: the sending Person or Organization's @id.") var sender: String?
    @Option(name: .customLong("sender-name"), help: "receive: the sender's name, for a new Organization.") var senderName: String?
    @Option(name: .customLong("informed-by"), help: "receive: the SendAction's @id, where the dispatch is known.") var informedBy: String?
    @Flag(help: "Record even if the lifecycle forbids the move, or the bag is signed (its signatures then no longer hold).") var force =
        false

    func request(phase: String) throws -> ProvenanceRequest {
        var request = try ProvenanceRequest(phase: phase, status: status.rawValue)
        request.agent = agent
        request.agentName = agentName
        request.agentKind = agentType.flatMap { ProvenanceRequest.AgentKind(rawValue: $0.rawValue) }
        request.agentVersion = agentVersion
        request.agentURL = agentURL
        request.tre = tre
        request.treName = treName
        request.start = start
        request.end = end
        request.note = note
        request.name = name
        request.instrument = instrument
        request.instrumentName = instrumentName
        request.results = result
        request.newAction = newAction
        request.force = force
        return request
    }

    /// The exchange asked for by `send` or `receive` (a 1.0 record's SendAction or ReceiveAction).
    func exchange(_ kind: ExchangeRequest.Kind) throws -> ExchangeRequest {
        let party = kind == .send ? recipient : sender
        let partyFlag = kind == .send ? "--recipient" : "--sender"
        guard let object, let party else {
            throw CommandFailure(.usage, "\(kind.rawValue) needs --object (the asset, e.g. a snapshot's IRI) and \(partyFlag)")
        }
        let misplaced =
            kind == .send
            ? [("--sender", sender), ("--sender-name", senderName), ("--informed-by", informedBy)]
            : [("--recipient", recipient), ("--recipient-name", recipientName)]
        if let flag = misplaced.first(where: { $0.1 != nil })?.0 {
            throw CommandFailure(.usage, "\(flag) does not apply to \(kind.rawValue)")
        }
        var exchange = ExchangeRequest(kind: kind, object: object, party: party)
        exchange.partyName = kind == .send ? recipientName : senderName
        exchange.informedBy = informedBy
        exchange.details = try request(phase: "execute")
        return exchange
    }

    /// The exchange flags given, which only `send` and `receive` take.
    var exchangeFlags: [String] {
        [
            ("--object", object), ("--recipient", recipient), ("--recipient-name", recipientName), ("--sender", sender),
            ("--sender-name", senderName), ("--informed-by", informedBy),
        ].compactMap { $0.1 == nil ? nil : $0.0 }
    }
}

/// `--status` values.
enum StatusChoice: String, ExpressibleByArgument, CaseIterable {
    case potential, active, completed, failed
}

/// `--agent-type` values.
enum AgentChoice: String, ExpressibleByArgument, CaseIterable {
    case person, organization, software
}
