internal import JSONLD

/// Other RO-Crates a Five Safes 1.0 crate references (1.0 Working Draft, "Referencing Another RO-Crate" and
/// "Node Provenance RO-Crates").
extension Crate {
    /// The versionless generic RO-Crate profile a reference SHOULD declare in `conformsTo`.
    public static let genericROCrateProfile = "https://w3id.org/ro/crate"

    /// Whether an IRI is a version-specific base RO-Crate IRI (`https://w3id.org/ro/crate/1.3`), which a reference
    /// MUST NOT declare.
    public static func isVersionedROCrateProfile(_ iri: String) -> Bool {
        iri.hasPrefix(genericROCrateProfile + "/")
    }

    /// The entities that describe another RO-Crate: any entity but the root and the metadata descriptor that
    /// declares an RO-Crate IRI in `conformsTo` (the versionless one the draft asks for, or a versioned one it
    /// forbids) or has `dct:isVersionOf` (only RO-Crates have record identities in 1.0). The draft gives no other
    /// mark, so a reference with neither is not recognised. A `File` or `DataDownload` is a packaged copy or a
    /// download of an RO-Crate (Workflow RO-Crate's `distribution`), not a reference, and is left out.
    public var referencedCrates: [Entity] {
        let own = Set([root?.id, descriptor?.id].compactMap { $0 })
        return entities.filter { entity in
            guard let id = entity.id, !own.contains(id), !hasType(entity, "File"), !hasType(entity, "DataDownload") else {
                return false
            }
            let declares = entity.values("conformsTo").contains { node in
                guard let iri = node.referenceID ?? node.value.stringValue else { return false }
                return iri == Self.genericROCrateProfile || Self.isVersionedROCrateProfile(iri)
            }
            return declares || entity.has("dct:isVersionOf")
        }
    }

    /// The referenced RO-Crates that are node provenance RO-Crates of a federated record: those no process
    /// (`Action`) names and that are not the record's own previous snapshot. The draft references another RO-Crate
    /// in four situations: a decision's subject, an exchanged snapshot (both named by the process), a snapshot's
    /// predecessor (named by `pav:previousVersion`, Versioning and Snapshots) and a federated node's RO-Crate (named
    /// only by `hasPart`).
    public var nodeCrateReferences: [Entity] {
        referencedCrates.filter { reference in
            guard let id = reference.id else { return false }
            return !references(to: id).contains { referrer in
                referrer.property == "pav:previousVersion" || entity(at: referrer).types.contains { $0.hasSuffix("Action") }
            }
        }
    }
}
