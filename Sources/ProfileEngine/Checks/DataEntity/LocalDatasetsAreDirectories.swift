internal import JSONLD
internal import ROCrate

/// A local `Dataset` names a directory of the payload, and a local `File` does not name a directory.
///
/// Spec (RO-Crate 1.2, Directory Data Entity): "In an Attached RO-Crate Package ONLY -- a URI Path that
/// SHOULD end with /. This MUST resolve to a directory which is present in the RO-Crate Root along with its
/// parent directories." and "Data Entities representing directories MUST be of @type Dataset" (1.1). Fix:
/// create the directory, correct the `@id`, or type a directory `Dataset` (and a file `File`).
struct LocalDatasetsAreDirectories: Check {
    static let name = "localDatasetsAreDirectories"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload else { return [] }
        let crate = context.crate
        return context.dataEntities.compactMap { entity in
            guard let id = entity.id, DataEntityScope.isLocal(entity) else { return nil }
            let path = DataEntityScope.payloadPath(of: id)
            let pointer = entity.pointer.appending("@id")
            if crate.hasType(entity, "Dataset") {
                if payload.directories.contains(path) || payload.symlinks.contains(path) { return nil }
                let detail = payload.files[path] != nil ? "`\(path)` is a file, not a directory" : "there is no directory `\(path)`"
                return Finding(
                    entity: id, property: "@id", pointer: pointer,
                    message: "the Dataset `\(id)` does not resolve to a directory of the crate: \(detail)")
            }
            guard payload.directories.contains(path) else { return nil }
            return Finding(
                entity: id, property: "@type", pointer: entity.pointer.appending("@type"),
                message: "`\(id)` is a directory but is typed `File`; a directory must be typed `Dataset`")
        }
    }
}
