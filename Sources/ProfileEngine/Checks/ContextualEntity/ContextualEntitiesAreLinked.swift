internal import JSONLD
internal import ROCrate

/// Referenced entities are described in `@graph`, and every described contextual entity is referenced.
///
/// Spec (RO-Crate 1.2, Contextual Entities): the crate SHOULD describe the contextual entities it refers
/// to, with the same `@id`, and a contextual entity is one "associated with another Entity". Not asked to
/// be described: values of properties whose range is an external IRI rather than an entity
/// (``exemptProperties``: `conformsTo`, `additionalType`, `sameAs`, `url`, `identifier`, …) and terms of
/// vocabularies (schema.org, W3C, Dublin Core, SHP, RO terms), which their vocabulary defines; the
/// descriptor's `about` is RC-DESC-02's. Not asked
/// to be referenced: data entities (RC-DE-01), the descriptor, the root, the RO-Crate Website and
/// ad-hoc term definitions (`rdf:Property`, `rdfs:Class`). Fix: add an entity for the `@id` (at least
/// `@type` and `name`), or link the unreferenced entity from the entity it describes (e.g. root `mentions`).
struct ContextualEntitiesAreLinked: EntityCheck {
    static let name = "contextualEntitiesAreLinked"

    /// Properties whose values name external resources or vocabulary terms, not entities to describe.
    static let exemptProperties: Set<String> = [
        "conformsTo", "additionalType", "sameAs", "url", "actionStatus", "permissionType", "encodingFormat",
        "identifier", "contentUrl", "cite-as", "mainEntityOfPage",
    ]

    /// Namespaces of vocabularies whose terms are defined by the vocabulary itself.
    static let vocabularies = [
        "http://schema.org/", "https://schema.org/", "http://www.w3.org/", "https://www.w3.org/", "http://purl.org/dc/",
        "https://w3id.org/shp#", "https://w3id.org/ro/terms/", "http://pcdm.org/models#",
    ]

    let subscription = EntitySubscription.everyEntity

    /// What every entity is compared with, looked up once per range.
    struct Memo {
        let descriptorID: String?
        let special: Set<String>
    }

    func makeMemo(in context: CheckContext) -> Memo {
        Memo(descriptorID: context.crate.descriptor?.id, special: DataEntityScope.specialIDs(in: context.crate))
    }

    /// The entity's references to undescribed `@id`s, then whether the entity itself is an unreferenced contextual
    /// entity.
    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Memo, into findings: inout [Finding]) {
        let crate = context.crate
        // The references were resolved when the crate loaded: only the undescribed ones are looked at.
        for link in crate.links(of: entity) where link.target == nil && !link.id.isEmpty {
            let property = entity.object.members[link.member].key
            guard !Self.exemptProperties.contains(property), !(property == "about" && entity.id == memo.descriptorID),  // RC-DESC-02
                !Self.vocabularies.contains(where: link.id.hasPrefix)
            else { continue }
            findings.append(
                Finding(
                    entity: entity.label, property: property, pointer: entity.pointer(to: property, index: link.index),
                    message: "`\(entity.label)` references `\(link.id)` in `\(property)`, but no entity with that `@id` is described"))
        }
        // The data entity test first: it is a table lookup, and most entities of large crates are data.
        guard let id = entity.id, !context.isDataEntity(entity), !memo.special.contains(id), !DataEntityScope.isCrateRootPath(id),
            !Self.isExemptFromReferences(entity, in: crate),
            !crate.references(to: id).contains(where: { crate.entity(at: $0).id != id })
        else { return }
        findings.append(
            Finding(entity: id, pointer: entity.pointer, message: "the contextual entity `\(id)` is not referenced by any other entity"))
    }

    /// The RO-Crate Website and ad-hoc term definitions stand on their own.
    static func isExemptFromReferences(_ entity: Entity, in crate: Crate) -> Bool {
        if let id = entity.id, DataEntityScope.isURIPath(id), DataEntityScope.isPreviewPath(DataEntityScope.payloadPath(of: id)) {
            return true
        }
        return entity.types.contains { termDefinitionTypes.contains($0) || termDefinitionTypes.contains(crate.typeIRI($0)) }
    }

    /// The types of ad-hoc term definitions.
    private static let termDefinitionTypes: Set<String> = [
        "rdf:Property", "rdfs:Class", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property",
        "http://www.w3.org/2000/01/rdf-schema#Class",
    ]
}
