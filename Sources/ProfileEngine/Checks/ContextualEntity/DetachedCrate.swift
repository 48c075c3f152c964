internal import ROCrate

/// Whether a crate is detached: its metadata was read from a file not named `ro-crate-metadata.json`.
///
/// RO-Crate 1.2 (Types of RO-Crate): a detached package's metadata file "SHOULD be
/// `${prefix}-ro-crate-metadata.json` rather than `ro-crate-metadata.json`". Metadata read from standard
/// input (`-`) has no file name and is not treated as detached; the detached rules are RO-Crate 1.2 ones.
/// Only the last path component counts (a bag reports its metadata as `data/ro-crate-metadata.json`).
enum DetachedCrate {
    /// Whether the detached-crate rules apply.
    static func applies(to crate: Crate) -> Bool {
        guard crate.isROCrate12OrLater else { return false }
        return !["ro-crate-metadata.json", "ro-crate-metadata.jsonld", "-", ""].contains(fileName(of: crate))
    }

    /// The metadata file's name without any folder.
    static func fileName(of crate: Crate) -> String {
        crate.fileName.split(separator: "/").last.map(String.init) ?? crate.fileName
    }
}
