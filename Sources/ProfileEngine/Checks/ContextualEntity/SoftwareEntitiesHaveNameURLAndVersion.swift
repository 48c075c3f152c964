internal import JSONLD
internal import ROCrate

/// In RO-Crate 1.2, a `SoftwareApplication` or `ComputerLanguage` contextual entity has `name`, `url`
/// and `version`.
///
/// Spec (RO-Crate 1.2, Workflows and Scripts): "A contextual entity representing a ComputerLanguage and/or
/// SoftwareApplication MUST have a name, url and version, which should indicate a known version the
/// workflow/script was developed or tested with." Applied to every such contextual entity, as the
/// reference validator (master, 1.2 profile) does, which includes the TRE software agents of a 5s crate;
/// data entities (a `File` that is also a `SoftwareApplication`) are identified by their path and are not
/// asked for `url`. RO-Crate 1.1 has no such rule. Fix: add `"url": "<home page>", "version": "<x.y.z>"`.
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
