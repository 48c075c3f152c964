import Testing
import XMLSupport

/// The writer escapes text, writes polyglot HTML5, and the reader checks well-formedness with libxml2.
@Suite struct MarkupWriterTests {
    static let page = MarkupElement(
        "html",
        ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"],
        [
            .element(
                MarkupElement(
                    "head",
                    [:],
                    [
                        .element(MarkupElement("meta", ["charset": "utf-8"])),
                        .element(MarkupElement("title", text: "<script>alert(1)</script> & co")),
                    ]
                )
            ),
            .element(
                MarkupElement(
                    "body",
                    [:],
                    [
                        .element(MarkupElement("h1", ["title": "\"quoted\" <b>"], text: "<script>alert(1)</script>")),
                        .element(
                            MarkupElement(
                                "svg",
                                ["xmlns": "http://www.w3.org/2000/svg", "width": "10", "height": "10"],
                                [
                                    .element(MarkupElement("rect", ["x": "0", "y": "0", "width": "5", "height": "5"]))
                                ]
                            )
                        ),
                        .element(MarkupElement("p")),
                        .comment("a -- comment"),
                    ]
                )
            ),
        ]
    )

    @Test func html5IsPolyglotAndEscaped() {
        let html = MarkupWriter.html5(Self.page)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<meta charset=\"utf-8\" />"))
        #expect(html.contains("&quot;quoted&quot; &lt;b&gt;"))
        let parsed = MarkupReader.parseXML(Array(html.utf8))
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.doctype == "html")
        #expect(parsed.root?.descendants(named: "h1").first?.textContent == "<script>alert(1)</script>")
        #expect(parsed.root?.descendants(named: "script").isEmpty == true)
        #expect(parsed.root?.descendants(named: "rect").count == 1)
    }

    /// ESC and NUL cannot be in XML at all, and libxml2 would end a value at the NUL: both are shown as escapes, as
    /// are C1 and bidi controls; the document stays well-formed and nothing after the NUL is lost.
    @Test func controlCharactersAreShownAsEscapesAndTheDocumentStaysWellFormed() {
        let raw = "Name\u{1B}[2J\u{0}after-nul\u{85}\u{202E}gpj.exe\ttab"
        let page = MarkupElement(
            "html", ["xmlns": "http://www.w3.org/1999/xhtml"],
            [
                .element(
                    MarkupElement(
                        "body", [:],
                        [
                            .element(MarkupElement("h1", ["title": raw], text: raw)),
                            .comment(raw),
                        ]))
            ]
        )
        let html = MarkupWriter.html5(page)
        for control in ["\u{1B}", "\u{0}", "\u{85}", "\u{202E}"] {
            #expect(!html.contains(control), "raw \(control.debugDescription) in the output")
        }
        let parsed = MarkupReader.parseXML(Array(html.utf8))
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        let shown = #"Name\u{1b}[2J\u{0}after-nul\u{85}\u{202e}gpj.exe"# + "\ttab"
        #expect(parsed.root?.descendants(named: "h1").first?.textContent == shown)
        #expect(html.contains("title=\"" + #"Name\u{1b}[2J\u{0}after-nul"#))
        #expect(MarkupText.safe("plain text, tabs\tand\nlines") == "plain text, tabs\tand\nlines")
    }

    @Test func readerReportsMalformedMarkup() {
        let parsed = MarkupReader.parseXML(Array("<html><body><p>unclosed</body></html>".utf8))
        #expect(!parsed.problems.isEmpty)
        #expect(parsed.problems.first?.line == 1)
    }

    @Test func xpathQueries() {
        let bytes = Array(MarkupWriter.html5(Self.page).utf8)
        #expect(MarkupReader.query("count(//*[local-name()='rect'])", in: bytes) == ["1"])
        #expect(MarkupReader.query("//*[local-name()='h1']", in: bytes) == ["<script>alert(1)</script>"])
        #expect(MarkupReader.query("((", in: bytes) == nil)
    }

    @Test func xmlHasDeclaration() {
        let xml = MarkupWriter.xml(MarkupElement("a", ["b": "1 & 2"], text: "x<y"))
        #expect(xml == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a b=\"1 &amp; 2\">x&lt;y</a>\n")
    }
}
