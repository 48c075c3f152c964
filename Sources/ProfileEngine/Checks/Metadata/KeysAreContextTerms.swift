internal import JSONLD
internal import ROCrate

/// Every key is a JSON-LD keyword or a term of the `@context` (compacted form), and every `@type` value is a
/// term or an absolute IRI.
///
/// Spec (RO-Crate 1.2, Structure): "The RO-Crate Metadata Document MUST be a document which is valid JSON-LD
/// 1.0 in flattened and compacted form." A key the context does not define (`type`, `licence`) is silently
/// dropped by JSON-LD processors; a full-IRI key is not compacted. Fix: use the context's term, or add the
/// term to an `@context` array.
struct KeysAreContextTerms: Check {
    static let name = "keysAreContextTerms"

    /// Likely intended spellings of common mistakes.
    private static let suggestions = ["type": "@type", "id": "@id", "licence": "license", "context": "@context"]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        // Without a context, or with one fivesafes cannot resolve, RC-MD-03 reports the context instead.
        guard crate.top["@context"] != nil, crate.context.isComplete else { return [] }
        var findings: [Finding] = []
        // Keys and types repeat across entities: remember the good ones so each is looked up in the context once.
        var goodKeys: Set<String> = []
        var knownTypes: Set<String> = []
        // The path below the entity is a stack of tokens; a pointer is built only for a finding (building one per
        // value was most of this rule's time on 100,000 entities).
        var path: [String] = []
        func checkKeys(of object: JSONObject, in entity: Entity) {
            for member in object.members where !goodKeys.contains(member.key) {
                guard let message = message(for: member.key, of: entity.label, in: crate.context) else {
                    goodKeys.insert(member.key)
                    continue
                }
                let hint = Self.suggestions[member.key].map { "Write `\($0)` instead of `\(member.key)`" }
                findings.append(
                    Finding(
                        entity: entity.label,
                        property: member.key,
                        pointer: JSONPointer(tokens: entity.pointer.tokens + path + [member.key]),
                        offset: member.keyOffset,
                        message: message,
                        fix: hint
                    )
                )
            }
        }
        /// The values below a non-keyword property, depth first, as ``MetadataSupport/walkValues(of:_:)`` visits them.
        func walk(_ node: JSONNode, in entity: Entity) {
            switch node.value {
            case .array(let items):
                for (index, item) in items.enumerated() {
                    path.append(String(index))
                    walk(item, in: entity)
                    path.removeLast()
                }
            case .object(let object):
                checkKeys(of: object, in: entity)
                for member in object.members {
                    path.append(member.key)
                    walk(member.value, in: entity)
                    path.removeLast()
                }
            default:
                break
            }
        }
        for entity in crate.entities {
            path = []
            checkKeys(of: entity.object, in: entity)
            for member in entity.object.members where !member.key.hasPrefix("@") {
                path = [member.key]
                walk(member.value, in: entity)
            }
            for (node, pointer) in entity.locatedValues("@type") {
                guard let type = node.value.stringValue, !knownTypes.contains(type) else { continue }
                if Self.isKnownType(type, in: crate.context) {
                    knownTypes.insert(type)
                    continue
                }
                findings.append(
                    Finding(
                        entity: entity.label,
                        property: "@type",
                        pointer: pointer,
                        offset: node.offset,
                        message:
                            "the type `\(type)` of `\(entity.label)` is neither a term of the `@context` nor an absolute IRI"
                    )
                )
            }
        }
        return findings
    }

    private func message(for key: String, of label: String, in context: TermContext) -> String? {
        if key.hasPrefix("@") {
            return MetadataSupport.keywords.contains(key)
                ? nil : "the key `\(key)` of `\(label)` is not a JSON-LD 1.0 keyword"
        }
        if TermContext.isAbsoluteIRIKey(key) {
            return "the key `\(key)` of `\(label)` is a full IRI; compacted JSON-LD uses a term of the `@context`"
        }
        if context.isDefinedKey(key) { return nil }
        return "the key `\(key)` of `\(label)` is not a term of the `@context`, so JSON-LD processors drop it"
    }

    /// A defined term, a compact IRI with a defined prefix, or an absolute IRI.
    static func isKnownType(_ type: String, in context: TermContext) -> Bool {
        context.expand(type) != nil || MetadataSupport.isAbsoluteIRI(type)
    }
}
