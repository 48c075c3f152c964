internal import JSONLD
internal import ROCrate

/// A `File` with a relative `@id` exists at that path under the crate root.
///
/// Spec (RO-Crate 1.2, File Data Entity): "A relative URI, indicating that a file MUST be present at the
/// path @id relative to the RO-Crate Root." The `@id` is percent-decoded first (`%20` is a space). A path
/// that is a directory is RC-DE-04's finding, not this one. Fix: add the file to the crate, or correct the
/// `@id` to the file's path.
struct LocalFilesExistInPayload: Check {
    static let name = "localFilesExistInPayload"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload else { return [] }
        let crate = context.crate
        return context.dataEntities.compactMap { entity in
            guard let id = entity.id, DataEntityScope.isLocal(entity), crate.hasType(entity, "File") else { return nil }
            let path = DataEntityScope.payloadPath(of: id)
            if payload.files[path] != nil || payload.directories.contains(path) || payload.symlinks.contains(path) {
                return nil
            }
            return Finding(
                entity: id,
                property: "@id",
                pointer: entity.pointer.appending("@id"),
                message: "the file `\(id)` is not in the crate's payload (no file at `\(path)`)"
            )
        }
    }
}
