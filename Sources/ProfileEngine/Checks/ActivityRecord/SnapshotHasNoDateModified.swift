internal import JSONLD
internal import ROCrate

/// A snapshot (a root with `version`) has no `dateModified`.
///
/// Spec (5s 1.0-WD, Representation Dates): `dateModified` "MUST NOT be present" on a snapshot; it is fixed when
/// published. Fix: remove `dateModified` (a working record keeps it; a snapshot's time is `dateCreated`).
struct SnapshotHasNoDateModified: Check {
    static let name = "snapshotHasNoDateModified"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let root = context.crate.root, root.has("version"), root.has("dateModified") else { return [] }
        return [
            Finding(
                entity: root.label, property: "dateModified", pointer: root.pointer.appending("dateModified"),
                message: "the snapshot `\(root.label)` has a dateModified; a snapshot never changes")
        ]
    }
}
