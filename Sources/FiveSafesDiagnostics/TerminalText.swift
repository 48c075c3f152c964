internal import TextSafety

/// Makes text from an untrusted crate safe to print on a terminal.
///
/// Names, messages and values come from files anyone could have written: a newline in a file name can forge a
/// second report line, an escape sequence can recolour or clear the terminal, and a bidirectional override can
/// make a name read differently from what it is. Text renderers pass everything through ``printable(_:)``;
/// JSON, SARIF and XML escape by their own rules.
public enum TerminalText {
    /// The text with control characters shown as escapes: `\n`, `\r`, `\t`, and `\u{XX}` for the other C0 and
    /// C1 controls, DEL and the Unicode bidirectional controls. Printable text is returned unchanged.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - keepingLines: keep line feeds (for a whole multi-line output).
    public static func printable(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar), !(keepingLines && scalar == "\n") else {
                output.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default: output += UnsafeCharacters.visibleEscape(scalar)
            }
        }
        return output
    }

    /// The unsafe characters (``UnsafeCharacters``): a terminal shows none of them raw.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        UnsafeCharacters.isControlOrBidi(scalar)
    }
}
