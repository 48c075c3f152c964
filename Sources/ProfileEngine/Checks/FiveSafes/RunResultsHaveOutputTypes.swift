internal import JSONLD
internal import ROCrate

/// Every described `result` of the run request is a `File`, `Dataset`, `Collection`, `DigitalDocument` or
/// `PropertyValue`.
///
/// Spec (5s 0.4, Outputs): "with type SHOULD be either `File`, `Dataset`, `Collection`, `DigitalDocument` or
/// `PropertyValue`". Fix: type each output as one of these.
struct RunResultsHaveOutputTypes: Check {
    static let name = "runResultsHaveOutputTypes"
    static let allowed = ["File", "Dataset", "Collection", "DigitalDocument", "PropertyValue"]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        // Undescribed results are 5S-OUT-02's finding.
        return context.describedRunValues(of: "result").compactMap { action, output -> Finding? in
            guard !Self.allowed.contains(where: { crate.hasType(output, $0) }) else { return nil }
            return Finding(
                entity: output.label,
                property: "@type",
                pointer: output.pointer.appending("@type"),
                message:
                    "the result `\(output.label)` of the run request `\(action.label)` is typed \(output.types.joined(separator: ", ")), not File, Dataset, Collection, DigitalDocument or PropertyValue"
            )
        }
    }
}
