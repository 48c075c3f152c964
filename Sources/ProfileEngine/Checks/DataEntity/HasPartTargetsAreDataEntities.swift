internal import JSONLD
internal import ROCrate

/// What the root reaches through `hasPart` is a data entity: a local path is typed `File` or `Dataset`,
/// and the `@id` is a URI (never a blank node).
///
/// Spec (RO-Crate 1.2, File Data Entity / Directory Data Entity): "@type: MUST be File, or an array where
/// File is one of the values. @id: MUST be a relative or absolute URI." (`Dataset` likewise for
/// directories.) RO-Crate 1.2 lets a `#`-identified `File` or `Dataset` (not a data entity) be linked with
/// `hasPart`, so `#` ids are flagged only in crates declaring RO-Crate 1.1 or earlier, where every data
/// entity `@id` must be a URI path or an absolute URI. Web resources (absolute URIs) may be other
/// `CreativeWork`s (RO-Crate 1.1: "Data Entities can also be other types, for instance an online
/// database"), so their type is not checked. A local part of another type is the level case `other-type`: RO-Crate
/// 1.1 lets data entities "also be other types" that "SHOULD be of @type CreativeWork", so the catalogue makes it
/// a SHOULD in crates declaring 1.1 or earlier. Fix: type the entity `File` (or `Dataset` for a folder) and
/// give it the file's path or URL as `@id`.
struct HasPartTargetsAreDataEntities: Check {
    static let name = "hasPartTargetsAreDataEntities"

    /// The level case of a local part typed neither `File` nor `Dataset`.
    static let otherTypeCase = "other-type"
    static let levelCases: Set<String> = [otherTypeCase]

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let rootID = crate.root?.id
        let hashAllowed = crate.isROCrate12OrLater || crate.roCrateVersion == nil
        var findings: [Finding] = []
        // Undescribed parts are RC-CE-01's; the report sorts findings, so the walk's order does not show.
        for entity in context.reachableParts {
            guard let id = entity.id, id != rootID else { continue }
            let pointer = entity.pointer.appending("@id")
            if id.hasPrefix("_:") {
                findings.append(
                    Finding(
                        entity: id, property: "@id", pointer: pointer,
                        message:
                            "the part `\(id)` has a blank node identifier; a data entity's `@id` must be a relative path or an absolute URI"
                    ))
            } else if id.hasPrefix("#") {
                if !hashAllowed {
                    findings.append(
                        Finding(
                            entity: id, property: "@id", pointer: pointer,
                            message:
                                "the part `\(id)` has a local `#` identifier; in RO-Crate \(crate.roCrateVersion ?? "1.1") a data entity's `@id` must be a relative path or an absolute URI"
                        ))
                }
            } else if DataEntityScope.isURIPath(id), !crate.hasType(entity, "File"), !crate.hasType(entity, "Dataset") {
                let types = entity.types.isEmpty ? "no type" : "type " + entity.types.map { "`\($0)`" }.joined(separator: ", ")
                findings.append(
                    Finding(
                        entity: id, property: "@type", pointer: entity.pointer.appending("@type"),
                        message:
                            "the part `\(id)` has \(types); a local data entity \(hashAllowed ? "must" : "should") be typed `File` or `Dataset`",
                        levelCase: Self.otherTypeCase))
            }
        }
        return findings
    }
}
