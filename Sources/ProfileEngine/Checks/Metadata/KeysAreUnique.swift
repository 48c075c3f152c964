internal import JSONLD
internal import ROCrate

/// No JSON object in the metadata document repeats a key.
///
/// JSON (RFC 8259 §4) says names SHOULD be unique and leaves repeated names to the reader: fivesafes keeps the
/// first, Python's `json` and JavaScript keep the last. A repeated `@id` or `actionStatus` therefore means one
/// thing to this validator and another to the tools after it, which is how a crate could pass review and then
/// act differently. Fix: keep one of the values.
struct KeysAreUnique: Check {
    static let name = "keysAreUnique"

    func evaluate(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var path: [String] = []
        Self.walk(context.crate.document, entity: nil, path: &path, into: &findings)
        return findings
    }

    /// Visits every object, keeping the path of keys and indexes (so a finding can name its place) and the `@id`
    /// of the `@graph` entity the node sits in.
    private static func walk(_ node: JSONNode, entity: String?, path: inout [String], into findings: inout [Finding]) {
        switch node.value {
        case .object(let object):
            let isEntity = path.count == 2 && path[0] == "@graph"
            let entity = isEntity ? object["@id"]?.value.stringValue : entity
            if object.members.count > 1 {
                for member in Self.repeatedMembers(of: object) {
                    let pointer = JSONPointer(tokens: path + [member.key])
                    findings.append(
                        Finding(
                            entity: entity,
                            property: member.key,
                            pointer: pointer,
                            offset: member.keyOffset >= 0 ? member.keyOffset : member.value.offset,
                            message: "the key `\(member.key)` appears again in the same object at `\(pointer)`; "
                                + "JSON readers disagree on which value wins (fivesafes reads the first, Python and JavaScript the last)"
                        )
                    )
                }
            }
            for member in object.members {
                path.append(member.key)
                walk(member.value, entity: entity, path: &path, into: &findings)
                path.removeLast()
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                path.append(String(index))
                walk(item, entity: entity, path: &path, into: &findings)
                path.removeLast()
            }
        default:
            return
        }
    }

    /// The members whose key an earlier member of the object already has. Entity objects have a handful of keys:
    /// comparing them pairwise costs less than hashing each into a set, which this did for every object.
    private static func repeatedMembers(of object: JSONObject) -> [JSONMember] {
        let members = object.members
        if members.count > 16 {
            var seen = Set<String>(minimumCapacity: members.count)
            return members.filter { !seen.insert($0.key).inserted }
        }
        var repeated: [JSONMember] = []
        for index in members.indices.dropFirst() where members[..<index].contains(where: { $0.key == members[index].key }) {
            repeated.append(members[index])
        }
        return repeated
    }
}
