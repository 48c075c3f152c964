internal import FiveSafesDiagnostics
internal import JSONLD

/// The parts of a report that several machine-readable formats write the same way.
extension ValidationReport.ProfileInfo {
    /// `{"id", "version", "iri"}`, as in the JSON report.
    var jsonValue: JSONValue {
        .orderedObject([
            ("id", .string(id)),
            ("version", .optional(version)),
            ("iri", .optional(iri)),
        ])
    }
}

extension ValidationReport.Checked {
    /// `{"rules", "entities", "files", "bytes"}`, as in the JSON report.
    var jsonValue: JSONValue {
        .orderedObject([
            ("rules", .integer(rules)),
            ("entities", .integer(entities)),
            ("files", .integer(files)),
            ("bytes", .number(String(bytes))),
        ])
    }
}
