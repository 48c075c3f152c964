internal import JSONLD
internal import ROCrate

/// Every `startTime` and `endTime` in the graph is an RFC 3339 date-time with a time zone, and a real one.
///
/// Spec (5s 0.4, Review process): "Each completed action SHOULD have a timestamp using `endTime` that follow
/// the ISO-8601 syntax of RFC 3339 (including timezone or Z)." Fix: write e.g. `"2026-11-23T09:00:07Z"` or
/// `"2026-11-23T10:00:07+01:00"`.
struct TimesAreRFC3339: EntityCheck {
    static let name = "timesAreRFC3339"

    let subscription = EntitySubscription.properties(["startTime", "endTime"])

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        findings += ["startTime", "endTime"].flatMap { property in
            entity.locatedValues(property).compactMap { node, pointer -> Finding? in
                let label = entity.label
                guard let text = node.value.stringValue else {
                    return Finding(
                        entity: label, property: property, pointer: pointer, offset: node.offset,
                        message: "the \(property) of `\(label)` is a \(node.value.kindName), not an RFC 3339 timestamp string")
                }
                switch ReviewTime.read(text) {
                case .instant: return nil
                case .malformed:
                    return Finding(
                        entity: label, property: property, pointer: pointer, offset: node.offset,
                        message:
                            "the \(property) `\(text)` of `\(label)` is not an RFC 3339 timestamp with a time zone (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm))"
                    )
                case .impossible:
                    return Finding(
                        entity: label, property: property, pointer: pointer, offset: node.offset,
                        message: "the \(property) `\(text)` of `\(label)` names a date, time or offset that does not exist")
                }
            }
        }
    }
}
