internal import ROCrate
internal import XMLSupport

extension CrateSummary {
    /// The summary as one self-contained HTML5 page (inline CSS, no scripts, nothing loaded from the network),
    /// built as a markup tree and written by libxml2, so every value from the crate is escaped text.
    ///
    /// The one page the Kit renders itself: it is crate content, written into crates as `ro-crate-preview.html`
    /// by the Kit's own use cases (`init`, `provenance`, `zip --refresh`, ``CratePreview``), which cannot call the
    /// reports module above them. `inspect --format html` shows the same page (`InspectHTMLRenderer`).
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
            HTMLCards.card(
                "Crate",
                [
                    HTMLCards.definitions([
                        ("Input", .text("\(input) (\(inputKind.rawValue))")),
                        ("Profile", HTMLCards.link(profile.iri, label: profile.iri ?? profile.id)),
                        ("Published", .text(datePublished ?? "–")), ("Licence", license.map(Self.link) ?? .text("–")),
                    ])
                ]
            )
        )
        main.append(
            HTMLCards.card(
                "Requester",
                [
                    requester.map { value in
                        HTMLCards.definitions(
                            [
                                ("Name", .text(value.name ?? "–")), ("ORCID", HTMLCards.link(value.id, label: value.orcid ?? value.id)),
                                ("Affiliation", Self.links(value.affiliations)), ("Member of", Self.links(value.memberOf)),
                            ] + (value.credentials.isEmpty ? [] : [("Credentials", Self.links(value.credentials))]))
                    } ?? MarkupElement("p", text: "No requester recorded.")
                ]
            )
        )
        main.append(
            HTMLCards.card(
                "Project",
                [
                    project.map { value in
                        HTMLCards.definitions([
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
                HTMLCards.card(
                    "Activity record",
                    [
                        HTMLCards.definitions([
                            ("Record", HTMLCards.link(record.record, label: record.record)),
                            ("Identifier", HTMLCards.link(record.identifier, label: record.identifier ?? "–")),
                            ("State", .text(record.version.map { "\(record.state) \($0)" } ?? record.state)),
                            ("Previous", HTMLCards.link(record.previousVersion, label: record.previousVersion ?? "–")),
                        ]),
                        HTMLCards.table(
                            ["Process", "Status", "Agent", "End", "Name"],
                            record.processes.map { process in
                                [
                                    process.kind, process.status ?? "?",
                                    process.agents.map { $0.name ?? $0.id }.joined(separator: ", ").orDash,
                                    process.end ?? "–", process.name ?? "",
                                ]
                            },
                            empty: "No processes mentioned.",
                            statusColumn: 1
                        ),
                    ]
                )
            )
            if !record.nodes.isEmpty {
                main.append(
                    HTMLCards.card(
                        "Node crates",
                        [
                            HTMLCards.table(
                                ["Identifier", "Name", "Version", "Published", "Publisher"],
                                record.nodes.map {
                                    [$0.id, $0.name ?? "–", $0.version ?? "–", $0.datePublished ?? "–", $0.publisher ?? "–"]
                                },
                                empty: "No node crate referenced.")
                        ], wide: true)
                )
            }
        }
        if let execution {
            main.append(
                HTMLCards.card(
                    "Execution",
                    [
                        HTMLCards.definitions([
                            ("Type", .text(execution.type)), ("Context", .text(execution.context ?? "–")),
                            ("Context type", .text(execution.contextTypes.joined(separator: ", ").orDash)),
                            ("Language", .text(execution.language ?? "–")),
                        ])
                    ]
                )
            )
        }
        main.append(
            HTMLCards.card(
                execution.map { $0.type == "workflow" ? "Workflow" : "Execution context" } ?? "Workflow",
                [
                    workflow.map { value in
                        HTMLCards.definitions([
                            ("Name", .text(value.name ?? "–")), ("IRI", HTMLCards.link(value.id, label: value.id)),
                            ("Version", .text(value.version ?? "–")),
                            ("Conforms to", .text(value.conformsTo.joined(separator: ", ").orDash)),
                            ("Download", HTMLCards.link(value.download, label: value.download ?? "–")),
                            ("Local copy", .text(value.localCopy ?? "–")),
                        ])
                    } ?? MarkupElement("p", text: "No workflow (the root has no mainEntity).")
                ]
            )
        )
        main.append(
            HTMLCards.card(
                "Inputs",
                [
                    HTMLCards.table(
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
                HTMLCards.definitions([
                    ("ID", .text(value.id)), ("Name", .text(value.name ?? "–")), ("Status", HTMLCards.status(value.status)),
                    ("Start", .text(value.start ?? "–")), ("End", .text(value.end ?? "–")),
                ])
            } ?? MarkupElement("p", text: "No run request.")
        ]
        runCard.append(MarkupElement("h3", text: "Review timeline"))
        runCard.append(timelineGraphic())
        runCard.append(
            HTMLCards.table(
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
        main.append(HTMLCards.card("Run and review", runCard, wide: true))
        main.append(
            HTMLCards.card(
                "Outputs",
                [
                    HTMLCards.table(
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
            HTMLCards.card(
                "Payload",
                payload.map { value in
                    [
                        MarkupElement("p", text: "\(value.files) files, \(value.bytes) bytes"),
                        HTMLCards.table(
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
                HTMLCards.table(
                    ["Rule", "Severity", "Message"], package.problems.map { [$0.rule, $0.severity.rawValue, $0.message] }, empty: "")
            )
        }
        packageCard.append(MarkupElement("h3", text: "Signatures"))
        packageCard.append(
            HTMLCards.table(
                ["File", "Format", "Bytes", "Integrity"],
                signatures.map { [$0.file, $0.format.rawValue, String($0.bytes), $0.status.rawValue] },
                empty: "No signatures found."
            )
        )
        main.append(HTMLCards.card("Package and signatures", packageCard))
        body.append(main)
        body.append(MarkupElement("footer", text: "Made by fivesafes \(FiveSafesVersion.current) from the crate's metadata."))
        let head = MarkupElement(
            "head",
            [:],
            [
                .element(MarkupElement("meta", ["charset": "utf-8"])),
                .element(MarkupElement("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])),
                .element(MarkupElement("title", text: title)),
                .element(MarkupElement("style", text: HTMLCards.css)),
            ]
        )
        return MarkupWriter.html5(
            MarkupElement("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"], [.element(head), .element(body)])
        )
    }

    static func link(_ party: Party) -> MarkupNode {
        HTMLCards.link(party.id, label: party.name.map { "\($0) (\(party.id))" } ?? party.id)
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
}

extension String {
    fileprivate var orDash: String { isEmpty ? "–" : self }
}
