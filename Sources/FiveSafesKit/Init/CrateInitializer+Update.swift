internal import Foundation
internal import JSONLD

extension CrateInitializer {
    /// The existing metadata with the `contentSize` of changed files refreshed (``ContentSizeRefresher``) and data
    /// entities added for files no entity describes yet (and references to them appended to the root's `hasPart`).
    /// Every other byte of the file stays as it was: key order, unknown properties, spacing. A changed 1.0 working
    /// record also gets `dateModified` (1.0, Representation Dates: "the most recent actual change").
    ///
    /// - Returns: the new text, the paths newly described and the sizes refreshed.
    func updated(
        _ metadata: String, files: [(path: String, size: Int64)]
    ) throws(FiveSafesError) -> (String, [String], [ContentSizeRefresher.Change]) {
        guard let original = FileManager.default.contents(atPath: metadata) else {
            throw FiveSafesError(.unreadableInput, "cannot read", path: metadata)
        }
        let sizes = Dictionary(files.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        let (data, refreshed) = ContentSizeRefresher().refresh(Array(original), files: sizes)
        var editor: JSONDocumentEditor
        do {
            editor = try JSONDocumentEditor(data)
        } catch {
            throw FiveSafesError(.unreadableInput, "not a JSON-LD document with a @graph", path: metadata, remedy: .repairOrStartAgain)
        }
        let objects = editor.items.map { $0.node.value.objectValue }
        let ids = Set(objects.compactMap { $0?["@id"]?.value.stringValue })
        let decodedIDs = Set(ids.map { $0.removingPercentEncoding ?? $0 })
        let folders = decodedIDs.filter { $0.hasSuffix("/") && $0 != "./" }
        let descriptorAbout = objects.first { $0?["@id"]?.value.stringValue == Self.metadataName }??["about"]?.referenceID ?? "./"
        guard let rootIndex = objects.firstIndex(where: { $0?["@id"]?.value.stringValue == descriptorAbout }),
            var root = objects[rootIndex]
        else { throw FiveSafesError(.unreadableInput, "has no root data entity", path: metadata, remedy: .repairOrStartAgain) }
        let fresh = files.filter { file in
            !decodedIDs.contains(file.path) && !ids.contains(Self.fileID(file.path))
                && !folders.contains { file.path.hasPrefix($0.hasPrefix("./") ? String($0.dropFirst(2)) : $0) }
        }
        // A 1.0 working record that changed since creation carries when (1.0, Representation Dates).
        let workingRecord =
            root["conformsTo"].map { node in
                (node.value.arrayValue ?? [node]).contains { $0.referenceID == Self.profile10 || $0.value.stringValue == Self.profile10 }
            } == true && root["version"] == nil
        guard !fresh.isEmpty || (workingRecord && !refreshed.isEmpty) else { return (String(decoding: data, as: UTF8.self), [], refreshed) }
        if !fresh.isEmpty {
            var parts = root["hasPart"].map { $0.value.arrayValue ?? [$0] } ?? []
            parts += fresh.map { JSONNode(.orderedObject([("@id", .string(Self.fileID($0.path)))])) }
            root.set("hasPart", .array(parts))
        }
        if workingRecord { root.set("dateModified", .string(Self.timestamp(nil))) }
        editor.replace(item: rootIndex, with: .object(root))
        for file in fresh {
            editor.append(Self.fileEntity(file.path, size: file.size, parameter: nil))
        }
        return (String(decoding: editor.edited(), as: UTF8.self), fresh.map(\.path), refreshed)
    }
}
