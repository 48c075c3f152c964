internal import ROCrate
internal import XMLSupport

extension CrateSummary {
    /// The review phases as an inline SVG: one node per lifecycle phase, in order, filled by the status of its
    /// latest recorded action (green completed, red failed, amber potential/active, hollow grey not recorded).
    func timelineGraphic() -> MarkupElement {
        let phases = LifecyclePhase.allCases
        let step = 130
        let width = step * phases.count
        var nodes: [MarkupNode] = [
            .element(MarkupElement("title", text: "Review timeline")),
            .element(
                MarkupElement(
                    "line",
                    [
                        "x1": "\(step / 2)", "y1": "40", "x2": "\(width - step / 2)", "y2": "40",
                        "stroke": "#c5cad3", "stroke-width": "4",
                    ]
                )
            ),
        ]
        for (index, phase) in phases.enumerated() {
            let steps = timeline.filter { $0.phase == phase }
            let status = steps.last?.status
            let x = step / 2 + index * step
            let (fill, stroke) = Self.colours(recorded: !steps.isEmpty, status: status)
            nodes.append(
                .element(
                    MarkupElement(
                        "circle",
                        ["cx": "\(x)", "cy": "40", "r": "16", "fill": fill, "stroke": stroke, "stroke-width": "3"],
                        [
                            .element(
                                MarkupElement(
                                    "title",
                                    text: "\(phase.title): \(steps.isEmpty ? "not recorded" : status ?? "unknown status")"
                                )
                            )
                        ]
                    )
                )
            )
            nodes.append(
                .element(
                    MarkupElement(
                        "text",
                        [
                            "x": "\(x)", "y": "80", "text-anchor": "middle", "font-size": "13", "font-weight": "600",
                            "fill": "#1d2330",
                        ],
                        text: phase.title
                    )
                )
            )
            let detail = steps.isEmpty ? "not recorded" : (status ?? "?") + (steps.count > 1 ? " (\(steps.count) actions)" : "")
            nodes.append(
                .element(
                    MarkupElement(
                        "text",
                        ["x": "\(x)", "y": "98", "text-anchor": "middle", "font-size": "12", "fill": "#4a5568"],
                        text: detail
                    )
                )
            )
            if let time = steps.last?.end ?? steps.last?.start {
                nodes.append(
                    .element(
                        MarkupElement(
                            "text",
                            ["x": "\(x)", "y": "114", "text-anchor": "middle", "font-size": "10", "fill": "#777"],
                            text: String(time.prefix(16)).replacing("T", with: " ")
                        )
                    )
                )
            }
        }
        return MarkupElement(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(width) 124", "width": "\(width)",
                "height": "124", "role": "img", "aria-label": "Review timeline",
            ],
            nodes
        )
    }

    static func colours(recorded: Bool, status: String?) -> (fill: String, stroke: String) {
        guard recorded else { return ("#ffffff", "#b0b6c0") }
        switch status {
        case "completed": return ("#2e7d4f", "#1f5c39")
        case "failed": return ("#c0392b", "#8e2a1f")
        case "potential", "active": return ("#f0b429", "#a86b00")
        default: return ("#b0b6c0", "#777777")
        }
    }
}
