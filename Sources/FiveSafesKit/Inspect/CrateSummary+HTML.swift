internal import ROCrate
internal import XMLSupport

extension CrateSummary {
    /// The summary as one self-contained HTML5 page (inline CSS, no scripts, nothing loaded from the network),
    /// built as a markup tree and written by libxml2, so every value from the crate is escaped text. The same
    /// page serves as `ro-crate-preview.html`.
    public func html() -> String {
        let title = name ?? "(unnamed crate)"
        var body = MarkupElement("body")
        var header = MarkupElement("header")
        header.append(MarkupElement("h1", text: title))
        header.append(
            MarkupElement(
                "p",
                ["class": "badges"],
                [
                    .element(MarkupElement("span", ["class": "badge \(phase.rawValue)"], text: "\(phase.rawValue) crate")),
                    .element(
                        MarkupElement(
                            "span",
                            ["class": "badge"],
                            text: [profile.id, profile.version].compactMap { $0 }.joined(separator: " ")
                        )
                    ),
                ] + (roCrateVersion.map { [.element(MarkupElement("span", ["class": "badge"], text: "RO-Crate \($0)"))] } ?? [])
            )
        )
        if let description { header.append(MarkupElement("p", ["class": "description"], text: description)) }
        body.append(header)
        var main = MarkupElement("main")
        main.append(
            Self.card(
                "Crate",
                [
                    Self.definitions([
                        ("Input", .text("\(input) (\(inputKind.rawValue))")), ("Profile", Self.link(profile.iri, label: profile.iri ?? profile.id)),
                        ("Published", .text(datePublished ?? "–")), ("Licence", license.map(Self.link) ?? .text("–")),
                    ])
                ]
            )
        )
        main.append(
            Self.card(
                "Requester",
                [
                    requester.map { value in
                        Self.definitions(
                            [
                                ("Name", .text(value.name ?? "–")), ("ORCID", Self.link(value.id, label: value.orcid ?? value.id)),
                                ("Affiliation", Self.links(value.affiliations)), ("Member of", Self.links(value.memberOf)),
                            ] + (value.credentials.isEmpty ? [] : [("Credentials", Self.links(value.credentials))]))
                    } ?? MarkupElement("p", text: "No requester recorded.")
                ]
            )
        )
        main.append(
            Self.card(
                "Project",
                [
                    project.map { value in
                        Self.definitions([
                            ("Name", .text(value.name ?? value.id)),
                            ("Identifiers", .text(value.identifiers.joined(separator: ", ").orDash)),
                            ("Funding", Self.links(value.funding)), ("Members", Self.links(value.members)),
                        ])
                    } ?? MarkupElement("p", text: "No project recorded.")
                ]
            )
        )
        if let record {
            main.append(
                Self.card(
                    "Activity record",
                    [
                        Self.definitions([
                            ("Record", Self.link(record.record, label: record.record)),
                            ("Identifier", Self.link(record.identifier, label: record.identifier ?? "–")),
                            ("State", .text(record.version.map { "\(record.state) \($0)" } ?? record.state)),
                            ("Previous", Self.link(record.previousVersion, label: record.previousVersion ?? "–")),
                        ])
                    ]
                )
            )
        }
        if let execution {
            main.append(
                Self.card(
                    "Execution",
                    [
                        Self.definitions([
                            ("Type", .text(execution.type)), ("Context", .text(execution.context ?? "–")),
                            ("Context type", .text(execution.contextTypes.joined(separator: ", ").orDash)),
                            ("Language", .text(execution.language ?? "–")),
                        ])
                    ]
                )
            )
        }
        main.append(
            Self.card(
                execution.map { $0.type == "workflow" ? "Workflow" : "Execution context" } ?? "Workflow",
                [
                    workflow.map { value in
                        Self.definitions([
                            ("Name", .text(value.name ?? "–")), ("IRI", Self.link(value.id, label: value.id)),
                            ("Version", .text(value.version ?? "–")),
                            ("Conforms to", .text(value.conformsTo.joined(separator: ", ").orDash)),
                            ("Download", Self.link(value.download, label: value.download ?? "–")),
                            ("Local copy", .text(value.localCopy ?? "–")),
                        ])
                    } ?? MarkupElement("p", text: "No workflow (the root has no mainEntity).")
                ]
            )
        )
        main.append(
            Self.card(
                "Inputs",
                [
                    Self.table(
                        ["Kind", "ID", "Name", "Value / format", "Parameter"],
                        inputs.map { input in
                            [
                                input.kind.rawValue, input.id, input.name ?? "–",
                                input.value
                                    ?? [input.encodingFormat, input.contentSize.map { "\($0) bytes" }].compactMap { $0 }.joined(
                                        separator: ", "
                                    ).orDash,
                                input.parameter ?? "–",
                            ]
                        },
                        empty: "No inputs."
                    )
                ]
            )
        )
        var runCard = [
            run.map { value in
                Self.definitions([
                    ("ID", .text(value.id)), ("Name", .text(value.name ?? "–")), ("Status", Self.status(value.status)),
                    ("Start", .text(value.start ?? "–")), ("End", .text(value.end ?? "–")),
                ])
            } ?? MarkupElement("p", text: "No run request.")
        ]
        runCard.append(MarkupElement("h3", text: "Review timeline"))
        runCard.append(timelineGraphic())
        runCard.append(
            Self.table(
                ["Phase", "Status", "Agent", "Start", "End", "Note"],
                timeline.map { step in
                    [
                        step.title, step.status ?? "?", step.agents.map { $0.name ?? $0.id }.joined(separator: ", ").orDash,
                        step.start ?? "–", step.end ?? "–", step.note ?? step.name ?? "",
                    ]
                },
                empty: "No review phase recorded yet.",
                statusColumn: 1
            )
        )
        if !flags.isEmpty {
            runCard.append(
                MarkupElement(
                    "ul",
                    ["class": "flags"],
                    flags.map { flag in
                        .element(MarkupElement("li", text: "\(flag.kind.rawValue)\(flag.rule.map { " [\($0)]" } ?? ""): \(flag.message)"))
                    }
                )
            )
        }
        main.append(Self.card("Run and review", runCard, wide: true))
        main.append(
            Self.card(
                "Outputs",
                [
                    Self.table(
                        ["ID", "Name", "Format", "Size"] + (hasDisclosureEvidence ? ["Disclosure"] : []),
                        outputs.map { output in
                            [output.id, output.name ?? "–", output.encodingFormat ?? "–", output.contentSize ?? "–"]
                                + (hasDisclosureEvidence ? [output.disclosure ?? "no verdict"] : [])
                        },
                        empty: "No outputs."
                    )
                ]
            )
        )
        main.append(
            Self.card(
                "Payload",
                payload.map { value in
                    [
                        MarkupElement("p", text: "\(value.files) files, \(value.bytes) bytes"),
                        Self.table(
                            ["Media type", "Files", "Bytes"],
                            value.byMediaType.map { [$0.mediaType, String($0.files), String($0.bytes)] },
                            empty: ""
                        ),
                    ]
                } ?? [MarkupElement("p", text: "Not available (metadata only).")]
            )
        )
        var packageCard = [
            MarkupElement(
                "p",
                [:],
                [
                    .text(package.kind == .none ? "Not a bag: " : "\(package.kind == .zip ? "BagIt bag in a ZIP" : "BagIt bag"): "),
                    .element(
                        MarkupElement(
                            "span",
                            ["class": "status \(package.status == .ok ? "completed" : package.status == .problems ? "failed" : "none")"],
                            text: package.status.rawValue
                        )
                    ),
                ]
            )
        ]
        if !package.problems.isEmpty {
            packageCard.append(
                Self.table(["Rule", "Severity", "Message"], package.problems.map { [$0.rule, $0.severity.rawValue, $0.message] }, empty: "")
            )
        }
        packageCard.append(MarkupElement("h3", text: "Signatures"))
        packageCard.append(
            Self.table(
                ["File", "Format", "Bytes", "Integrity"],
                signatures.map { [$0.file, $0.format.rawValue, String($0.bytes), $0.status.rawValue] },
                empty: "No signatures found."
            )
        )
        main.append(Self.card("Package and signatures", packageCard))
        body.append(main)
        body.append(MarkupElement("footer", text: "Made by fivesafes \(FiveSafesVersion.current) from the crate's metadata."))
        let head = MarkupElement(
            "head",
            [:],
            [
                .element(MarkupElement("meta", ["charset": "utf-8"])),
                .element(MarkupElement("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])),
                .element(MarkupElement("title", text: title)),
                .element(MarkupElement("style", text: Self.css)),
            ]
        )
        return MarkupWriter.html5(
            MarkupElement("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"], [.element(head), .element(body)])
        )
    }

    static func card(_ title: String, _ content: [MarkupElement], wide: Bool = false) -> MarkupElement {
        MarkupElement(
            "section",
            ["class": wide ? "card wide" : "card"],
            [.element(MarkupElement("h2", text: title))] + content.map(MarkupNode.element)
        )
    }

    static func definitions(_ rows: [(String, MarkupNode)]) -> MarkupElement {
        MarkupElement(
            "dl",
            [:],
            rows.flatMap { [MarkupNode.element(MarkupElement("dt", text: $0.0)), .element(MarkupElement("dd", [:], [$0.1]))] }
        )
    }

    static func table(_ header: [String], _ rows: [[String]], empty: String, statusColumn: Int? = nil) -> MarkupElement {
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

    static func status(_ status: String?) -> MarkupNode {
        .element(MarkupElement("span", ["class": "status \(status ?? "none")"], text: status ?? "–"))
    }

    /// A link for http(s) IRIs only (never `javascript:` or other schemes from a crate); plain text otherwise.
    static func link(_ iri: String?, label: String) -> MarkupNode {
        guard let iri, iri.hasPrefix("https://") || iri.hasPrefix("http://") else { return .text(label) }
        return .element(MarkupElement("a", ["href": iri], text: label))
    }

    static func link(_ party: Party) -> MarkupNode {
        link(party.id, label: party.name.map { "\($0) (\(party.id))" } ?? party.id)
    }

    static func links(_ parties: [Party]) -> MarkupNode {
        guard !parties.isEmpty else { return .text("–") }
        var nodes: [MarkupNode] = []
        for (number, party) in parties.enumerated() {
            if number > 0 { nodes.append(.text(", ")) }
            nodes.append(link(party))
        }
        return .element(MarkupElement("span", [:], nodes))
    }

    static let css = """
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

extension String {
    fileprivate var orDash: String { isEmpty ? "–" : self }
}
