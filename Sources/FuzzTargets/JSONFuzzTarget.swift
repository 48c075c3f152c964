internal import JSONLD

/// Parses the bytes; whatever parses must survive a write and a second parse to an equal value.
enum JSONFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let parser = JSONParser(maximumDepth: 64)
        guard let node = try? parser.parse(bytes) else { return }
        let written = JSONWriter(indent: nil).string(node.value)
        guard let again = try? parser.parse(Array(written.utf8)) else {
            fatalError("JSONWriter wrote text the parser rejects: \(written.prefix(200))")
        }
        guard stripped(again.value) == stripped(node.value) else {
            fatalError("write and reparse changed the value: \(written.prefix(200))")
        }
    }

    /// The value without source offsets (they differ between the two texts).
    private static func stripped(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map { JSONNode(stripped($0.value)) })
        case .object(let object):
            return .object(JSONObject(object.members.map { JSONMember(key: $0.key, value: JSONNode(stripped($0.value.value))) }))
        default:
            return value
        }
    }
}
