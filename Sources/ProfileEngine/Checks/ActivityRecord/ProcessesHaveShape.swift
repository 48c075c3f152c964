internal import JSONLD
internal import ROCrate

/// Every process is an `Action` whose `@type` includes a kind of process and `prov:Activity`.
///
/// Spec (5s 1.0-WD, Process Shape): "Every process MUST be an Action whose `@type` includes one of the types in
/// Kinds of Process and also `prov:Activity`." (The absolute `@id` is 5S-REC-03's.) A process is any entity typed
/// with a schema.org `…Action` or `prov:Activity`. Fix: `"@type": ["CreateAction", "prov:Activity"]`.
struct ProcessesHaveShape: Check {
    static let name = "processesHaveShape"

    func evaluate(in context: CheckContext) -> [Finding] {
        context.crate.processes.compactMap { process in
            var missing: [String] = []
            if !process.types.contains(where: ActivityRecordTerms.processKinds.contains) {
                missing.append("a kind of process (\(ActivityRecordTerms.processKinds.sorted().joined(separator: ", ")))")
            }
            if !process.types.contains(ActivityRecordTerms.activity) { missing.append(ActivityRecordTerms.activity) }
            guard !missing.isEmpty else { return nil }
            return Finding(
                entity: process.label, property: "@type", pointer: process.pointer.appending("@type"),
                message:
                    "the process `\(process.label)` (@type \(process.types.joined(separator: ", "))) lacks \(missing.joined(separator: " and "))"
            )
        }
    }
}
