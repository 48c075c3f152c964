internal import FiveSafesDiagnostics
internal import JSONLD
internal import ROCrate

/// Findings about an input that could not be read as a crate; each is fatal (exit status 2).
extension Diagnostic {
    static let roCrateSpec = "https://www.researchobject.org/ro-crate/specification/1.2/root-data-entity.html"

    /// A directory without `ro-crate-metadata.json`.
    static func metadataMissing(in directory: String) -> Diagnostic {
        Diagnostic(
            rule: "RC-MD-01",
            severity: .required,
            message: "`\(directory)` has no ro-crate-metadata.json, so it is not an attached RO-Crate\(CrateLocator.hint(for: directory))",
            location: Location(file: "ro-crate-metadata.json"),
            fix: "Point validate at the crate's root folder, or create the metadata with `fivesafes init`",
            spec: roCrateSpec,
            isFatal: true
        )
    }

    /// A metadata file larger than the limit.
    static func metadataTooLarge(_ file: String, size: Int64, limit: Int64) -> Diagnostic {
        Diagnostic(
            rule: "FS-INPUT-002",
            severity: .required,
            message: "the metadata file is \(size) bytes, over the limit of \(limit) bytes",
            location: Location(file: file),
            fix: "Raise the limit with --max-size if this crate is trusted",
            isFatal: true
        )
    }

    /// A file that could not be read.
    static func unreadable(_ file: String, reason: String) -> Diagnostic {
        Diagnostic(
            rule: "FS-INPUT-001",
            severity: .required,
            message: "cannot read the metadata file: \(reason)",
            location: Location(file: file),
            fix: "Check that the file exists and is readable",
            isFatal: true
        )
    }

    /// Metadata that is not JSON, or not a flattened JSON-LD document.
    static func loadFailure(_ error: CrateLoadError, fileName: String, bytes: [UInt8]) -> Diagnostic {
        let map = SourceMap(bytes)
        func located(_ rule: String, _ message: String, offset: Int?, pointer: JSONPointer?, fix: String) -> Diagnostic {
            let position = offset.flatMap(map.position(of:))
            return Diagnostic(
                rule: rule,
                severity: .required,
                message: message,
                location: Location(file: fileName, pointer: pointer, line: position?.line, column: position?.column),
                fix: fix,
                spec: roCrateSpec,
                isFatal: true
            )
        }
        switch error {
        case .empty:
            return located(
                "RC-MD-01", "the metadata file is empty", offset: nil, pointer: nil, fix: "Write the crate's JSON-LD metadata into the file"
            )
        case .notJSON(let syntax):
            return located(
                "RC-MD-02", "the metadata file is not valid JSON: \(syntax.message)", offset: syntax.offset, pointer: nil,
                fix: "Fix the JSON syntax at the position given")
        case .topLevelNotObject(let kind):
            return located(
                "RC-MD-04", "the top level of the metadata is a \(kind), not a JSON-LD object with `@context` and `@graph`", offset: 0,
                pointer: .root, fix: "Wrap the entities as {\"@context\": …, \"@graph\": [ … ]}")
        case .graphMissing:
            return located(
                "RC-MD-04", "the metadata has no `@graph`, so it is not flattened JSON-LD", offset: 0, pointer: .root,
                fix: "Put every entity in a top-level \"@graph\" array")
        case .graphNotArray(let kind, let offset):
            return located(
                "RC-MD-04", "`@graph` is a \(kind), not an array of entities", offset: offset, pointer: JSONPointer(tokens: ["@graph"]),
                fix: "Make \"@graph\" an array of entity objects")
        }
    }
}
