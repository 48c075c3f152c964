import FiveSafesKit
import JSONLD
import Testing
import TextSafety
import XMLSupport

/// One definition of the characters no output passes on raw (``UnsafeCharacters``): terminal text, markup and JSON
/// each escape exactly that set, in their own syntax, plus only what their format itself forbids.
@Suite struct UnsafeCharactersTests {
    /// Every C0/DEL/C1 control, the bidi controls and their neighbours, the JSON and XML extras, and plain text.
    static let samples: [Unicode.Scalar] =
        (0x00...0xA0).compactMap(Unicode.Scalar.init)
        + [0x061B, 0x061C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A]
        .compactMap(Unicode.Scalar.init)
        + [0xFFFD, 0xFFFE, 0xFFFF, 0x1F600].compactMap(Unicode.Scalar.init) + ["a", "é", "<", "&"]

    @Test(arguments: samples)
    func terminalTextEscapesExactlyTheUnsafeSet(scalar: Unicode.Scalar) {
        let text = String(scalar)
        let escaped = TerminalText.printable(text) != text
        #expect(escaped == UnsafeCharacters.isControlOrBidi(scalar))
    }

    @Test(arguments: samples)
    func markupEscapesTheUnsafeSetButKeepsLineBreaksAndTabs(scalar: Unicode.Scalar) {
        let text = String(scalar)
        let escaped = MarkupText.safe(text) != text
        let expected =
            ["\t", "\n", "\r"].contains(scalar)
            ? false
            : scalar.value == 0xFFFE || scalar.value == 0xFFFF || UnsafeCharacters.isControlOrBidi(scalar)
        #expect(escaped == expected)
        if escaped { #expect(MarkupText.safe(text) == UnsafeCharacters.visibleEscape(scalar)) }
    }

    @Test(arguments: samples)
    func jsonEscapesTheUnsafeSetAndTheLineSeparators(scalar: Unicode.Scalar) {
        var output = ""
        JSONWriter.quote(String(scalar), into: &output)
        let escaped = output != "\"" + String(scalar) + "\""
        // JSON's own syntax escapes the quote and the backslash as well.
        let expected =
            UnsafeCharacters.isControlOrBidi(scalar) || [0x2028, 0x2029].contains(scalar.value) || ["\"", "\\"].contains(scalar)
        #expect(escaped == expected)
    }

    @Test func visibleEscapesAreLowerCaseHexWithoutPadding() {
        #expect(UnsafeCharacters.visibleEscape("\u{1B}") == #"\u{1b}"#)
        #expect(UnsafeCharacters.visibleEscape("\u{0}") == #"\u{0}"#)
        #expect(UnsafeCharacters.visibleEscape("\u{202E}") == #"\u{202e}"#)
    }
}
