/// A strict RFC 8259 JSON parser that records the byte offset of every value and key.
///
/// It keeps object key order and duplicate keys, refuses invalid UTF-8 (including overlong forms and lone
/// surrogates), and stops at a nesting limit instead of exhausting the stack.
public struct JSONParser: Sendable {
    /// Deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int

    /// Creates a parser; the default depth limit is far above any flattened JSON-LD document.
    public init(maximumDepth: Int = 512) {
        self.maximumDepth = maximumDepth
    }

    /// Parses a whole document.
    ///
    /// - Parameter bytes: the document, UTF-8 encoded; a leading byte order mark is skipped.
    /// - Returns: the top-level value.
    /// - Throws: ``JSONSyntaxError`` naming the byte offset of the first problem.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        let result: Result<JSONNode, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer, maximumDepth: maximumDepth)
            do throws(JSONSyntaxError) {
                return .success(try cursor.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    /// Members of the objects being parsed, innermost last: each object's members are copied out once, into an
    /// array of exactly their number, instead of growing an array of its own (fewer allocations, no slack).
    var memberStack: [JSONMember] = []
    /// Items of the arrays being parsed, innermost last, for the same reason.
    var itemStack: [JSONNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    mutating func document() throws(JSONSyntaxError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw JSONSyntaxError("the document is empty", at: index) }
        let node = try value(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw JSONSyntaxError("unexpected \(describe(bytes[index])) after the top-level value", at: index)
        }
        return node
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw JSONSyntaxError("the document ends where a value was expected", at: index) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return JSONNode(.object(try object(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["):
            return JSONNode(.array(try array(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try string()), offset: start)
        case UInt8(ascii: "t"):
            try literal("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try literal("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try literal("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try number()), offset: start)
        default:
            throw JSONSyntaxError("unexpected \(describe(bytes[index])) where a value was expected", at: index)
        }
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONObject {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject([])
        }
        let base = memberStack.count
        defer { memberStack.removeSubrange(base...) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw JSONSyntaxError("expected a quoted key in an object, found \(describeCurrent())", at: index)
            }
            let keyOffset = index
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw JSONSyntaxError("expected ':' after the key \"\(key)\", found \(describeCurrent())", at: index)
            }
            index += 1
            skipWhitespace()
            let item = try value(depth: depth)
            memberStack.append(JSONMember(key: key, keyOffset: keyOffset, value: item))
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError("the document ends inside an object", at: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONObject(Array(memberStack[base...]))
            }
            throw JSONSyntaxError("expected ',' or '}' in an object, found \(describeCurrent())", at: index)
        }
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return []
        }
        let base = itemStack.count
        defer { itemStack.removeSubrange(base...) }
        while true {
            skipWhitespace()
            let item = try value(depth: depth)
            itemStack.append(item)
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError("the document ends inside an array", at: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return Array(itemStack[base...])
            }
            throw JSONSyntaxError("expected ',' or ']' in an array, found \(describeCurrent())", at: index)
        }
    }

    func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth > maximumDepth {
            throw JSONSyntaxError("arrays and objects are nested deeper than \(maximumDepth) levels", at: index)
        }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        let quote = index
        index += 1
        let start = index
        var plainASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if plainASCII { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else {
                    throw JSONSyntaxError("a string contains bytes that are not valid UTF-8", at: firstInvalidUTF8(in: start..<(index - 1)))
                }
                return text
            }
            if byte == UInt8(ascii: "\\") {
                return try escapedString(from: start)
            }
            if byte < 0x20 {
                throw JSONSyntaxError("a string contains the unescaped control character \(describe(byte))", at: index)
            }
            if byte >= 0x80 { plainASCII = false }
            index += 1
        }
        throw JSONSyntaxError("a string starting here is not closed", at: quote)
    }

    mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw JSONSyntaxError("a string contains bytes that are not valid UTF-8", at: firstInvalidUTF8(in: start..<(index - 1)))
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw JSONSyntaxError("invalid escape \\\(describeRaw(escape)) in a string", at: index - 2)
                }
            default:
                if byte < 0x20 {
                    throw JSONSyntaxError("a string contains the unescaped control character \(describe(byte))", at: index)
                }
                buffer.append(byte)
                index += 1
            }
        }
        throw JSONSyntaxError("a string starting here is not closed", at: start - 1)
    }

    mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = index - 2
        let high = try hex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError("\\u escape is a lone high surrogate", at: escapeStart)
            }
            index += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError("\\u escape is a high surrogate not followed by a low surrogate", at: escapeStart)
            }
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(combined) else {
                throw JSONSyntaxError("invalid \\u escape", at: escapeStart)
            }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw JSONSyntaxError("\\u escape is a lone low surrogate", at: escapeStart)
        }
        return scalar
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONSyntaxError("\\u escape is cut short", at: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw JSONSyntaxError("\\u escape has a non-hex digit \(describe(byte))", at: index)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    mutating func number() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw JSONSyntaxError("a number needs a digit here", at: index)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw JSONSyntaxError("a number must not have leading zeros", at: start)
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONSyntaxError("a number needs digits after the decimal point", at: index)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONSyntaxError("a number needs digits in its exponent", at: index)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard index + count <= bytes.count, elementsEqual(expected, from: index) else {
            throw JSONSyntaxError("unexpected \(describeCurrent()) where a value was expected", at: index)
        }
        index += count
    }

    func elementsEqual(_ expected: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        for offset in 0..<expected.count where bytes[start + offset] != expected[offset] {
            return false
        }
        return true
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func describeCurrent() -> String {
        index < bytes.count ? describe(bytes[index]) : "the end of the document"
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    func describeRaw(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x" + String(byte, radix: 16)
    }

    /// The offset of the first byte that breaks UTF-8 in a range, for a precise location.
    func firstInvalidUTF8(in range: Range<Int>) -> Int {
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        var position = range.lowerBound
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): position += UTF8.width(scalar)
            case .emptyInput: return range.lowerBound
            case .error: return position
            }
        }
    }
}
