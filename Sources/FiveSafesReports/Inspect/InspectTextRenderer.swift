public import FiveSafesKit
internal import Foundation

/// `inspect` for a terminal: sections of aligned tables; ANSI colour only when asked for.
///
/// Names and values come from the crate: every control character is escaped (``TerminalText``) before the
/// renderer's own colour codes are put in.
public struct InspectTextRenderer: ReportRenderer {
    /// Whether to colour headings and statuses with ANSI escapes.
    public var colour: Bool

    /// Creates a renderer.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The summary as text.
    public func render(_ summary: CrateSummary) -> String {
        summary.text(colour: colour)
    }
}

extension CrateSummary {
    /// The summary for a terminal: sections of aligned tables; ANSI colour only when `colour` is true.
    func text(colour: Bool = false) -> String {
        let style = TerminalStyle(colour: colour)
        var lines: [String] = [style.bold(name ?? "(unnamed crate)")]
        let profileText = [profile.id, profile.version].compactMap { $0 }.joined(separator: " ")
        lines.append("  \(phase.rawValue) crate · \(profileText)" + (roCrateVersion.map { " · RO-Crate \($0)" } ?? ""))
        let section = { (title: String, body: [String]) in
            lines.append("")
            lines.append(style.bold(title))
            lines += body.map { "  " + $0 }
        }
        let named = { (party: Party) in party.name.map { "\($0) <\(party.id)>" } ?? party.id }
        section(
            "Crate",
            Self.pairs([
                ("input", "\(input) (\(inputKind.rawValue))"),
                ("profile", [profileText, profile.iri].compactMap { $0 }.joined(separator: "  ")),
                ("phase", phase.rawValue), ("published", datePublished ?? "–"), ("licence", license.map(named) ?? "–"),
                ("description", description ?? "–"),
            ])
        )
        section(
            "Requester",
            requester.map { value in
                Self.pairs(
                    [
                        ("name", value.name ?? "–"), ("ORCID", value.orcid ?? value.id),
                        ("affiliation", value.affiliations.map(named).joined(separator: ", ").nilIfBlank ?? "–"),
                    ] + (value.credentials.isEmpty ? [] : [("credentials", value.credentials.map(named).joined(separator: ", "))]))
            } ?? ["none recorded"]
        )
        section(
            "Project",
            project.map { value in
                Self.pairs([
                    ("name", value.name ?? value.id), ("identifiers", value.identifiers.joined(separator: ", ").nilIfBlank ?? "–"),
                    ("funding", value.funding.map(named).joined(separator: ", ").nilIfBlank ?? "–"),
                    ("members", value.members.map(named).joined(separator: ", ").nilIfBlank ?? "–"),
                ])
            } ?? ["none recorded"]
        )
        section("Organisations", organizations.isEmpty ? ["none recorded"] : Self.table(organizations.map { [$0.name ?? "–", $0.id] }))
        if let record {
            section(
                "Activity record",
                Self.pairs([
                    ("record", record.record), ("identifier", record.identifier ?? "–"),
                    ("state", record.version.map { "\(record.state) \($0)" } ?? record.state),
                    ("previous", record.previousVersion ?? "–"),
                ])
                    + (record.processes.isEmpty
                        ? ["no processes mentioned"]
                        : Self.processTable(record.processes, header: style))
            )
            if !record.nodes.isEmpty {
                section(
                    "Node crates",
                    Self.table(
                        [["IDENTIFIER", "NAME", "VERSION", "PUBLISHED", "PUBLISHER"]]
                            + record.nodes.map { [$0.id, $0.name ?? "–", $0.version ?? "–", $0.datePublished ?? "–", $0.publisher ?? "–"] },
                        header: style)
                )
            }
        }
        if let execution {
            section(
                "Execution",
                Self.pairs([
                    ("type", execution.type), ("context", execution.context ?? "–"),
                    ("context type", execution.contextTypes.joined(separator: ", ").nilIfBlank ?? "–"),
                    ("language", execution.language ?? "–"),
                ])
            )
        }
        section(
            execution.map { $0.type == "workflow" ? "Workflow" : "Execution context" } ?? "Workflow",
            workflow.map { value in
                Self.pairs([
                    ("name", value.name ?? "–"), ("IRI", value.id), ("version", value.version ?? "–"),
                    ("conforms to", value.conformsTo.joined(separator: ", ").nilIfBlank ?? "–"), ("download", value.download ?? "–"),
                    ("local copy", value.localCopy ?? "–"),
                ])
            } ?? ["none (the root has no mainEntity)"]
        )
        section(
            "Inputs",
            inputs.isEmpty
                ? ["none"]
                : Self.table(
                    [["KIND", "ID", "NAME", "VALUE / FORMAT", "PARAMETER"]]
                        + inputs.map {
                            [
                                $0.kind.rawValue, $0.id, $0.name ?? "–",
                                $0.value ?? [$0.encodingFormat, $0.contentSize.map { "\($0) B" }].compactMap { $0 }.joined(separator: ", ")
                                    .nilIfBlank ?? "–", $0.parameter ?? "–",
                            ]
                        },
                    header: style
                )
        )
        section(
            "Run",
            run.map { value in
                Self.pairs([
                    ("id", value.id), ("name", value.name ?? "–"), ("status", style.status(value.status)),
                    ("start", value.start ?? "–"), ("end", value.end ?? "–"),
                ])
            } ?? ["no run request"]
        )
        var timelineLines =
            timeline.isEmpty
            ? ["no review phase recorded"]
            : Self.table(
                [["PHASE", "STATUS", "AGENT", "START", "END", "NOTE"]]
                    + timeline.map { step in
                        [
                            step.title, step.status ?? "?", step.agents.map { $0.name ?? $0.id }.joined(separator: ", ").nilIfBlank ?? "–",
                            step.start ?? "–", step.end ?? "–", step.note ?? step.name ?? "",
                        ]
                    },
                header: style,
                statusColumn: 1
            )
        timelineLines += flags.map { style.warning("! \($0.kind.rawValue)\($0.rule.map { " [\($0)]" } ?? ""): \($0.message)") }
        section("Timeline", timelineLines)
        section(
            "Outputs",
            outputs.isEmpty
                ? ["none"]
                : Self.table(
                    [["ID", "NAME", "FORMAT", "SIZE"] + (hasDisclosureEvidence ? ["DISCLOSURE"] : [])]
                        + outputs.map {
                            [$0.id, $0.name ?? "–", $0.encodingFormat ?? "–", $0.contentSize ?? "–"]
                                + (hasDisclosureEvidence ? [$0.disclosure ?? "no verdict"] : [])
                        },
                    header: style
                )
                    + outputs.compactMap { output in output.disclosureFindings.map { "\(output.id): \($0)" } }
        )
        section(
            "Payload",
            payload.map { value in
                ["\(value.files) files, \(value.bytes) bytes"]
                    + Self.table(
                        [["MEDIA TYPE", "FILES", "BYTES"]] + value.byMediaType.map { [$0.mediaType, String($0.files), String($0.bytes)] },
                        header: style,
                        rightAligned: [1, 2]
                    )
            } ?? ["not available (metadata only)"]
        )
        section(
            "Package",
            [
                "\(package.kind == .none ? "no bag" : package.kind.rawValue): \(package.status == .ok ? style.good("ok") : package.status.rawValue)"
            ]
                + package.problems.map { style.warning("[\($0.rule)] \($0.severity.rawValue): \($0.message)") }
        )
        let invalidated = signatures.filter { $0.status != .intact }.count
        section(
            "Signatures",
            signatures.isEmpty
                ? ["none found"]
                : [
                    invalidated == 0
                        ? style.good("all \(signatures.count) intact") + " (integrity only: sign --verify decides trust)"
                        : style.warning("\(invalidated) of \(signatures.count) no longer match the bag: remove signatures/ and sign again")
                ]
                    + Self.table(signatures.map { [$0.file, $0.format.rawValue, "\($0.bytes) B", $0.status.rawValue] })
        )
        // Names and values come from the crate: every control character is escaped, then this function's own
        // colour codes (written with a per-call marker no crate can know) become escape sequences.
        let text = lines.map { TerminalText.printable($0) }.joined(separator: "\n") + "\n"
        return style.finish(text)
    }

