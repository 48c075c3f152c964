/// Splitting tag files into lines and `Label: value` pairs, as RFC 8493 §2.2.2 describes.
enum TagFileLines {
    /// Lines ended by LF, CR or CRLF; a final terminator does not make an empty last line.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        var previousWasCR = false
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                // LF right after CR ends the same line (CRLF), so it adds no empty line.
                if !(byte == 0x0A && previousWasCR) { lines.append(String(text[start..<index])) }
                previousWasCR = byte == 0x0D
                index = bytes.index(after: index)
                start = index
            } else {
                previousWasCR = false
                index = bytes.index(after: index)
            }
        }
        if start != bytes.endIndex { lines.append(String(text[start..<bytes.endIndex])) }
        return lines
    }

    /// `Label: value` with a colon then one space or tab; nil when the line is not of that form.
    static func labelAndValue(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = String(line[..<colon])
        var rest = line[line.index(after: colon)...]
        guard !label.isEmpty, label.first?.isWhitespace == false, label.last?.isWhitespace == false else { return nil }
        if let first = rest.first, first == " " || first == "\t" { rest = rest.dropFirst() }
        return (label, String(rest))
    }
}
