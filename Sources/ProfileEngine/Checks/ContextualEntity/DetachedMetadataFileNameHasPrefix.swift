internal import JSONLD
internal import ROCrate

/// A detached metadata file is named `${prefix}-ro-crate-metadata.json`.
///
/// Spec (RO-Crate 1.2, Types of RO-Crate): "If stored in a file, known as a Detached RO-Crate Metadata
/// File, the filename SHOULD be `${prefix}-ro-crate-metadata.json` rather than `ro-crate-metadata.json`
/// where the variable `${prefix}` is a human readable version of the dataset's ID or name". Fix: rename
/// the file, e.g. to `survey-2019-ro-crate-metadata.json`.
struct DetachedMetadataFileNameHasPrefix: Check {
    static let name = "detachedMetadataFileNameHasPrefix"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let suffix = "-ro-crate-metadata.json"
        guard DetachedCrate.applies(to: crate) else { return [] }
        let name = DetachedCrate.fileName(of: crate)
        if name.hasSuffix(suffix) && name.count > suffix.count { return [] }
        return [Finding(message: "the detached metadata file `\(name)` is not named `<prefix>-ro-crate-metadata.json`")]
    }
}
