public import FiveSafesDiagnostics
internal import JSONLD

extension FederationResult {
    /// The `--format json` report: the record written, the nodes it references, and each validation report in
    /// `validate --format json`'s shape (the record's first).
    public func json(toolVersion: String) -> String {
        let renderer = JSONReportRenderer(toolVersion: toolVersion)
        let reports = reports.map { report -> JSONValue in
            // The renderer's own output, parsed back: one shape for `validate` and `federate`.
            (try? JSONParser().parse(Array(renderer.render(report).utf8)).value) ?? .null
        }
        let value = JSONValue.orderedObject([
            ("fivesafes", .string(toolVersion)),
            ("record", .string(metadataPath)),
            ("backup", .optional(backupPath)),
            ("isVersionOf", .string(record)),
            ("identifier", .string(identifier)),
            ("valid", .bool(isValid)),
            (
                "nodes",
                .list(nodes.map { .orderedObject([("input", .string($0.input)), ("identifier", .string($0.identifier))]) })
            ),
            ("reports", .list(reports)),
        ])
        return JSONWriter().string(value) + "\n"
    }

    /// The human report: what was written, then each validation report (record first) as `validate` prints it.
    public func text(colour: Bool) -> String {
        let renderer = TextReportRenderer(colour: colour)
        var output = "wrote \(TerminalText.printable(metadataPath)): federated activity record \(TerminalText.printable(record))"
        output += " referencing \(nodes.count) node crate\(nodes.count == 1 ? "" : "s")\n"
        if let backupPath { output += "the old record is kept as \(TerminalText.printable(backupPath))\n" }
        for node in nodes {
            output += "  \(TerminalText.printable(node.input)) → \(TerminalText.printable(node.identifier))\n"
        }
        for report in reports { output += "\n" + renderer.render(report) }
        return output
    }
}
