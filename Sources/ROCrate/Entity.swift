public import JSONLD

/// One node object of a crate's flattened `@graph`.
public final class Entity: Sendable {
    /// Position in `@graph`.
    public let index: Int
    /// The node object as written.
    public let object: JSONObject
    /// Byte offset of the object in the metadata file.
    public let offset: Int
    /// The `@id`, when it is a string.
    public let id: String?
    /// The `@type` values that are strings, in order.
    public let types: [String]

    /// Wraps a node object found at a position of `@graph`.
    public init(index: Int, object: JSONObject, offset: Int) {
        self.index = index
        self.object = object
        self.offset = offset
        self.id = object["@id"]?.value.stringValue
        switch object["@type"]?.value {
        case .string(let type): self.types = [type]
        case .array(let items): self.types = items.compactMap { $0.value.stringValue }
        default: self.types = []
        }
    }

    /// The pointer to this entity: `/@graph/<index>`.
    public var pointer: JSONPointer { JSONPointer(graphIndex: index) }

    /// The `@id` for messages: the id, or `@graph/<index>` when it has none.
    public var label: String { id ?? "@graph/\(index)" }

    /// Whether the property is present (even as an empty array or null).
    public func has(_ property: String) -> Bool { object[property] != nil }

    /// The values of a property, with a single value and an array treated alike.
    public func values(_ property: String) -> [JSONNode] {
        guard let node = object[property] else { return [] }
        if case .array(let items) = node.value { return items }
        return [node]
    }

    /// Every value of a member with its index in the array (nil for a single value), without building pointers:
    /// rules that walk every value of every entity build ``pointer(to:index:)`` only for what they report.
    public func forEachValue(of member: JSONMember, _ body: (_ node: JSONNode, _ index: Int?) -> Void) {
        if case .array(let items) = member.value.value {
            for (index, item) in items.enumerated() { body(item, index) }
        } else {
            body(member.value, nil)
        }
    }

    /// Every value of a property (its first member of that name, as ``values(_:)``) with its index in the array (nil
    /// for a single value), without copying the array or building pointers.
    public func forEachValue(_ property: String, _ body: (_ node: JSONNode, _ index: Int?) -> Void) {
        guard let member = object.member(property) else { return }
        forEachValue(of: member, body)
    }

    /// The pointer to a property of this entity, or to one item of its array value.
    public func pointer(to property: String, index: Int?) -> JSONPointer {
        let base = pointer.appending(property)
        return index.map(base.appending) ?? base
    }

    /// The values of a property paired with their pointers.
    public func locatedValues(_ property: String) -> [(node: JSONNode, pointer: JSONPointer)] {
        guard let node = object[property] else { return [] }
        let base = pointer.appending(property)
        if case .array(let items) = node.value {
            return items.enumerated().map { ($0.element, base.appending($0.offset)) }
        }
        return [(node, base)]
    }

    /// The `@id`s of the `{"@id": …}` references among a property's values.
    public func references(_ property: String) -> [String] {
        values(property).compactMap { $0.referenceID }
    }

    /// The string values of a property: plain strings and the strings of JSON-LD value objects
    /// (`{"@value": "…", "@language": "en"}`, JSON-LD 1.0 compacted form).
    public func strings(_ property: String) -> [String] {
        values(property).compactMap { $0.literalString }
    }

    /// The first string value of a property.
    public func string(_ property: String) -> String? {
        strings(property).first
    }

    /// Whether any value of the property is a reference to this id, or the same string.
    public func mentionsID(_ id: String, in property: String) -> Bool {
        values(property).contains { $0.referenceID == id || $0.value.stringValue == id }
    }
}

extension JSONNode {
    /// The text of a string literal: a JSON string, or the string `@value` of a JSON-LD value object
    /// (`{"@value": "A crate", "@language": "en"}`), which JSON-LD 1.0 compaction writes for language-tagged
    /// or typed literals. Nil for anything else.
    public var literalString: String? {
        if let string = value.stringValue { return string }
        return value.objectValue?["@value"]?.value.stringValue
    }

    /// The `@id` of a `{"@id": "…"}` node reference (extra keys allowed), or nil.
    public var referenceID: String? {
        value.objectValue?["@id"]?.value.stringValue
    }
}
