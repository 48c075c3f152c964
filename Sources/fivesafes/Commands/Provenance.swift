import ArgumentParser
import FiveSafesKit

/// `fivesafes provenance …`: the TRE side of the lifecycle.
struct Provenance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the TRE's review phases in a crate; show, export and sanitize its lifecycle.",
        discussion: """
            Phases, in order: check, validate, retrieve, sign-off, execute, disclose, publish. Each writes the \
            entities the Five Safes profile asks for; moves the lifecycle forbids are refused with the rule id \
            (exit 1) unless --force. snapshot writes a fixed snapshot of a Five Safes 1.0 working record; \
            add send and add receive record its exchanges, and show lists its processes.
            Exit status: 0 done; 1 the move was refused; 2 unreadable crate or write failure; 64 usage error.
            """,
        subcommands: [ProvenanceAdd.self, ProvenanceShow.self, ProvenanceExport.self, ProvenanceSanitize.self, ProvenanceSnapshot.self]
    )
}
