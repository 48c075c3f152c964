public import FiveSafesDiagnostics

extension CrateValidator {
    /// The report for an input that could not be opened at all: one fatal `FS-INPUT-001` finding.
    public func unreadable(_ name: String, reason: String) -> ValidationReport {
        ValidationReport(
            input: name,
            profile: .init(id: "ro-crate", version: nil, iri: nil),
            phase: options.phase ?? .request,
            level: options.level,
            levels: options.levels,
            diagnostics: [
                Diagnostic(
                    rule: "FS-INPUT-001",
                    severity: .required,
                    message: "cannot read `\(name)`: \(reason)",
                    location: Location(file: name),
                    fix: "Check the path: a crate directory, a ro-crate-metadata.json file, or - for stdin",
                    isFatal: true
                )
            ],
            checked: .init(),
            elapsedMilliseconds: 0
        )
    }
}
