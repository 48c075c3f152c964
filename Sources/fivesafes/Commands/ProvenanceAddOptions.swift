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
}

/// `--status` values.
enum StatusChoice: String, ExpressibleByArgument, CaseIterable {
    case potential, active, completed, failed
}

/// `--agent-type` values.
enum AgentChoice: String, ExpressibleByArgument, CaseIterable {
    case person, organization, software
}
