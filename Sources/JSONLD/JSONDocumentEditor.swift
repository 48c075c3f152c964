/// Edits a JSON-LD document's `@graph` as text: replaced, added and removed items are spliced into the original
/// bytes, so everything outside them stays byte-identical (keys, order, spacing, unknown properties).
///
/// New and replaced items are written with the document's own indentation (detected from the file: two or four
/// spaces, tabs, or none for a one-line document) at the nesting depth of the items they join.
public struct JSONDocumentEditor: Sendable {
    /// The original document.
    public let bytes: [UInt8]
    /// The parsed document.
    public let document: JSONNode
    /// The `@graph` items, in order, with their byte ranges.
    public let items: [(node: JSONNode, range: Range<Int>)]
    /// One level of indentation (`"  "`, `"    "`, `"\t"`), or nil for a document on one line.
    public let indentUnit: String?

    private var replacements: [Int: JSONValue] = [:]
    private var removals: Set<Int> = []
    private var additions: [JSONValue] = []
    private var context: JSONValue?

    /// Why the editor cannot edit a document.
    public enum Problem: Error, Sendable {
        /// Not JSON.
        case syntax(JSONSyntaxError)
        /// No `@graph` array at the top level.
        case noGraph
    }

    /// Parses a document for editing.
    public init(_ bytes: [UInt8]) throws(Problem) {
        self.bytes = bytes
        do {
            self.document = try JSONParser().parse(bytes)
        } catch {
            throw .syntax(error)
        }
        guard let graph = document.value.objectValue?["@graph"], let nodes = graph.value.arrayValue else { throw .noGraph }
        self.items = nodes.map { node in (node, node.offset..<JSONDocumentEditor.end(of: node.offset, in: bytes)) }
        self.indentUnit = JSONDocumentEditor.detectIndent(bytes)
    }

    /// Replaces the `@graph` item at a position with a new value (written only if it differs).
    public mutating func replace(item index: Int, with value: JSONValue) {
        guard items.indices.contains(index), items[index].node.value != value else { return }
        replacements[index] = value
    }

    /// Removes the `@graph` item at a position.
    public mutating func remove(item index: Int) {
        removals.insert(index)
    }

    /// Appends an item to `@graph`.
    public mutating func append(_ value: JSONValue) {
        additions.append(value)
    }

    /// Replaces the top-level `@context` value (written only if it differs; nothing happens without one).
    public mutating func replaceContext(with value: JSONValue) {
        guard let node = document.value.objectValue?["@context"], node.value != value else { return }
        context = value
    }

    /// Whether anything was changed.
    public var hasChanges: Bool { !replacements.isEmpty || !removals.isEmpty || !additions.isEmpty || context != nil }

    /// The edited document's bytes.
    public func edited() -> [UInt8] {
        var edits: [(range: Range<Int>, text: [UInt8])] = []
        if let context, let node = document.value.objectValue?["@context"] {
            let range = node.offset..<JSONDocumentEditor.end(of: node.offset, in: bytes)
            edits.append((range, Array(text(context, at: range.lowerBound).utf8)))
        }
        for (index, value) in replacements where !removals.contains(index) {
            let range = items[index].range
            edits.append((range, Array(text(value, at: range.lowerBound).utf8)))
        }
        let kept = items.indices.filter { !removals.contains($0) }
        for index in removals.sorted() {
            let range = items[index].range
            if let previous = kept.last(where: { $0 < index }) {
                // Take the separator before the item with it: from the end of the last kept item before it.
                let start = max(items[previous].range.upperBound, items[index - 1].range.upperBound)
                edits.append((start..<range.upperBound, []))
            } else if kept.contains(where: { $0 > index }) {
                edits.append((range.lowerBound..<items[index + 1].range.lowerBound, []))
            } else {
                edits.append((range.lowerBound..<range.upperBound, []))
            }
        }
        if !additions.isEmpty, let anchor = kept.last ?? items.indices.last {
            let position = items[anchor].range.upperBound
            let separator = lineBreak(beforeItemAt: items[anchor].range.lowerBound)
            let prefix = kept.isEmpty ? "" : ","
            let joined = additions.map { text($0, at: items[anchor].range.lowerBound) }.joined(separator: "," + separator)
            edits.append((position..<position, Array((prefix + (kept.isEmpty ? "" : separator) + joined).utf8)))
        }
        var output = bytes
        // Back to front; at one offset, a removal before an insertion (so the removal cannot swallow it).
        let ordered = edits.sorted { lhs, rhs in
            lhs.range.lowerBound == rhs.range.lowerBound ? lhs.range.count > rhs.range.count : lhs.range.lowerBound > rhs.range.lowerBound
        }
        for edit in ordered {
            output.replaceSubrange(edit.range, with: edit.text)
        }
        return output
    }

    /// A value's text, indented to sit where an item starts at `offset`.
    func text(_ value: JSONValue, at offset: Int) -> String {
        guard let unit = indentUnit else { return JSONWriter(indent: nil).string(value) }
        let base = leadingWhitespace(ofLineAt: offset)
        let written = JSONWriter(indent: 1).string(value)
        return written.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            let depth = line.prefix { $0 == " " }.count
            let body = line.dropFirst(depth)
            return (number == 0 ? "" : base) + String(repeating: unit, count: depth) + body
        }.joined(separator: "\n")
    }

    /// The line break and indentation that precede a new item (`"\n    "`, or nothing on one line).
    func lineBreak(beforeItemAt offset: Int) -> String {
        indentUnit == nil ? "" : "\n" + leadingWhitespace(ofLineAt: offset)
    }

    func leadingWhitespace(ofLineAt offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < offset, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The indentation of the first indented line, or nil when the document has no line breaks inside it.
    static func detectIndent(_ bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                var end = index + 1
                while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
                if end > index + 1, end < bytes.count, bytes[end] != 0x0A {
                    return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                }
            }
            index += 1
        }
        return nil
    }

    /// The offset just past the value that starts at `start` (an object, array, string or scalar).
    static func end(of start: Int, in bytes: [UInt8]) -> Int {
        var index = start
        var depth = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == 0x5C { index += 1 } else if byte == 0x22 { inString = false; if depth == 0 { return index + 1 } }
            } else {
                if byte == 0x22 {
                    inString = true
                } else if byte == 0x7B || byte == 0x5B {
                    depth += 1
                } else if byte == 0x7D || byte == 0x5D {
                    depth -= 1
                    if depth <= 0 { return index + 1 }
                } else if depth == 0, [0x2C, 0x20, 0x0A, 0x0D, 0x09].contains(byte) {
                    return index
                }
            }
            index += 1
        }
        return index
    }
}
