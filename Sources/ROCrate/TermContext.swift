public import JSONLD

/// The terms a crate's `@context` defines, resolved offline from the embedded contexts.
///
/// Only what a validator of compacted, flattened RO-Crate metadata needs: which keys are defined terms, and
/// the IRI a term or compact IRI expands to.
public struct TermContext: Sendable {
    /// Term → IRI (or compact IRI, as the context writes it).
    public private(set) var terms: [String: String] = [:]
    /// Context IRIs that were referenced but are not embedded, so their terms are unknown.
    public private(set) var unresolved: [String] = []
    /// Context IRIs that were resolved from the embedded copies, in order.
    public private(set) var resolved: [String] = []
    /// Problems with the shape of `@context` itself (wrong JSON types), with the offending node.
    public private(set) var problems: [(message: String, node: JSONNode)] = []

    /// An empty context.
    public init() {}

    /// Resolves a document's `@context` value (string, object, or array of those).
    public init(_ node: JSONNode) {
        add(node)
    }

    /// True when every referenced context was available, so undefined terms can be told apart.
    public var isComplete: Bool { unresolved.isEmpty }

    private mutating func add(_ node: JSONNode) {
        switch node.value {
        case .string(let iri):
            if let embedded = ContextLibrary.terms(forContextIRI: iri) {
                terms.merge(embedded) { _, new in new }
                resolved.append(iri)
            } else {
                unresolved.append(iri)
            }
        case .array(let items):
            for item in items { add(item) }
        case .object(let object):
            for member in object.members where !member.key.hasPrefix("@") {
                switch member.value.value {
                case .string(let iri): terms[member.key] = iri
                case .object(let definition):
                    if let iri = definition["@id"]?.value.stringValue { terms[member.key] = iri }
                case .null: terms[member.key] = nil
                default:
                    problems.append(("the definition of \"\(member.key)\" must be a string or an object", member.value))
                }
            }
        case .null:
            terms = [:]
        default:
            problems.append(("`@context` must be a string, an object or an array, not a \(node.value.kindName)", node))
        }
    }

    /// Whether a JSON key is acceptable in compacted JSON-LD: a keyword, a defined term, or a compact IRI
    /// whose prefix is a defined term.
    public func isDefinedKey(_ key: String) -> Bool {
        if key.hasPrefix("@") { return true }
        if terms[key] != nil { return true }
        if let colon = key.firstIndex(of: ":") {
            let prefix = String(key[..<colon])
            let rest = key[key.index(after: colon)...]
            return terms[prefix] != nil && !rest.hasPrefix("//")
        }
        return false
    }

    /// Whether a key is an absolute IRI rather than a term (`http://schema.org/name`).
    public static func isAbsoluteIRIKey(_ key: String) -> Bool {
        key.contains("://")
    }

    /// The IRI a term, compact IRI or absolute IRI stands for; nil for an undefined term.
    public func expand(_ term: String) -> String? {
        if let iri = terms[term] { return expandCompact(iri) }
        if term.contains("://") { return term }
        return expandCompact(term) == term ? nil : expandCompact(term)
    }

    private func expandCompact(_ value: String) -> String {
        guard let colon = value.firstIndex(of: ":") else { return value }
        let prefix = String(value[..<colon])
        let rest = value[value.index(after: colon)...]
        if rest.hasPrefix("//") { return value }
        guard let base = terms[prefix], base != value else { return value }
        return base + rest
    }
}
