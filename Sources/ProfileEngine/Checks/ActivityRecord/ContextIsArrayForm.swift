internal import JSONLD
internal import ROCrate

/// The `@context` is an array that holds the RO-Crate 1.3 context.
///
/// Spec (5s 1.0-WD, JSON-LD): "The context SHOULD be given in the array form, so that a module may add to it:
/// `{ "@context": ["https://w3id.org/ro/crate/1.3/context"] … }`". Fix: wrap the context in an array.
struct ContextIsArrayForm: Check {
    static let name = "contextIsArrayForm"

    func evaluate(in context: CheckContext) -> [Finding] {
        // A missing @context is RC-MD-03's finding.
        guard let node = context.crate.top["@context"] else { return [] }
        let items = node.value.arrayValue
        if let items, items.contains(where: { $0.value.stringValue == ActivityRecordTerms.context }) { return [] }
        let message =
            items == nil
            ? "the @context is not in the array form the 1.0 draft asks for ([\"\(ActivityRecordTerms.context)\"])"
            : "the @context array does not hold the RO-Crate 1.3 context \(ActivityRecordTerms.context)"
        return [Finding(property: "@context", pointer: JSONPointer(tokens: ["@context"]), message: message)]
    }
}
