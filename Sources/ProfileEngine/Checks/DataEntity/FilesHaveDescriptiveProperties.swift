internal import JSONLD
internal import ROCrate

/// `File` data entities have `name`, `description`, `encodingFormat` and, for local files, `contentSize`.
///
/// Spec (RO-Crate 1.2, File Data Entity): "Additionally, File entities SHOULD have: name …, description …,
/// encodingFormat …, contentSize with the size of the file in bytes". `contentSize` of web-based files
/// belongs to RC-DE-06, so it is only asked of local files here. The sentence is RO-Crate 1.2's: crates
/// declaring RO-Crate 1.1 or earlier are not checked (crates declaring no version are read as 1.2). Fix: add
/// the missing properties, e.g. `"encodingFormat": "text/csv", "contentSize": "1024"`.
struct FilesHaveDescriptiveProperties: EntityCheck {
    static let name = "filesHaveDescriptiveProperties"

    let subscription = EntitySubscription.types(["File"])

    /// Whether the crate is held to the rule (RO-Crate 1.2 or later, or no declared version).
    func makeMemo(in context: CheckContext) -> Bool {
        context.crate.roCrateVersion == nil || context.crate.isROCrate12OrLater
    }

    func inspect(_ entity: Entity, in context: CheckContext, memo applies: inout Bool, into findings: inout [Finding]) {
        guard applies, context.isDataEntity(entity) else { return }
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
}
