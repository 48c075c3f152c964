/// The 1.0 Working Draft's view of a crate: its processes (``ActivityRecordTerms``).
extension Crate {
    /// Every process: an entity other than the root whose `@type` names a kind of process, `prov:Activity` or
    /// another schema.org `…Action` (1.0-WD Processes).
    public var processes: [Entity] {
        let rootIndex = root?.index
        return entities.filter { $0.index != rootIndex && $0.types.contains(where: ActivityRecordTerms.isProcessType) }
    }

    /// Whether a reference names an entity described here as a `Person` or `Organization`.
    public func isPersonOrOrganization(_ id: String) -> Bool {
        isEntity(id, ofType: "Person") || isEntity(id, ofType: "Organization")
    }

    /// Whether an IRI is absolute (has a scheme); `_:` blank node labels are not.
    public static func isAbsoluteIRI(_ iri: String) -> Bool {
        !iri.hasPrefix("_:") && iri.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) != nil
    }
}
