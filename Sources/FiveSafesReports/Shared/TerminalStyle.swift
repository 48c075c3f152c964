internal import Foundation

/// The one ANSI colour styler of the text reports (`validate`, `inspect`): a no-op without colour.
///
/// Codes are written with `escape`, a random marker that stands for ESC while the text is built; text from the
/// crate is made safe first (``TerminalText``, which escapes every real ESC), then ``finish(_:)`` turns the markers
/// into ESC. So a crate can never write an escape sequence, and the styler's own codes survive the escaping.
struct TerminalStyle {
    /// Whether to colour at all.
    let colour: Bool
    /// Stands for ESC until ``finish(_:)``; private-use characters and a per-call random part no crate can know.
    let escape = "\u{E000}" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + "\u{E001}"

    /// `text` in SGR `code` (`1`, `1;31`, …), reset after.
    func wrap(_ code: String, _ text: String) -> String { colour ? "\(escape)[\(code)m\(text)\(escape)[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func good(_ text: String) -> String { wrap("32", text) }
    func warning(_ text: String) -> String { wrap("33", text) }

    /// A status coloured by meaning: completed green, failed red, potential/active yellow.
    func status(_ status: String?, padded: String? = nil) -> String {
        let text = padded ?? status ?? "–"
        switch status {
        case "completed": return wrap("32", text)
        case "failed": return wrap("31", text)
        case "potential", "active": return wrap("33", text)
        default: return text
        }
    }

    /// The finished text, made safe already, with the markers turned into ESC.
    func finish(_ text: String) -> String {
        colour ? text.replacingOccurrences(of: escape, with: "\u{1B}") : text
    }
}