    /// `key  value` lines with the keys padded to one width.
    static func pairs(_ pairs: [(String, String)]) -> [String] {
        let width = pairs.map(\.0.count).max() ?? 0
        return pairs.map { $0.0.padding(to: width) + "  " + $0.1 }
    }

    /// Rows with every column padded to its widest cell (the last column is not padded).
    /// A 1.0 record's processes (kind, status, agent, end, name): `inspect`'s Activity record and `provenance show`.
    static func processTable(_ processes: [CrateSummary.Process], header: TerminalStyle?) -> [String] {
        table(
            [["PROCESS", "STATUS", "AGENT", "END", "NAME"]]
                + processes.map { process in
                    [
                        process.kind, process.status ?? "?",
                        process.agents.map { $0.name ?? $0.id }.joined(separator: ", ").nilIfBlank ?? "–",
                        process.end ?? "–", process.name ?? "",
                    ]
                },
            header: header,
            statusColumn: 1)
    }

    static func table(_ rows: [[String]], header: TerminalStyle? = nil, statusColumn: Int? = nil, rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.enumerated().map { number, row in
            let cells = row.enumerated().map { column, cell -> String in
                let last = column == row.count - 1 && !rightAligned.contains(column)
                var text =
                    last ? cell : rightAligned.contains(column) ? cell.padding(left: widths[column]) : cell.padding(to: widths[column])
                if number > 0, column == statusColumn, let style = header { text = style.status(cell, padded: text) }
                return text
            }
            let line = cells.joined(separator: "  ")
            return number == 0 && header != nil ? header?.dim(line) ?? line : line
        }
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    fileprivate func padding(left width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
    fileprivate var nilIfBlank: String? { isEmpty ? nil : self }
}
