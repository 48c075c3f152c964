internal import JSONLD
internal import ROCrate

/// A licence an entity links to is a `CreativeWork` identified by its URL, with `name` and `description`.
///
/// Spec (RO-Crate 1.2, Licensing): "the entity SHOULD have a license property referencing a Contextual
/// Entity with a type CreativeWork to describe the license. The @id of the license SHOULD be its URL (e.g.
/// a Creative Commons License URL) and, when possible, a summary of the license included using the
/// description property"; the root's licence "SHOULD link to a Contextual Entity … with a name and
/// description". Checked for every described target of `license` (root, descriptor, data entities).
/// `File`, `Dataset`, `WebPage` and `DigitalDocument` are CreativeWorks too; a licence that is a data
/// entity (1.2 allows a LICENSE file) gets its name and description asked by RC-DE-05 instead.
/// Undescribed targets are RC-CE-01's finding. Fix: describe the licence as
/// `{"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork", "name": "…", "description": "…"}`.
struct LicenseEntitiesAreDescribed: Check {
    static let name = "licenseEntitiesAreDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<String>()
        var findings: [Finding] = []
        for entity in crate.entities {
            for id in entity.references("license") where seen.insert(id).inserted {
                guard let licence = crate.entity(id) else { continue }
                findings += check(licence, id: id, in: crate)
            }
        }
        return findings
    }

    private func check(_ licence: Entity, id: String, in crate: Crate) -> [Finding] {
        var findings: [Finding] = []
        let creativeWork = ["CreativeWork", "File", "Dataset", "WebPage", "DigitalDocument"].contains { crate.hasType(licence, $0) }
        if !creativeWork {
            findings.append(
                Finding(
                    entity: id, property: "@type", pointer: licence.pointer.appending("@type"),
                    message: "the licence `\(id)` is not typed `CreativeWork`"))
        }
        if id.hasPrefix("#") || id.hasPrefix("_:") {
            findings.append(
                Finding(
                    entity: id, property: "@id", pointer: licence.pointer.appending("@id"),
                    message: "the licence `\(id)` has a local identifier; its `@id` should be the licence's URL"))
        }
        guard !DataEntityScope.isDataEntity(licence, in: crate) else { return findings }
        for property in ["name", "description"] where licence.values(property).isEmpty {
            findings.append(
                Finding(
                    entity: id, property: property, pointer: licence.pointer,
                    message: "the licence `\(id)` has no `\(property)`"))
        }
        return findings
    }
}
