internal import Foundation
internal import JSONLD
public import ROCrate

/// PROV-O and graph views of a crate's lifecycle: the use case behind `fivesafes provenance export`.
public struct ProvenanceExporter: Sendable {
    /// The export formats.
    public enum Format: String, Sendable, CaseIterable {
        /// PROV-O as JSON-LD (inline context, so it needs no network).
        case provJSONLD = "prov-jsonld"
        /// PROV-O as RDF 1.1 Turtle.
        case turtle
        /// A Graphviz DOT digraph in PROV's usual shapes.
        case dot
        /// A Mermaid flowchart.
        case mermaid
    }

    /// Creates the use case.
    public init() {}

    /// The export of the crate at `path`.
    public func export(_ path: String, format: Format) throws(FiveSafesError) -> String {
        let target = try ProvenanceTarget(path)
        return export(try target.load(), format: format, base: Self.baseIRI(for: target))
    }

    /// The export of a loaded crate; relative `@id`s are resolved against `base` (written out absolute, since
    /// RDF tools do not resolve against every scheme).
    public func export(_ crate: Crate, format: Format, base: String) -> String {
        let graph = ProvenanceGraph(crate)
        switch format {
        case .provJSONLD: return jsonLD(graph, base: base)
        case .turtle: return turtle(graph, base: base)
        case .dot: return dot(graph)
        case .mermaid: return mermaid(graph)
        }
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

    func jsonLD(_ graph: ProvenanceGraph, base: String) -> String {
        let context = JSONValue.orderedObject([
            ("prov", .string("http://www.w3.org/ns/prov#")),
            ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")), ("schema", .string("http://schema.org/")),
            ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ])
        let items: [JSONValue] = graph.nodes.map { node in
            var pairs: [(String, JSONValue)] = [
                ("@id", .string(Self.resolve(node.id, base: base))), ("@type", .list(graph.provTypes(node).map(JSONValue.string))),
                ("rdfs:label", .string(node.label)),
            ]
            if let status = node.status { pairs.append(("schema:actionStatus", .string(status.rawValue))) }
            for (key, time) in [("prov:startedAtTime", node.start), ("prov:endedAtTime", node.end)] {
                if let time, LifecycleTime.instant(time) != nil {
                    pairs.append((key, .orderedObject([("@value", .string(time)), ("@type", .string("xsd:dateTime"))])))
                }
            }
            let relations = Dictionary(grouping: graph.edges.filter { $0.from == node.id }, by: \.relation)
            for relation in ["used", "generated", "wasGeneratedBy", "wasAssociatedWith", "wasInformedBy", "actedOnBehalfOf"] {
                guard let targets = relations[relation] else { continue }
                pairs.append(
                    ("prov:" + relation, .list(targets.map { .orderedObject([("@id", .string(Self.resolve($0.to, base: base)))]) })))
            }
            return .orderedObject(pairs)
        }
        return JSONWriter().string(.orderedObject([("@context", context), ("@graph", .list(items))])) + "\n"
    }

    /// An `@id` made absolute against the base (`./` is the base itself); blank nodes and absolute IRIs stay.
    static func resolve(_ id: String, base: String) -> String {
        if id.hasPrefix("_:") { return id }
        if let colon = id.firstIndex(of: ":"), id[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
            id.first?.isLetter == true
        {
            return id
        }
        if id == "./" || id == "." || id.isEmpty { return base }
        return base + (id.hasPrefix("./") ? String(id.dropFirst(2)) : id)
    }
}
