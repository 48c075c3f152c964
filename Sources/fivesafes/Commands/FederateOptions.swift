import ArgumentParser
import FiveSafesKit

/// The output, record and validation options of `federate`.
struct FederateOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder the record is written to (created when missing).", valueName: "OUTPUT"))
    var output: String

    @Option(help: ArgumentHelp("The federated activity record's identity (dct:isVersionOf); default a new urn:uuid.", valueName: "IRI"))
    var record: String?

    @Option(help: ArgumentHelp("This representation's canonical identifier; default a new urn:uuid.", valueName: "IRI"))
    var identifier: String?

    @Option(help: "The record's name.")
    var name = "Federated activity record"

    @Option(name: .customLong("description"), help: "The record's description (default: how many node crates it references).")
    var recordDescription: String?

    @Option(
        help: ArgumentHelp("The record's licence, an IRI (default: the one every node crate declares, if they agree).", valueName: "IRI"))
    var license: String?

    @Option(
        help: ArgumentHelp(
            "The record's publisher, an Organization IRI (a node's publisher is described as that node does).", valueName: "IRI"))
    var publisher: String?

    @Option(help: "required, recommended or optional: report findings at this level or above.")
    var level: LevelChoice = .required

    @Option(help: "Report format: text or json.")
    var format: FederateFormat = .text

    @Flag(help: "Replace an existing record (the old one is kept as .bak).")
    var force = false

    /// The library options these flags stand for.
    var federationOptions: CrateFederator.Options {
        var options = CrateFederator.Options()
        options.record = record
        options.identifier = identifier
        options.name = name
        options.description = recordDescription
        options.license = license
        options.publisher = publisher
        options.force = force
        options.validation.level = level.severity
        return options
    }
}

/// `federate --format`.
enum FederateFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
