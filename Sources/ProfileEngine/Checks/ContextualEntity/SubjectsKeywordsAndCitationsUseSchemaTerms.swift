internal import JSONLD
internal import ROCrate

/// Subjects use `about`, keywords use `keywords` (text), and a `citation` entity has a URL as `@id`.
///
/// Spec (RO-Crate 1.2, Subjects & keywords; Publications via citation property): "Subject properties …
/// MUST use the about property." "Keyword properties MUST use keywords. Note that by Schema.org
/// convention, keywords are given as a single JSON string, with individual keywords separated by commas."
/// "To associate a publication with a dataset the RO-Crate JSON-LD MUST include a URL (for example a DOI
/// URL) as the @id of a publication using the citation property." Flagged: Dublin Core `subject` and DCAT
/// `keyword` keys (by name or by what the context expands them to); `keywords` values that are neither text
/// nor a reference (schema.org allows a `DefinedTerm`); `citation` references whose `@id` is not an
/// absolute URI. A `keywords` array of strings is accepted (schema.org allows repeated values; the single
/// string is only a convention). Fix: rename the key, write `"keywords": "a, b, c"`, or identify the
/// publication by its DOI URL.
struct SubjectsKeywordsAndCitationsUseSchemaTerms: EntityCheck {
    static let name = "subjectsKeywordsAndCitationsUseSchemaTerms"

    private static let subjectKeys: Set<String> = ["subject", "dct:subject", "dc:subject", "dcterms:subject"]
    private static let subjectIRIs: Set<String> = ["http://purl.org/dc/terms/subject", "http://purl.org/dc/elements/1.1/subject"]
    private static let keywordKeys: Set<String> = ["keyword", "dcat:keyword"]
    private static let keywordIRIs: Set<String> = ["http://www.w3.org/ns/dcat#keyword", "http://schema.org/keyword"]

    /// What a key names.
    enum Kind {
        case subject, keyword, other
    }

    /// What a key names, by its spelling or its expansion in the context.
    private static func kind(of key: String, in context: TermContext) -> Kind {
        let iri = context.expand(key)
        if subjectKeys.contains(key) || iri.map(subjectIRIs.contains) == true { return .subject }
        if keywordKeys.contains(key) || iri.map(keywordIRIs.contains) == true { return .keyword }
        return .other
    }

    let subscription = EntitySubscription.everyEntity

    /// Keys repeat across entities: each is classified once per range.
    func makeMemo(in context: CheckContext) -> [String: Kind] { [:] }

    func inspect(_ entity: Entity, in context: CheckContext, memo kinds: inout [String: Kind], into findings: inout [Finding]) {
        let crate = context.crate
        for member in entity.object.members where !member.key.hasPrefix("@") {
            let kind: Kind
            if let known = kinds[member.key] {
                kind = known
            } else {
                kind = Self.kind(of: member.key, in: crate.context)
                kinds[member.key] = kind
            }
            let label = entity.label
            switch kind {
            case .subject:
                findings.append(
                    Finding(
                        entity: label, property: member.key, offset: member.keyOffset,
                        message: "`\(label)` gives subjects with `\(member.key)`; subjects must use `about`"))
            case .keyword:
                findings.append(
                    Finding(
                        entity: label, property: member.key, offset: member.keyOffset,
                        message: "`\(label)` gives keywords with `\(member.key)`; keywords must use `keywords`"))
            case .other:
                break
            }
        }
        for (node, pointer) in entity.locatedValues("keywords") {
            if node.value.stringValue != nil || node.referenceID != nil { continue }
            findings.append(
                Finding(
                    entity: entity.label, property: "keywords", pointer: pointer,
                    message: "a `keywords` value of `\(entity.label)` is a \(node.value.kindName), not text"))
        }
        for (node, pointer) in entity.locatedValues("citation") {
            guard let id = node.referenceID, !DataEntityScope.isAbsoluteURI(id) else { continue }
            findings.append(
                Finding(
                    entity: entity.label, property: "citation", pointer: pointer,
                    message: "the publication `\(id)` cited by `\(entity.label)` must have a URL (e.g. a DOI URL) as `@id`"))
        }
    }
}
