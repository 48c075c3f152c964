import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes provenance export PATH --format …`: PROV-O and graph views of the lifecycle.
struct ProvenanceExport: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the lifecycle as PROV-O (JSON-LD or Turtle) or as a graph (Graphviz DOT, Mermaid).",
        discussion: """
            Activities are the phase actions, agents their agents (acting on behalf of the TRE), entities what \
            they used (object, instrument) and generated (result); phases are linked by prov:wasInformedBy.
            Examples:
              fivesafes provenance export result/ --format turtle > lifecycle.ttl
              fivesafes provenance export result/ --format dot | dot -Tsvg > lifecycle.svg
              fivesafes provenance export result/ --format mermaid
            """
    )

    static let messageName = "provenance export"

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A crate folder, or a bag folder with the crate in data/.") var path: String
    @Option(help: "prov-jsonld, turtle, dot or mermaid.") var format: ExportFormat

    func execute() throws -> ExitStatus {
        let export = try ProvenanceExporter().export(path)
        let renderer: any ReportRenderer<LifecycleExport> =
            switch format {
            case .provJSONLD: ProvJSONLDRenderer()
            case .turtle: TurtleRenderer()
            case .dot: DOTRenderer()
            case .mermaid: MermaidRenderer()
            }
        Terminal.write(renderer.render(export))
        return .success
    }
}

/// `export --format` values.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case provJSONLD = "prov-jsonld"
    case turtle, dot, mermaid
}
