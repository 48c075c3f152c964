internal import JSONLD
internal import ROCrate

/// The root's old profile entity becoming the new version's (`migrate --to 0.5` and `--to 1.0` alike).
///
/// The old version's Profile entity becomes the new one, unless something besides the root's conformsTo refers to
/// it (a validation phase's instrument records the version it checked), in which case a new entity is added beside
/// it (RC-PROF-02: the declared profile is described).
struct ProfileEntityMigration {
    let crate: Crate
    /// The old profile IRI (`https://w3id.org/5s-crate/0.4`).
    let old: String
    /// The new profile IRI.
    let target: String
    /// The new version label (`0.5`, `1.0`).
    let version: String
    /// The old version label, as found in the old entity's name.
    let oldLabel: String?

    func apply(to draft: inout ProvenanceDraft) -> [MigrationChange] {
        guard crate.entity(target) == nil else { return [] }
        let rootIndex = crate.root?.index
        let others = crate.references(to: old).filter { crate.entity(at: $0).index != rootIndex || $0.property != "conformsTo" }
        if let existing = crate.entity(old), others.isEmpty {
            var profile = existing.object
            profile.set("@id", .string(target))
            var changes = [
                MigrationChange(
                    entity: old, property: "@id", before: old, after: target,
                    reason: "the profile entity describes the declared version (RC-PROF-02)")
            ]
            if let previous = existing.string("version") {
                profile.set("version", .string(version))
                changes.append(
                    MigrationChange(entity: target, property: "version", before: previous, after: version, reason: "the profile's version"))
            }
            if let name = existing.string("name"), let oldLabel, name.contains(oldLabel) {
                let renamed = name.replacing(oldLabel, with: version)
                profile.set("name", .string(renamed))
                changes.append(
                    MigrationChange(entity: target, property: "name", before: name, after: renamed, reason: "the profile's name"))
            }
            draft.replace(existing, with: profile)
            return changes
        }
        let type: JSONValue = crate.entity(old)?.object["@type"]?.value ?? .string("Profile")
        draft.put(
            JSONObject([
                JSONMember(key: "@id", value: JSONNode(.string(target))),
                JSONMember(key: "@type", value: JSONNode(type)),
                JSONMember(key: "name", value: JSONNode(.string("Five Safes RO-Crate profile \(version)"))),
                JSONMember(key: "version", value: JSONNode(.string(version))),
            ]))
        return [
            MigrationChange(
                entity: target, property: "@type", before: nil, after: "Profile entity",
                reason: "the declared profile is described (RC-PROF-02); the old one stays, as other entities refer to it")
        ]
    }
}
