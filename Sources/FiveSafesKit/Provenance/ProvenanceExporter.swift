internal import Foundation
public import ROCrate

/// PROV-O and graph views of a crate's lifecycle: the use case behind `fivesafes provenance export`.
public struct ProvenanceExporter: Sendable {
    /// Creates the use case.
    public init() {}

    /// The lifecycle graph of the crate at `path`, for the renderers of `provenance export`.
    public func export(_ path: String) throws(FiveSafesError) -> LifecycleExport {
        let target = try ProvenanceTarget(path)
        return export(try target.load(), base: Self.baseIRI(for: target))
    }

    /// The lifecycle graph of a loaded crate; relative `@id`s are resolved against `base` when rendered (written out
    /// absolute, since RDF tools do not resolve against every scheme).
    public func export(_ crate: Crate, base: String) -> LifecycleExport {
        LifecycleExport(graph: ProvenanceGraph(crate), base: base)
    }

    /// `arcp://uuid,<External-Identifier>/` for a bag, else `arcp://name,<folder>/`.
    static func baseIRI(for target: ProvenanceTarget) -> String {
        if let bag = target.bagRoot, let info = try? String(contentsOfFile: bag + "/bag-info.txt", encoding: .utf8) {
            for line in info.split(whereSeparator: \.isNewline) where line.lowercased().hasPrefix("external-identifier:") {
                let value = line.dropFirst("external-identifier:".count).trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("urn:uuid:") { return "arcp://uuid," + value.dropFirst("urn:uuid:".count) + "/" }
            }
        }
        let name = URL(fileURLWithPath: target.crateRoot).standardizedFileURL.lastPathComponent
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? "crate"
        return "arcp://name," + encoded + "/"
    }
}
