internal import JSONLD
internal import ROCrate

/// A `SoftwareApplication` or `ComputerLanguage` contextual entity has `name`, `url` and `version`.
///
/// Spec (RO-Crate 1.1 and 1.2, Workflows, "Workflow Runtime and Programming Language"): "A contextual entity
/// representing a ComputerLanguage and/or SoftwareApplication MUST have a name, url and version, which should
/// indicate a known version the workflow/script was developed or tested with." The sentence sits in the workflow
/// section, so its MUST is kept for what it describes there: `ComputerLanguage` entities and the targets of
/// `programmingLanguage`. Other `SoftwareApplication`s (a TRE's software agent, which the Five Safes profile asks
/// only for a name) are reported with the level case `software-application`, which the catalogue sets to SHOULD.
/// Data entities (a `File` that is also a `SoftwareApplication`) are identified by their path and are skipped.
/// Fix: add `"url": "<home page>", "version": "<x.y.z>"`.
struct SoftwareEntitiesHaveNameURLAndVersion: Check {
    static let name = "softwareEntitiesHaveNameURLAndVersion"

    /// The level case of a finding on a software entity that is neither a language nor a language's target.
    static let softwareApplicationCase = "software-application"
    static let levelCases: Set<String> = [softwareApplicationCase]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<Int>()
        let special = DataEntityScope.specialIDs(in: crate)
        let software = (crate.entities(ofType: "SoftwareApplication") + crate.entities(ofType: "ComputerLanguage"))
            .filter { seen.insert($0.index).inserted && !DataEntityScope.isDataEntity($0, in: crate, special: special) }
            .sorted { $0.index < $1.index }
        var findings: [Finding] = []
        for entity in software {
            let isLanguage =
                crate.hasType(entity, "ComputerLanguage")
                || (entity.id.map { id in crate.references(to: id).contains { $0.property == "programmingLanguage" } } ?? false)
            let kind = crate.hasType(entity, "SoftwareApplication") ? "SoftwareApplication" : "ComputerLanguage"
            for property in ["name", "url", "version"] where entity.values(property).isEmpty {
                findings.append(
                    Finding(
                        entity: entity.label, property: property, pointer: entity.pointer,
                        message: "the \(kind) `\(entity.label)` has no `\(property)`",
                        levelCase: isLanguage ? nil : Self.softwareApplicationCase))
            }
        }
        return findings
    }
}
