internal import JSONLD
internal import ROCrate

/// `File` data entities have `name`, `description`, `encodingFormat` and, for local files, `contentSize`.
///
/// Spec (RO-Crate 1.2, File Data Entity): "Additionally, File entities SHOULD have: name …, description …,
/// encodingFormat …, contentSize with the size of the file in bytes". `contentSize` of web-based files
/// belongs to RC-DE-06, so it is only asked of local files here. The sentence is RO-Crate 1.2's: crates
/// declaring RO-Crate 1.1 or earlier are not checked (crates declaring no version are read as 1.2). Fix: add
/// the missing properties, e.g. `"encodingFormat": "text/csv", "contentSize": "1024"`.
struct FilesHaveDescriptiveProperties: Check {
    static let name = "filesHaveDescriptiveProperties"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        if crate.roCrateVersion != nil && !crate.isROCrate12OrLater { return [] }
        var findings: [Finding] = []
        for entity in context.dataEntities where crate.hasType(entity, "File") {
            let id = entity.label
            var properties = ["name", "description", "encodingFormat"]
            if DataEntityScope.isLocal(entity) { properties.append("contentSize") }
            for property in properties where entity.values(property).isEmpty {
                findings.append(
                    Finding(
                        entity: id, property: property, pointer: entity.pointer,
                        message: "the file `\(id)` has no `\(property)`"))
            }
        }
        return findings
    }
}
