internal import TextSafety

/// Serialises ``JSONValue``s in key order, pretty-printed or compact.
public struct JSONWriter: Sendable {
    /// Spaces per indentation level; nil writes everything on one line.
    public var indent: Int?

    /// Creates a writer; the default indents by two spaces.
    public init(indent: Int? = 2) {
        self.indent = indent
    }

    /// The text of a value, without a trailing newline.
    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, level: 0, into: &output)
        return output
    }

    private func write(_ value: JSONValue, level: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): JSONWriter.quote(text, into: &output)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += "," }
                newline(level + 1, into: &output)
                write(item.value, level: level + 1, into: &output)
            }
            newline(level, into: &output)
            output += "]"
        case .object(let object):
            if object.members.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (position, member) in object.members.enumerated() {
                if position > 0 { output += "," }
                newline(level + 1, into: &output)
                JSONWriter.quote(member.key, into: &output)
                output += indent == nil ? ":" : ": "
                write(member.value.value, level: level + 1, into: &output)
            }
            newline(level, into: &output)
            output += "}"
        }
    }

    private func newline(_ level: Int, into output: inout String) {
        guard let indent else { return }
        output += "\n"
        output += String(repeating: " ", count: indent * level)
    }

    /// Appends a JSON string literal with the escapes RFC 8259 requires, and `\uXXXX` for the characters a reader
    /// could be fooled by when the JSON is shown: DEL, the C1 controls, the line and paragraph separators and the
    /// bidirectional controls (the value read back is the same).
    public static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if Self.escapedAsCode(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// The unsafe characters (``UnsafeCharacters``), plus the line and paragraph separators JavaScript reads as
    /// line ends.
    private static func escapedAsCode(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029 || UnsafeCharacters.isControlOrBidi(scalar)
    }
}

extension JSONValue {
    /// A string value, or null for nil.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// An integer number, or null for nil.
    public static func integer(_ number: Int?) -> JSONValue {
        number.map { .number(String($0)) } ?? .null
    }

    /// An object from key–value pairs in order.
    public static func orderedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(pairs.map { JSONMember(key: $0.0, value: JSONNode($0.1)) }))
    }

    /// An array of values.
    public static func list(_ values: [JSONValue]) -> JSONValue {
        .array(values.map { JSONNode($0) })
    }
}
