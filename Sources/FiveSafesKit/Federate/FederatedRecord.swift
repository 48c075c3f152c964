internal import JSONLD

/// The metadata of a federated activity record, in the draft's shapes: a working record (no `version`) of RO-Crate
/// 1.3 conforming to `https://w3id.org/5s-crate/1.0`, whose root reaches each node provenance RO-Crate through
/// `hasPart`, each reference a `Dataset` with the node's `version`, `dct:isVersionOf`, `datePublished` and
/// `publisher` copied, `conformsTo` the versionless RO-Crate IRI, and `about` the federated activity record.
struct FederatedRecord {
    /// The record's identity, its canonical identifier, the node crates and the options.
    var record: String
    var identifier: String
    var nodes: [FederationNode]
    var options: CrateFederator.Options

    /// The profile IRI of the 1.0 Working Draft.
    static let profile = "https://w3id.org/5s-crate/1.0"

    /// The whole `ro-crate-metadata.json` document.
    var document: JSONValue {
        let date = CrateInitializer.timestamp(options.date)
        let count = nodes.count == 1 ? "1 node provenance RO-Crate" : "\(nodes.count) node provenance RO-Crates"
        var root: [(String, JSONValue)] = [
            ("@id", .string("./")), ("@type", .string("Dataset")), ("conformsTo", ref(Self.profile)),
            ("identifier", ref(identifier)), ("dct:isVersionOf", ref(record)),
            ("name", .string(options.name)),
            ("description", .string(options.description ?? "Federated activity record referencing \(count).")),
            ("dateCreated", .string(date)), ("datePublished", .string(date)),
        ]
        let license = options.license ?? sharedLicense
        if let license { root.append(("license", ref(license))) }
        if let publisher = options.publisher { root.append(("publisher", ref(publisher))) }
        root.append(("hasPart", nodes.count == 1 ? ref(nodes[0].identifier) : .list(nodes.map { ref($0.identifier) })))
        var graph: [JSONValue] = [
            .orderedObject([
                ("@id", .string("ro-crate-metadata.json")), ("@type", .string("CreativeWork")), ("about", ref("./")),
                ("conformsTo", ref("https://w3id.org/ro/crate/1.3")),
            ]),
            .orderedObject(root),
            .orderedObject([
                ("@id", .string(Self.profile)), ("@type", .list([.string("CreativeWork"), .string("Profile")])),
                ("name", .string("Five Safes RO-Crate profile")), ("version", .string("1.0")),
            ]),
            .orderedObject([
                ("@id", .string(record)), ("@type", .string("CreativeWork")), ("name", .string(options.name)),
                ("description", .string("The federated work across all its representations.")),
            ]),
        ]
        var described = Set([record, "./", Self.profile] + nodes.map(\.identifier))
        if let license, described.insert(license).inserted {
            graph.append(
                nodes.compactMap(\.licenseDescription).first { $0.objectValue?["@id"]?.value.stringValue == license }
                    ?? .orderedObject([("@id", .string(license)), ("@type", .string("CreativeWork")), ("name", .string(license))]))
        }
        if let publisher = options.publisher, described.insert(publisher).inserted {
            // The coordinating organisation is usually one of the nodes' publishers: described as that node does.
            let known = nodes.flatMap(\.described).first { $0.objectValue?["@id"]?.value.stringValue == publisher }
            graph.append(
                known ?? .orderedObject([("@id", .string(publisher)), ("@type", .string("Organization")), ("name", .string(publisher))]))
        }
        for node in nodes {
            graph.append(reference(to: node))
            for entity in node.described {
                guard let id = entity.objectValue?["@id"]?.value.stringValue, described.insert(id).inserted else { continue }
                graph.append(entity)
            }
        }
        return .orderedObject([
            ("@context", .list([.string("https://w3id.org/ro/crate/1.3/context")])), ("@graph", .list(graph)),
        ])
    }

    /// The licence every node crate declares, when they all declare the same one (the default of `--license`).
    var sharedLicense: String? {
        let licenses = Set(nodes.map(\.license))
        guard licenses.count == 1, let license = licenses.first else { return nil }
        return license
    }

    /// The `Dataset` describing one node provenance RO-Crate.
    func reference(to node: FederationNode) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@id", .string(node.identifier)), ("@type", .string("Dataset")),
            ("name", .string(node.name ?? "Node provenance RO-Crate \(node.identifier)")),
            ("conformsTo", ref("https://w3id.org/ro/crate")), ("about", ref(record)),
        ]
        members += node.copied.map { ($0.key, $0.value) }
        return .orderedObject(members)
    }
}
