/// A JSON value as written in a document, keeping object key order and duplicate keys.
///
/// Numbers keep their source text so that nothing is lost or reformatted on a round trip.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object(JSONObject)

    /// The string payload, when this is a string.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The object payload, when this is an object.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The array payload, when this is an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// A short name of the JSON type, for messages (`string`, `object`, …).
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON value together with the byte offset where it starts in its source document.
public struct JSONNode: Sendable, Hashable {
    /// The value.
    public var value: JSONValue
    /// Byte offset of the first character of the value in the source, or -1 for built values.
    public var offset: Int

    /// Creates a node; built (not parsed) nodes use offset -1.
    public init(_ value: JSONValue, offset: Int = -1) {
        self.value = value
        self.offset = offset
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The key, decoded.
    public var key: String
    /// Byte offset of the key's opening quote, or -1 for built members.
    public var keyOffset: Int
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyOffset: Int = -1, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

/// A JSON object as an ordered list of members; duplicate keys are kept so they can be reported.
public struct JSONObject: Sendable, Hashable {
    /// Members in document order.
    public var members: [JSONMember]

    /// Creates an object from members in order.
    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of the first member with this key.
    public subscript(key: String) -> JSONNode? {
        for member in members where member.key == key {
            return member.value
        }
        return nil
    }

    /// The first member with this key.
    public func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    /// Keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// Sets a key's value in place, or appends it when absent.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = JSONNode(value, offset: members[index].value.offset)
        } else {
            members.append(JSONMember(key: key, value: JSONNode(value)))
        }
    }

    /// Removes every member with this key.
    public mutating func remove(_ key: String) {
        members.removeAll { $0.key == key }
    }
}
