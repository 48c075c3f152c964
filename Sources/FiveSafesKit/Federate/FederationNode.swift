internal import JSONLD
internal import ROCrate

/// What a federated record copies from one node provenance RO-Crate's Root Data Entity (1.0 Working Draft,
/// "Referencing Another RO-Crate" and "Node Provenance RO-Crates").
struct FederationNode: Sendable {
    /// The path the user gave.
    var input: String
    /// The node crate's canonical identifier: the reference's `@id`.
    var identifier: String
    /// The root's `name`, if any.
    var name: String?
    /// The root's `version`, `dct:isVersionOf`, `datePublished` and `publisher` values, as written (copied, not
    /// interpreted: the record's own validation judges them).
    var copied: [(key: String, value: JSONValue)]
    /// Descriptions of the entities the copies refer to (the node's record identity and its publishers), as the
    /// node describes them: `@id`, `@type`, `name` and `description` only.
    var described: [JSONValue]

    /// The root's `license`, when it is one reference.
    var license: String?
    /// The licence's description in the node (`@id`, `@type`, `name`, `description`), when it has a `license`.
    var licenseDescription: JSONValue?

    /// The properties a reference copies from the node's root, in the draft's order.
    static let copiedProperties = ["datePublished", "publisher", "version", "dct:isVersionOf"]

    /// Reads a node crate's root.
    ///
    /// - Throws: ``FiveSafesError`` naming the input when the crate has no root or no canonical identifier.
    init(_ crate: Crate, input: String) throws(FiveSafesError) {
        guard let root = crate.root else {
            throw FiveSafesError(.unreadableInput, "not a node crate: its metadata has no Root Data Entity", path: input)
        }
        let identifiers = root.references("identifier").filter(Crate.isAbsoluteIRI)
        guard identifiers.count == 1, let identifier = identifiers.first else {
            throw FiveSafesError(
                .unreadableInput,
                "not a node crate a record can reference: its root needs exactly one canonical identifier "
                    + "({\"@id\": absolute IRI}), the @id of the reference (5S-REF-01, 5S-VER-01)",
                path: input)
        }
        self.input = input
        self.identifier = identifier
        self.name = root.string("name")
        var copied: [(key: String, value: JSONValue)] = []
        var described: [JSONValue] = []
        for property in Self.copiedProperties {
            let values = root.values(property)
            guard !values.isEmpty else { continue }
            copied.append((property, values.count == 1 ? values[0].value : .array(values)))
            for id in root.references(property) where property != "version" {
                described.append(Self.description(of: id, in: crate))
            }
        }
        let licenses = root.references("license")
        self.license = licenses.count == 1 ? licenses[0] : nil
        self.licenseDescription = license.map { Self.description(of: $0, in: crate) }
        self.copied = copied
        self.described = described
    }

    /// An entity the copies refer to, as the node describes it (`@type`, `name`, `description`), or a bare
    /// `CreativeWork`.
    static func description(of id: String, in crate: Crate) -> JSONValue {
        let entity = crate.entity(id)
        let types = entity?.types ?? []
        var members: [(String, JSONValue)] = [
            ("@id", .string(id)),
            ("@type", types.isEmpty ? .string("CreativeWork") : types.count == 1 ? .string(types[0]) : .list(types.map(JSONValue.string))),
        ]
        for key in ["name", "description"] {
            if let text = entity?.string(key) { members.append((key, .string(text))) }
        }
        return .orderedObject(members)
    }
}
