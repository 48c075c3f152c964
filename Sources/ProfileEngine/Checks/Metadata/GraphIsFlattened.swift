internal import JSONLD
internal import ROCrate

/// `@graph` is flat: every item is an entity object, and property values nest only `{"@id"}` references and
/// value objects.
///
/// Spec (RO-Crate 1.2, Appendix JSON-LD): "all described entities must be JSON objects as direct children of
/// the `@graph` element rather than being nested under another object or array. Properties referencing
/// entities must use a JSON object with `@id` as the only key". The loader reports a missing `@graph` under the
/// same id. Fix: move nested entities into `@graph` and reference them with `{"@id": …}`.
struct GraphIsFlattened: EntityCheck {
    static let name = "graphIsFlattened"

    let subscription = EntitySubscription.everyEntity

    /// Items of `@graph` that are not entity objects.
    func crateFindings(in context: CheckContext) -> [Finding] {
        context.crate.nonObjectItems.map { item in
            Finding(
                pointer: JSONPointer(tokens: ["@graph", String(item.index)]),
                offset: item.node.offset,
                message: "item \(item.index) of `@graph` is a \(item.node.value.kindName), not an entity object"
            )
        }
    }

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        MetadataSupport.walkValues(of: entity) { node, pointer, property, inArray in
            let problem: String?
            let descend: Bool
            switch node.value {
            case .array:
                problem = inArray ? "an array inside an array, which JSON-LD 1.0 does not allow" : nil
                descend = true
            case .object(let object):
                problem = Self.problem(with: object)
                // A list or set: check its items; references and value objects have nothing below.
                descend = object["@list"] != nil || object["@set"] != nil
            default:
                return true
            }
            guard let problem else { return descend }
            findings.append(
                Finding(
                    entity: entity.label, property: property, pointer: pointer(), offset: node.offset,
                    message: "`\(property)` of `\(entity.label)` holds \(problem)"))
            return false
        }
    }

    /// Why a nested object is not a node reference, value object, list or set; nil when it is one.
    static func problem(with object: JSONObject) -> String? {
        // Fast path, without building a key set: the common `{"@id": "…"}` reference.
        if object.members.count == 1, object.members[0].key == "@id" {
            return object.members[0].value.value.stringValue == nil ? "a reference whose `@id` is not a string" : nil
        }
        let keys = Set(object.keys)
        if let id = object["@id"] {
            guard keys == ["@id"] else {
                let label = id.value.stringValue.map { "`\($0)`" } ?? "an entity"
                return "a nested description of \(label) instead of a reference with only `@id`"
            }
            return id.value.stringValue == nil ? "a reference whose `@id` is not a string" : nil
        }
        if let value = object["@value"] {
            guard keys.isSubset(of: ["@value", "@type", "@language", "@index"]) else {
                return "a value object with keys other than `@value`, `@type`, `@language` and `@index`"
            }
            if keys.contains("@type") && keys.contains("@language") {
                return "a value object with both `@type` and `@language`"
            }
            if let language = object["@language"], language.value.stringValue == nil || value.value.stringValue == nil {
                return "a value object whose `@language` or `@value` is not a string"
            }
            if let type = object["@type"], type.value.stringValue == nil {
                return "a value object whose `@type` is not a string"
            }
            switch value.value {
            case .array, .object: return "a value object whose `@value` is not a string, number, boolean or null"
            default: return nil
            }
        }
        for keyword in ["@list", "@set"] where object[keyword] != nil {
            return keys.isSubset(of: [keyword, "@index"]) ? nil : "a `\(keyword)` object with other keys"
        }
        return "a nested object that is neither a `{\"@id\"}` reference nor a value object"
    }
}
