internal import JSONLD
internal import ROCrate

/// No `@id` climbs above the crate root with `../`.
///
/// Spec (RO-Crate 1.2, appendix RO-Crate JSON-LD): "Although legal in JSON-LD, @id paths in RO-Crate
/// SHOULD NOT use ../ to climb out of the RO-Crate Root, rather such references SHOULD be translated to
/// absolute URIs." Checked on every entity `@id` and on references to undescribed ids (described ones are
/// reported once, at their entity); `a/../b` stays inside and passes, `%2E%2E` counts as `..`. Fix: use an
/// absolute URI for anything outside the crate root.
struct IdentifiersStayInsideCrateRoot: Check {
    static let name = "identifiersStayInsideCrateRoot"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var findings: [Finding] = []
        for entity in crate.entities {
            if let id = entity.id, Self.climbsAboveRoot(id) {
                findings.append(
                    Finding(
                        entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                        message: "the `@id` `\(id)` climbs above the crate root with `../`"))
            }
            for member in entity.object.members where !member.key.hasPrefix("@") {
                for (node, pointer) in entity.locatedValues(member.key) {
                    guard let id = node.referenceID, crate.entity(id) == nil, Self.climbsAboveRoot(id) else { continue }
                    findings.append(
                        Finding(
                            entity: entity.label, property: member.key, pointer: pointer,
                            message: "`\(entity.label)` references `\(id)`, which climbs above the crate root with `../`"))
                }
            }
        }
        return findings
    }

    /// Whether a relative URI path leaves the root once `.` and `..` segments are resolved.
    static func climbsAboveRoot(_ id: String) -> Bool {
        guard DataEntityScope.isURIPath(id), id.contains("..") || id.contains("%") else { return false }
        var raw = Substring(id)
        if let cut = raw.firstIndex(where: { $0 == "#" || $0 == "?" }) { raw = raw[..<cut] }
        var depth = 0
        for segment in raw.split(separator: "/", omittingEmptySubsequences: true) {
            switch DataEntityScope.percentDecoded(String(segment)) {
            case "..":
                depth -= 1
                if depth < 0 { return true }
            case ".": continue
            default: depth += 1
            }
        }
        return false
    }
}
