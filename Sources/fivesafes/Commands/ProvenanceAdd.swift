import ArgumentParser
import FiveSafesKit

/// `fivesafes provenance add PHASE PATH`: record one review phase's action.
struct ProvenanceAdd: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a review phase (new action, or the phase's latest action updated in place).",
        discussion: """
            Examples:
              fivesafes provenance add check crate/ \\
                --agent https://tre.example/#validator --agent-name Validator \\
                --agent-version 2.3.1 --tre https://tre.example/ --tre-name "TRE 72"
              fivesafes provenance add sign-off crate/ \\
                --agent https://tre.example/people/ro --agent-name "R. Okafor" \\
                --instrument https://tre.example/agreement-policy/81 \\
                --instrument-name "Agreement policy 81"
              fivesafes provenance add execute crate/ --status active
              fivesafes provenance add execute crate/ \\
                --result outputs/qa.csv outputs/summary.txt
              fivesafes provenance add disclose crate/ --status potential \\
                --note "estimate: 1 week" --agent https://tre.example/people/ro
              fivesafes provenance add publish bag/ \\
                --agent https://tre.example/#validator --tre https://tre.example/
              fivesafes provenance add send record/ \\
                --object https://tre-a.example/records/R/versions/1 \\
                --recipient https://tre-b.example/ --recipient-name "TRE B"
              fivesafes provenance add receive record/ --object snapshot-1/ \\
                --sender https://tre-a.example/ \\
                --informed-by https://tre-a.example/records/R/exchanges/1

            Times are RFC 3339 with a zone (2026-11-24T15:00:00Z); they default to now. publish on a bag folder \
            regenerates its manifests. send and receive record exchanges in a Five Safes \
            1.0 working record only; --object is the asset's IRI or a snapshot folder.
            """
    )

    static let messageName = "provenance add"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The phase: check, validate, retrieve, sign-off, execute, disclose, publish, send or receive.") var phase:
        LifecyclePhaseChoice
    @Argument(help: "A crate folder, or a bag folder with the crate in data/.") var path: String
    @OptionGroup var options: ProvenanceAddOptions

    func execute() throws -> ExitStatus {
        if let kind = ExchangeRequest.Kind(rawValue: phase.rawValue) { return try exchange(kind) }
        if let flag = options.exchangeFlags.first { throw CommandFailure(.usage, "\(flag) applies to send and receive only") }
        let record = try ProvenanceRecorder.withFlags.record(try options.request(phase: phase.rawValue), in: path)
        guard !global.quiet else { return .success }
        let verb = record.updated ? "updated" : "added"
        Terminal.write(
            "\(verb) \(record.phase.rawValue) action \(record.actionID) (\(record.status.shortName)) in \(record.metadataPath)\n")
        for refusal in record.overridden {
            Terminal.printError("warning: forced past [\(refusal.rule)] \(refusal.message)")
        }
        if record.refreshedBag { Terminal.write("regenerated the bag's manifests\n") }
        for note in record.notes { Terminal.printError("note: \(note)") }
        return .success
    }

    /// `send` or `receive`: an exchange in a 1.0 working record.
    private func exchange(_ kind: ExchangeRequest.Kind) throws -> ExitStatus {
        let record = try ProvenanceRecorder.withFlags.record(try options.exchange(kind), in: path)
        guard !global.quiet else { return .success }
        Terminal.write("added \(kind.rawValue) action \(record.actionID) (\(record.status.shortName)) in \(record.metadataPath)\n")
        for note in record.notes { Terminal.printError("note: \(note)") }
        return .success
    }
}

/// The phases, as typed on the command line.
enum LifecyclePhaseChoice: String, ExpressibleByArgument, CaseIterable {
    case check, validate, retrieve
    case signOff = "sign-off"
    case execute, disclose, publish
    case send, receive
}
