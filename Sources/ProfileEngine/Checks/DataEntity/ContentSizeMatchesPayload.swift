internal import JSONLD
internal import ROCrate

/// A local `File`'s `contentSize` equals the size of the file in the payload.
///
/// RO-Crate 1.2 (File Data Entity) defines `contentSize` as "the size of the file in bytes"; a value that
/// disagrees with the file is false metadata (the file changed after it was described, or the number is
/// wrong), and consumers use it to check downloads and transfers. Only plain byte counts (`"1024"` or
/// `1024`) are compared; values such as `"1 MB"` are not bytes and are left alone. Missing files are
/// RC-DE-03's finding. Fix: set `contentSize` to the file's size in bytes, as a string.
struct ContentSizeMatchesPayload: Check {
    static let name = "contentSizeMatchesPayload"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload else { return [] }
        let crate = context.crate
        var findings: [Finding] = []
        for entity in context.dataEntities
        where DataEntityScope.isLocal(entity) && crate.hasType(entity, "File") {
            guard let id = entity.id, let actual = payload.files[DataEntityScope.payloadPath(of: id)] else { continue }
            for (node, pointer) in entity.locatedValues("contentSize") {
                guard let declared = Self.byteCount(node.value), declared != actual else { continue }
                findings.append(
                    Finding(
                        entity: id, property: "contentSize", pointer: pointer,
                        message: "the `contentSize` of `\(id)` is \(declared) but the file has \(actual) bytes"))
            }
        }
        return findings
    }

    /// A byte count written as digits, in a string or a JSON number; nil for anything else.
    static func byteCount(_ value: JSONValue) -> Int64? {
        let text: Substring
        switch value {
        case .string(let string): text = string.trimmingWhitespace()
        case .number(let number): text = Substring(number)
        default: return nil
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }
}
