internal import JSONLD
internal import ROCrate

/// A `Person`'s `affiliation` and a `Dataset`'s `publisher` are `Organization` entities.
///
/// Spec (RO-Crate 1.2, Contextual Entities): "An Organization SHOULD be the value for the publisher
/// property of a Dataset or ScholarlyArticle" and "An Organization SHOULD also be used for a Person's
/// affiliation property" (a string affiliation "SHOULD be improved by also providing a Contextual Entity
/// for the organization"). References to undescribed ids are RC-CE-01's finding; the affiliations of the
/// run action's agents are checked by 5S-AGENT-04; a root publisher that is neither an Organization nor a
/// Person (or a string) is RC-ROOT-08's, so only a Person publisher of the root is reported here. Fix: point the property at an entity
/// `{"@id": "https://ror.org/…", "@type": "Organization", "name": "…"}`.
struct AffiliationsAndPublishersAreOrganizations: Check {
    static let name = "affiliationsAndPublishersAreOrganizations"

    /// schema.org `Organization` and its subtypes that crates use (a `CollegeOrUniversity` or a `Project`
    /// is an Organization).
    static let organizationTypes = [
        "Organization", "Airline", "Consortium", "Cooperative", "Corporation", "EducationalOrganization",
        "CollegeOrUniversity", "School", "FundingScheme", "GovernmentOrganization", "LibrarySystem", "Library",
        "LocalBusiness", "MedicalOrganization", "Hospital", "NGO", "NewsMediaOrganization", "OnlineBusiness",
        "PerformingGroup", "PoliticalParty", "Project", "FundingAgency", "ResearchProject", "ResearchOrganization",
        "SearchRescueOrganization", "SportsOrganization", "WorkersUnion",
    ]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let runAgents = Set(crate.runActions.flatMap { $0.references("agent") })
        var findings: [Finding] = []
        for person in crate.entities(ofType: "Person") where !runAgents.contains(person.label) {
            findings += check(person, "affiliation", role: "affiliation of the person", in: crate)
        }
        var publishers = crate.entities(ofType: "Dataset") + crate.entities(ofType: "ScholarlyArticle")
        var seen = Set<Int>()
        publishers = publishers.filter { seen.insert($0.index).inserted }
        let rootID = crate.root?.id
        for entity in publishers {
            findings += check(entity, "publisher", role: "publisher of", in: crate, onlyPersons: entity.id == rootID)
        }
        return findings
    }

    /// The findings for one property; `onlyPersons` leaves everything but a Person value to RC-ROOT-08.
    private func check(_ entity: Entity, _ property: String, role: String, in crate: Crate, onlyPersons: Bool = false) -> [Finding] {
        entity.locatedValues(property).compactMap { node, pointer in
            let owner = "the \(role) `\(entity.label)`"
            if let id = node.referenceID {
                guard let target = crate.entity(id), !Self.organizationTypes.contains(where: { crate.hasType(target, $0) }) else {
                    return nil
                }
                if onlyPersons && !crate.hasType(target, "Person") { return nil }
                return Finding(
                    entity: entity.label, property: property, pointer: pointer,
                    message: "\(owner), `\(id)`, is not an Organization")
            }
            if case .string(let text) = node.value, !onlyPersons {
                return Finding(
                    entity: entity.label, property: property, pointer: pointer,
                    message: "\(owner) is the string \"\(text)\", not a reference to an Organization entity")
            }
            return nil
        }
    }
}
