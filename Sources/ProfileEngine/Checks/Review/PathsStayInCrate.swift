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
                entity.forEachValue(of: member) { node, index in
                    guard let id = node.referenceID, let kind = kind(of: id), crate.entity(id) == nil, seen.insert(id).inserted
                    else { return }
                    findings.append(
                        Finding(
                            entity: entity.label, property: member.key, pointer: entity.pointer(to: member.key, index: index),
                            offset: node.offset,
                            message: "the reference `\(id)` in `\(entity.label)` is \(kind), not a path inside the crate or an absolute URI"
                        ))
                }
            }
        }
        return findings
    }

    private func kind(of id: String) -> String? {
        // Bytes, without copies: this runs for every `@id` and reference of the crate.
        var bytes = id.utf8.makeIterator()
        guard let first = bytes.next() else { return nil }
        let second = bytes.next()
        let third = bytes.next()
        if first == UInt8(ascii: "/") { return "an absolute file-system path" }
        if first == UInt8(ascii: "\\") && second == UInt8(ascii: "\\") { return "a Windows network path" }
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        if isLetter, second == UInt8(ascii: ":"), third == UInt8(ascii: "\\") || third == UInt8(ascii: "/") {
            return "a Windows path"
        }
        let lowered = id.utf8.prefix(5).lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        if (first | 0x20) == UInt8(ascii: "f"), lowered.elementsEqual("file:".utf8) {
            return "a file: URI"
        }
        return nil
    }
}
