/// Splitting tag files into lines and `Label: value` pairs, as RFC 8493 §2.2.2 describes.
enum TagFileLines {
    /// Lines ended by LF, CR or CRLF; a final terminator does not make an empty last line.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(current) }
                current = ""
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(current)
                current = ""
                previousWasCR = true
            } else {
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(current) }
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
