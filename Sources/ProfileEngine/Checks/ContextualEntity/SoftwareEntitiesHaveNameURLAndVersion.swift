internal import JSONLD
internal import ROCrate

/// A `SoftwareApplication` or `ComputerLanguage` contextual entity has `name`, `url` and `version`
/// (checked in crates declaring RO-Crate 1.2 or later).
///
/// Spec (RO-Crate 1.1 and 1.2, Workflows, "Workflow Runtime and Programming Language"): "A contextual entity representing a ComputerLanguage and/or
/// SoftwareApplication MUST have a name, url and version, which should indicate a known version the
/// workflow/script was developed or tested with." Applied to every such contextual entity, as the
/// reference validator (master, 1.2 profile) does, which includes the TRE software agents of a 5s crate;
/// data entities (a `File` that is also a `SoftwareApplication`) are identified by their path and are not
/// asked for `url`. The same sentence is in RO-Crate 1.1; 1.1 crates are not checked yet (issue 17 item 8:
/// the split MUST/SHOULD level needs a per-finding level). Fix: add `"url": "<home page>", "version": "<x.y.z>"`.
struct SoftwareEntitiesHaveNameURLAndVersion: Check {
    static let name = "softwareEntitiesHaveNameURLAndVersion"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.isROCrate12OrLater else { return [] }
        var seen = Set<Int>()
        let special = DataEntityScope.specialIDs(in: crate)
        let software = (crate.entities(ofType: "SoftwareApplication") + crate.entities(ofType: "ComputerLanguage"))
            .filter { seen.insert($0.index).inserted && !DataEntityScope.isDataEntity($0, in: crate, special: special) }
            .sorted { $0.index < $1.index }
        var findings: [Finding] = []
        for entity in software {
            let kind = crate.hasType(entity, "SoftwareApplication") ? "SoftwareApplication" : "ComputerLanguage"
            for property in ["name", "url", "version"] where entity.values(property).isEmpty {
                findings.append(Finding(entity: entity.label, property: property, pointer: entity.pointer,
                                        message: "the \(kind) `\(entity.label)` has no `\(property)`"))
            }
        }
        return findings
    }
}
