internal import JSONLD
internal import ROCrate

/// Identifiers are paths relative to the crate root or absolute URIs, never local file-system locations.
///
/// Spec (5s 0.4, Security considerations): "Implementers SHOULD sanity check inputs, including ensuring that
/// all paths are relative within the bag or absolute URIs". Flags `@id`s that are absolute paths (`/…`),
/// Windows paths (`C:\…`, `\\server\…`) or `file:` URIs; `../` is RC-DE-07 / 5S-PKG-13. Fix: copy the file
/// into the crate and use its relative path, or use the URI where it is published.
struct PathsStayInCrate: Check {
    static let name = "pathsStayInCrate"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var findings: [Finding] = []
        var seen = Set<String>()
        for entity in crate.entities {
            if let id = entity.id, let kind = kind(of: id), seen.insert(id).inserted {
                findings.append(
                    Finding(
                        entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                        message: "the @id `\(id)` is \(kind), not a path inside the crate or an absolute URI"))
            }
            for member in entity.object.members where !member.key.hasPrefix("@") {
                for (node, pointer) in entity.locatedValues(member.key) {
                    guard let id = node.referenceID, crate.entity(id) == nil, let kind = kind(of: id),
                        seen.insert(id).inserted
                    else { continue }
                    findings.append(
                        Finding(
                            entity: entity.label, property: member.key, pointer: pointer, offset: node.offset,
                            message: "the reference `\(id)` in `\(entity.label)` is \(kind), not a path inside the crate or an absolute URI"
                        ))
                }
            }
        }
        return findings
    }

    private func kind(of id: String) -> String? {
        let bytes = Array(id.utf8)
        if id.lowercased().hasPrefix("file:") { return "a file: URI" }
        if id.hasPrefix("\\\\") { return "a Windows network path" }
        if bytes.count >= 3, (65...90).contains(bytes[0]) || (97...122).contains(bytes[0]), bytes[1] == 58,
            bytes[2] == 92 || bytes[2] == 47
        {
            return "a Windows path"
        }
        if id.hasPrefix("/") { return "an absolute file-system path" }
        return nil
    }
}
