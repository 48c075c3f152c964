/// The one definition of which characters from a crate no output of the tool passes on raw.
///
/// Names, messages and values come from files anyone could have written: a control character can forge a report
/// line, recolour or clear a terminal, cut a C string short or make XML ill-formed, and a bidirectional control can
/// make a name read differently from what it is. Each output keeps its own escaping syntax (`\u{1b}` in text and
/// markup, `\u001b` in JSON, `%0A` in GitHub commands) and adds the few characters only it must avoid; the set
/// they all start from is this one.
public enum UnsafeCharacters {
    /// C0 controls (tab, line feed and carriage return included), DEL, C1 controls, and the bidirectional
    /// embedding, override, isolate and mark characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
    public static func isControlOrBidi(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A character shown as a visible escape, `\u{1b}` (lower-case hex, no padding), as text and markup show it.
    public static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16) + "}"
    }
}
