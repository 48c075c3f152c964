import ArgumentParser

/// `fivesafes disclosure …`: statistical disclosure control of a result crate's outputs.
struct Disclosure: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a result crate's outputs for disclosive cells; record the evidence in the crate.",
        discussion: """
            check applies the SDC rules (threshold, zeros, NK dominance, p-ratio, degrees of freedom, rounding, \
            blocked file types) to the CSV/TSV tables in outputs/; record writes the verdicts, the policy and the \
            tool into the crate's DisclosureCheck action; import turns an ACRO results.json into the same evidence.
            Exit status: 0 every output passed or was released; 1 an output fails or needs review (or the \
            lifecycle refused the record); 2 unreadable crate or input; 64 usage error.
            """,
        subcommands: [DisclosureCheck.self, DisclosureRecord.self, DisclosureImport.self]
    )
}
