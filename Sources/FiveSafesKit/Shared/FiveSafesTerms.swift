internal import JSONLD
internal import ROCrate

/// Terms the Five Safes 0.5 draft uses without defining them in any published JSON-LD context (`executionType`,
/// `disclosureCheckType`, `approvedBy`): fivesafes defines them in the crate's own `@context` under one namespace
/// of its choosing, so every key stays a term (RC-MD-05) and the meaning is recorded in the crate.
enum FiveSafesTerms {
    /// The namespace; the draft names none.
    static let namespace = "https://w3id.org/5s-crate/terms#"

    /// The IRI of a term.
    static func iri(_ term: String) -> String { namespace + term }

    /// Whether a crate declares Five Safes 0.5 (or its draft) on its root, so the 0.5 terms belong in it.
    static func declares05(_ crate: Crate) -> Bool {
        (crate.root?.references("conformsTo") ?? []).contains { $0.hasPrefix("https://w3id.org/5s-crate/0.5") }
    }

    /// The `@context` with definitions added after what is there for the terms it lacks, or nil when it already
    /// defines them all (or is not a form that can be extended).
    static func context(defining terms: [String], in context: JSONValue) -> JSONValue? {
        let defined: (String) -> Bool
        switch context {
        case .string: defined = { _ in false }
        case .array(let items): defined = { term in items.contains { $0.value.objectValue?[term] != nil } }
        case .object(let object): defined = { object[$0] != nil }
        default: return nil
        }
        let missing = terms.filter { !defined($0) }
        guard !missing.isEmpty else { return nil }
        let definition = JSONNode(.orderedObject(missing.map { ($0, .string(iri($0))) }))
        if case .array(let items) = context { return .array(items + [definition]) }
        return .array([JSONNode(context), definition])
    }
}
