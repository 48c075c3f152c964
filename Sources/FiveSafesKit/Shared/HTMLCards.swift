public import XMLSupport

/// The building blocks of the tool's HTML pages (the crate preview `ro-crate-preview.html`, `inspect` and
/// `disclosure check` as HTML): cards, definition lists, tables, status badges, safe links and the one style sheet,
/// so every page looks alike. Markup trees only (``MarkupElement``); ``MarkupWriter`` escapes every text.
public enum HTMLCards {
    /// A card: a titled section of the page (across the whole width when `wide`).
    public static func card(_ title: String, _ content: [MarkupElement], wide: Bool = false) -> MarkupElement {
        MarkupElement(
            "section",
            ["class": wide ? "card wide" : "card"],
            [.element(MarkupElement("h2", text: title))] + content.map(MarkupNode.element)
        )
    }

    /// A definition list of label–value rows.
    public static func definitions(_ rows: [(String, MarkupNode)]) -> MarkupElement {
        MarkupElement(
            "dl",
            [:],
            rows.flatMap { [MarkupNode.element(MarkupElement("dt", text: $0.0)), .element(MarkupElement("dd", [:], [$0.1]))] }
        )
    }

    /// A table with a header row, or the `empty` text when there are no rows; `statusColumn` cells become badges.
    public static func table(_ header: [String], _ rows: [[String]], empty: String, statusColumn: Int? = nil) -> MarkupElement {
        guard !rows.isEmpty else { return MarkupElement("p", ["class": "empty"], text: empty) }
        let head = MarkupElement("thead", [:], [.element(MarkupElement("tr", [:], header.map { .element(MarkupElement("th", text: $0)) }))])
        let body = MarkupElement(
            "tbody",
            [:],
            rows.map { row in
                .element(
                    MarkupElement(
                        "tr",
                        [:],
                        row.enumerated().map { column, cell in
                            column == statusColumn
                                ? .element(MarkupElement("td", [:], [status(cell)])) : .element(MarkupElement("td", text: cell))
                        }
                    )
                )
            }
        )
        return MarkupElement("table", [:], [.element(head), .element(body)])
    }

    /// A status badge (`completed`, `failed`, …; `–` when unknown).
    public static func status(_ status: String?) -> MarkupNode {
        .element(MarkupElement("span", ["class": "status \(status ?? "none")"], text: status ?? "–"))
    }

    /// A link for http(s) IRIs only (never `javascript:` or other schemes from a crate); plain text otherwise.
    public static func link(_ iri: String?, label: String) -> MarkupNode {
        guard let iri, iri.hasPrefix("https://") || iri.hasPrefix("http://") else { return .text(label) }
        return .element(MarkupElement("a", ["href": iri], text: label))
    }

    /// The style sheet of every page.
    public static let css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
        header { background: #1f3a5f; color: #fff; padding: 1.5rem 2rem; }
        header h1 { margin: 0 0 .5rem 0; font-size: 1.6rem; }
        .description { max-width: 60rem; opacity: .9; }
        .badge { display: inline-block; background: rgba(255,255,255,.15); border-radius: 1rem; padding: .1rem .7rem; margin-right: .4rem; font-size: .85rem; }
        .badge.result { background: #2e7d4f; } .badge.request { background: #8a5a00; }
        main { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 1rem; padding: 1rem 2rem; }
        .card { background: #fff; border-radius: .5rem; padding: 1rem 1.25rem; box-shadow: 0 1px 3px rgba(0,0,0,.12); overflow-x: auto; }
        .card.wide { grid-column: 1 / -1; }
        .card h2 { margin: 0 0 .75rem 0; font-size: 1.1rem; color: #1f3a5f; }
        .card h3 { font-size: 1rem; margin: 1rem 0 .5rem 0; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
        dt { font-weight: 600; color: #4a5568; } dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e2e5ea; vertical-align: top; overflow-wrap: anywhere; }
        th { color: #4a5568; font-weight: 600; }
        .status { font-weight: 600; } .status.completed { color: #2e7d4f; } .status.failed { color: #c0392b; }
        .status.potential, .status.active { color: #a86b00; } .status.none { color: #777; }
        .flags { color: #a86b00; } .empty { color: #777; }
        svg { max-width: 100%; height: auto; }
        footer { padding: 1rem 2rem 2rem; color: #777; font-size: .85rem; }
        """
}
