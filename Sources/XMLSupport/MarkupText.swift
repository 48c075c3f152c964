internal import TextSafety

/// Makes text from an untrusted crate safe to put in markup.
///
/// XML 1.0 cannot hold most C0 controls at all (a document with U+001B in it is not well-formed), libxml2 takes C
/// strings (a NUL would silently cut the rest of the value off), and C1 and bidirectional controls, though allowed,
/// can make a name read differently from what it is. Every text, attribute value and comment that
/// ``MarkupWriter`` writes goes through ``safe(_:)``, which shows each such character as a visible escape
/// (`\u{1b}`, `\u{0}`, `\u{202e}`), so the document stays well-formed and the reader sees that something was there.
public enum MarkupText {
    /// The text with every character XML cannot hold, and every C1 and bidirectional control, written as
    /// `\u{XX}`. Tabs, line feeds and carriage returns are kept. Other text is returned unchanged.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                output += UnsafeCharacters.visibleEscape(scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The unsafe characters (``UnsafeCharacters``) other than tab, line feed and carriage return, which XML
    /// holds; plus U+FFFE and U+FFFF, which it cannot.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0xFFFE, 0xFFFF: true
        default: UnsafeCharacters.isControlOrBidi(scalar)
        }
    }
}
