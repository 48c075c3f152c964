internal import JSONLD
internal import ROCrate

/// Every payload file is described by an entity, or lies inside a described folder.
///
/// fivesafes' own rule (MAY): RO-Crate lets a crate hold files it does not describe (1.2, Data Entities:
/// "a directory containing a set of files MAY be described using a Dataset"), but an undescribed file is
/// often one a builder forgot, or one that reached the crate by accident. The metadata file, the
/// RO-Crate Website (`ro-crate-preview.html`, `ro-crate-preview_files/`) and files inside a described
/// local folder are not reported. Fix: add a `File` entity for it (and link it with `hasPart`), describe
/// its folder as a `Dataset`, or remove it.
struct PayloadFilesAreDescribed: Check {
    static let name = "payloadFilesAreDescribed"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload else { return [] }
        let crate = context.crate
        var described: Set<String> = []
        var folders: Set<String> = []
        let rootID = crate.root?.id
        for entity in crate.entities {
            guard let id = entity.id, DataEntityScope.isURIPath(id), id != rootID else { continue }
            let path = DataEntityScope.payloadPath(of: id)
            described.insert(path)
            if payload.directories.contains(path) { folders.insert(path) }
        }
        return payload.files.keys.sorted().compactMap { path in
            if path == "ro-crate-metadata.json" || path == "ro-crate-metadata.jsonld" || DataEntityScope.isPreviewPath(path) {
                return nil
            }
            if described.contains(path) || Self.isInside(path, anyOf: folders) { return nil }
            return Finding(message: "the payload file `\(path)` is not described by any entity", file: path)
        }
    }

    /// Whether a path lies below one of the folders.
    static func isInside(_ path: String, anyOf folders: Set<String>) -> Bool {
        guard !folders.isEmpty else { return false }
        var current = Substring(path)
        while let slash = current.lastIndex(of: "/") {
            current = current[..<slash]
            if folders.contains(String(current)) { return true }
        }
        return false
    }
}
