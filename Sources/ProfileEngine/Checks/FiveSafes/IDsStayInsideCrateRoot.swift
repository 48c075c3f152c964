internal import JSONLD
internal import ROCrate

/// No `@id` in the graph, of an entity or of a reference, reaches outside the crate root.
///
/// Spec (5s 0.4, BagIt expectations): "the RO-Crate MUST NOT reference tag files like `../fetch.txt` or other
/// relative paths outside the Bag". Fix: use paths inside the crate root without `..`, or absolute URIs.
struct IDsStayInsideCrateRoot: EntityCheck {
    static let name = "idsStayInsideCrateRoot"

    let subscription = EntitySubscription.everyEntity

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        visit(object: entity.object, pointer: { entity.pointer }, property: "@id", entity: entity, into: &findings)
    }

    /// Pointers are made only for what is reported: `pointer` builds the object's.
    private func visit(object: JSONObject, pointer: () -> JSONPointer, property: String, entity: Entity, into findings: inout [Finding]) {
        for member in object.members {
            if member.key == "@id" {
                guard let id = member.value.value.stringValue, let message = problem(with: id, in: entity, property: property) else {
                    continue
                }
                findings.append(
                    Finding(entity: entity.label, property: property, pointer: pointer().appending(member.key), message: message))
            } else if !member.key.hasPrefix("@") {
                visit(
                    node: member.value, pointer: { pointer().appending(member.key) }, property: member.key, entity: entity, into: &findings)
            }
        }
    }

    private func visit(node: JSONNode, pointer: () -> JSONPointer, property: String, entity: Entity, into findings: inout [Finding]) {
        switch node.value {
        case .object(let object):
            visit(object: object, pointer: pointer, property: property, entity: entity, into: &findings)
        case .array(let items):
            for (index, item) in items.enumerated() {
                visit(node: item, pointer: { pointer().appending(index) }, property: property, entity: entity, into: &findings)
            }
        default:
            break
        }
    }

    /// A message when the `@id` leaves the crate root or uses `..`, else nil.
    func problem(with id: String, in entity: Entity, property: String) -> String? {
        // Fast path: almost every @id has no `..`, no encoded dot and no leading slash.
        guard Self.mightLeave(id), RunRequestSupport.isRelativePath(id) else { return nil }
        let place = property == "@id" ? "the @id `\(id)` of `\(entity.label)`" : "the \(property) `\(id)` of `\(entity.label)`"
        let path = id.prefix { $0 != "?" && $0 != "#" }
        if path.hasPrefix("/") {
            return place + " is an absolute path, which resolves outside the crate root"
        }
        var inside: [Substring] = []
        var above = 0
        var dotDot = false
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if Self.isDotDot(segment) {
                dotDot = true
                if inside.isEmpty { above += 1 } else { inside.removeLast() }
            } else if segment != "." && !segment.isEmpty {
                inside.append(segment)
            }
        }
        guard dotDot else { return nil }
        if above == 1, inside.count == 1, let name = inside.first, Self.isTagFile(name) {
            return place + " references the BagIt tag file `\(name)` outside the crate root"
        }
        if above > 0 {
            return place + " climbs out of the crate root with `..`"
        }
        return place + " has a `..` segment, which this profile forbids in any @id"
    }

    /// Whether an id could leave the crate: it starts with `/`, or has `..` or a `%` escape.
    static func mightLeave(_ id: String) -> Bool {
        if id.utf8.first == UInt8(ascii: "/") { return true }
        var previous: UInt8 = 0
        for byte in id.utf8 {
            if byte == UInt8(ascii: "%") { return true }
            if byte == UInt8(ascii: ".") && previous == UInt8(ascii: ".") { return true }
            previous = byte
        }
        return false
    }

    /// `..`, also percent-encoded.
    static func isDotDot(_ segment: Substring) -> Bool {
        ["..", "%2e%2e", ".%2e", "%2e."].contains(segment.lowercased())
    }

    /// The BagIt tag files of RFC 8493 that sit beside `data/`.
    static func isTagFile(_ name: Substring) -> Bool {
        if ["bagit.txt", "bag-info.txt", "fetch.txt"].contains(name) { return true }
        return (name.hasPrefix("manifest-") || name.hasPrefix("tagmanifest-")) && name.hasSuffix(".txt")
    }
}
