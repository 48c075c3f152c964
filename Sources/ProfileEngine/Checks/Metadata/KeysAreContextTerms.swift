internal import JSONLD
internal import ROCrate

/// Every key is a JSON-LD keyword or a term of the `@context` (compacted form), and every `@type` value is a
/// term or an absolute IRI.
///
/// Spec (RO-Crate 1.2, Structure): "The RO-Crate Metadata Document MUST be a document which is valid JSON-LD
/// 1.0 in flattened and compacted form." A key the context does not define (`type`, `licence`) is silently
/// dropped by JSON-LD processors; a full-IRI key is not compacted. Fix: use the context's term, or add the
/// term to an `@context` array.
struct KeysAreContextTerms: EntityCheck {
    static let name = "keysAreContextTerms"

    /// Likely intended spellings of common mistakes.
    private static let suggestions = ["type": "@type", "id": "@id", "licence": "license", "context": "@context"]

    let subscription = EntitySubscription.everyEntity

    /// Whether the rule applies, and the keys and types already found good (they repeat across entities, so each
    /// is looked up in the context once).
    struct Memo {
        let applies: Bool
        let termContext: TermContext
        var goodKeys: Set<String> = []
        var knownTypes: Set<String> = []
    }

    func makeMemo(in context: CheckContext) -> Memo {
        // Without a context, or with one fivesafes cannot resolve, RC-MD-03 reports the context instead.
        Memo(applies: context.crate.top["@context"] != nil && context.crate.context.isComplete, termContext: context.crate.context)
    }

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Memo, into findings: inout [Finding]) {
        guard memo.applies else { return }
        let termContext = memo.termContext
        // The path below the entity is a stack of tokens; a pointer is built only for a finding (building one per
        // value was most of this rule's time on 100,000 entities).
        var path: [String] = []
        func checkKeys(of object: JSONObject) {
            for member in object.members where !memo.goodKeys.contains(member.key) {
                guard let message = message(for: member.key, of: entity.label, in: termContext) else {
                    memo.goodKeys.insert(member.key)
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
        func walk(_ node: JSONNode) {
            switch node.value {
            case .array(let items):
                for (index, item) in items.enumerated() {
                    path.append(String(index))
                    walk(item)
                    path.removeLast()
                }
            case .object(let object):
                checkKeys(of: object)
                for member in object.members {
                    path.append(member.key)
                    walk(member.value)
                    path.removeLast()
                }
            default:
                break
            }
        }
        checkKeys(of: entity.object)
        for member in entity.object.members where !member.key.hasPrefix("@") {
            path = [member.key]
            walk(member.value)
        }
        for (node, pointer) in entity.locatedValues("@type") {
            guard let type = node.value.stringValue, !memo.knownTypes.contains(type) else { continue }
            if Self.isKnownType(type, in: termContext) {
                memo.knownTypes.insert(type)
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
