import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes federate NODE_CRATE… -o record/`: the federated activity record of the 1.0 Working Draft.
struct Federate: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a federated activity record (Five Safes 1.0 draft) over node crates and validate the set.",
        discussion: """
            Each NODE_CRATE is a published snapshot of one TRE node's provenance: a crate folder, a bag folder or \
            a ZIP holding a bag (read in place, never extracted). The record references each by its canonical \
            identifier, copying its version, dct:isVersionOf, datePublished and publisher, and is written to \
            OUTPUT/ro-crate-metadata.json (never over an existing one without --force, which keeps a .bak). Then \
            the record is validated under the 1.0 Working Draft rows and every node crate under its own profile.
            Exit status: 0 written and everything valid; 1 findings at or above --level in the record or a \
            node crate; 2 a node is not a readable crate, has no identifier or shares one, or the record \
            cannot be written; 64 usage error (a node given twice, an output inside a node, an IRI that is \
            not absolute).
            Examples:
              fivesafes federate node-a/ node-b.zip -o record/
              fivesafes federate node-a/ node-b/ -o record/ \\
                --record https://example.org/records/R --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: FederateOptions

    @Argument(help: "The node crates: crate folders, bag folders or ZIPs holding a bag.")
    var nodes: [String] = []

    func validate() throws {
        if nodes.isEmpty { throw ValidationError("Missing NODE_CRATE: name at least one node crate.") }
    }

    func execute() throws -> ExitStatus {
        var federation = options.federationOptions
        federation.date = try clock.fixed
        var federator = CrateFederator()
        federator.settingName = { setting in
            switch setting {
            case .record: "--record"
            case .identifier: "--identifier"
            }
        }
        let result = try federator.federate(nodes, into: options.output, options: federation)
        switch options.format {
        case .json: Terminal.write(FederationJSONRenderer(toolVersion: FiveSafes.version).render(result))
        case .text:
            if !global.quiet || !result.isValid { Terminal.write(FederationTextRenderer(colour: colours(output: nil)).render(result)) }
        }
        if result.reports.contains(where: \.isToolFailure) { return .toolFailure }
        return result.isValid ? .success : .findings
    }
}
