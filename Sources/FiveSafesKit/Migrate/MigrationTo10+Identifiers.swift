internal import JSONLD
internal import ROCrate

/// `migrate --to 1.0`'s identifiers: local ids (`#name`, `_:name`) become absolute ids of the activity record, in
/// the entities that carry them and in every `{"@id"}` reference to them.
extension MigrationTo10 {
    /// Every `#name` or `_:name` id, described or referenced, to `<base>#name` (a suffix keeps them distinct).
    func renamedIDs(base: String) -> [String: String] {
        var ids = Set(crate.entities.compactMap(\.id))
        for entity in crate.entities { Self.collectReferences(.object(entity.object), into: &ids) }
        var renames: [String: String] = [:]
        var taken = ids
        let stem = base.split(separator: "#", maxSplits: 1).first.map(String.init) ?? base
        for id in ids.sorted() where id != "./" {
            let local: Substring
            if id.hasPrefix("#") { local = id.dropFirst() } else if id.hasPrefix("_:") { local = id.dropFirst(2) } else { continue }
            var candidate = "\(stem)#\(local)"
            var suffix = 2
            while taken.contains(candidate) {
                candidate = "\(stem)#\(local)-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate)
            renames[id] = candidate
        }
        return renames
    }

    private static func collectReferences(_ value: JSONValue, into ids: inout Set<String>) {
        switch value {
        case .object(let object):
            if object.members.count == 1, let id = object["@id"]?.value.stringValue { ids.insert(id) }
            for member in object.members where member.key != "@id" { collectReferences(member.value.value, into: &ids) }
        case .array(let items): for item in items { collectReferences(item.value, into: &ids) }
        default: break
        }
    }

    /// An object with every `{"@id": old}` reference inside it renamed (its own `@id` is left to the caller).
    static func renaming(_ object: JSONObject, _ renames: [String: String]) -> JSONObject {
        guard !renames.isEmpty else { return object }
        var result = object
        for index in result.members.indices where result.members[index].key != "@id" {
            let node = result.members[index].value
            let renamed = renaming(node.value, renames)
            if renamed != node.value { result.members[index].value = JSONNode(renamed, offset: node.offset) }
        }
        return result
    }

    private static func renaming(_ value: JSONValue, _ renames: [String: String]) -> JSONValue {
        switch value {
        case .object(let object):
            if object.members.count == 1, let id = object["@id"]?.value.stringValue, let new = renames[id] { return .reference(new) }
            return .object(renaming(object, renames))
        case .array(let items):
            return .array(items.map { JSONNode(renaming($0.value, renames), offset: $0.offset) })
        default: return value
        }
    }
}
