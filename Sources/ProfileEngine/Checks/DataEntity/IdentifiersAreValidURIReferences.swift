internal import JSONLD
internal import ROCrate

/// Every entity `@id` is a valid URI (IRI) reference: `/` separators, spaces and `%` percent-encoded.
///
/// Spec (RO-Crate 1.2, Data Entities): "Note that all @id identifiers must be valid URI references. Care
/// must be taken to express any relative paths using / separator, correct casing, and escape special
/// characters like space (%20) and percent (%25)". Flags spaces, backslashes, control characters, the
/// characters `<>"{}|^` and backtick (never allowed in an IRI), and a `%` not followed by two hex digits.
/// Non-ASCII characters are allowed (IRIs; the spec prefers them raw). Blank node ids (`_:…`) are not
/// URIs and are not checked. Fix: write `Results%20and%20Diagrams/almost-50%25.png`, not
/// `Results and Diagrams\almost-50%.png`.
struct IdentifiersAreValidURIReferences: EntityCheck {
    static let name = "identifiersAreValidURIReferences"

    let subscription = EntitySubscription.everyEntity

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        guard let id = entity.id, !id.hasPrefix("_:"), let problem = Self.problem(in: id) else { return }
        findings.append(
            Finding(
                entity: id, property: "@id", pointer: entity.pointer.appending("@id"),
                message: "the `@id` `\(id)` is not a valid URI reference: \(problem)"))
    }

    /// Why an identifier is not a valid URI reference, or nil.
    static func problem(in id: String) -> String? {
        let bytes = Array(id.utf8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: " "): return "it contains a space (write `%20`)"
            case UInt8(ascii: "\\"): return "it contains a backslash (use `/` between path segments)"
            case 0..<0x20, 0x7F: return "it contains a control character"
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                return "it contains `\(Character(Unicode.Scalar(byte)))`, which must be percent-encoded"
            case UInt8(ascii: "%"):
                let valid =
                    index + 2 < bytes.count
                    && DataEntityScope.hexValue(bytes[index + 1]) != nil && DataEntityScope.hexValue(bytes[index + 2]) != nil
                if !valid { return "it contains a `%` that does not start a percent-encoding (write `%25`)" }
            default: continue
            }
        }
        return nil
    }
}
