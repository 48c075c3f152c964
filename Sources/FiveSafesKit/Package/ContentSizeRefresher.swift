internal import Foundation
internal import JSONLD

/// Brings the derived facts fivesafes writes about local files in step with the files: the `contentSize` of every
/// data entity whose file is in the payload (`init --update`, `zip --refresh` on a bag). A file edited after `init`
/// otherwise leaves a required FS-PAYLOAD-001 that no command fixes. `encodingFormat` follows the file's name,
/// which an edit does not change, and no checksum property is written by the tool, so `contentSize` is the one fact
/// to refresh. Only the changed entities are rewritten; every other byte of the file stays as it was.
public struct ContentSizeRefresher: Sendable {
    /// One refreshed value.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        /// The file, relative to the crate folder.
        public var path: String
        /// The value the metadata had.
        public var old: Int64
        /// The file's size now.
        public var new: Int64

        /// `outputs/x.csv: contentSize 120 → 240`.
        public var description: String { "\(path): contentSize \(old) → \(new)" }
    }

    /// Creates a refresher.
    public init() {}

    /// The metadata with every stale `contentSize` set to the size of its file in `files` (paths relative to the
    /// crate folder, sizes in bytes). Values that are not plain byte counts (`"1 MB"`) and entities of files not
    /// in the payload are left alone. A number stays a number, a string a string.
    ///
    /// - Returns: the new bytes (the input itself when nothing changed) and what changed, in graph order.
    func refresh(_ bytes: [UInt8], files: [String: Int64]) -> (bytes: [UInt8], changes: [Change]) {
        guard var editor = try? JSONDocumentEditor(bytes) else { return (bytes, []) }
        var changes: [Change] = []
        for (index, item) in editor.items.enumerated() {
            guard var object = item.node.value.objectValue, let id = object["@id"]?.value.stringValue,
                let path = Self.localPath(id), let size = files[path], let node = object["contentSize"]
            else { continue }
            let declared: Int64?
            switch node.value {
            case .string(let text), .number(let text): declared = Self.byteCount(text)
            default: declared = nil
            }
            guard let declared, declared != size else { continue }
            if case .number = node.value {
                object.set("contentSize", .number(String(size)))
            } else {
                object.set("contentSize", .string(String(size)))
            }
            editor.replace(item: index, with: .object(object))
            changes.append(Change(path: path, old: declared, new: size))
        }
        return changes.isEmpty ? (bytes, []) : (editor.edited(), changes)
    }

    /// The payload path of a local data entity id (`outputs/qa.csv`, `./a%20b.txt` → `a b.txt`); nil for IRIs,
    /// fragments, blank nodes and folders.
    static func localPath(_ id: String) -> String? {
        if id.isEmpty || id.hasPrefix("#") || id.hasPrefix("_:") || id.hasSuffix("/") || id.contains(":") { return nil }
        var path = id.removingPercentEncoding ?? id
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path.isEmpty ? nil : path
    }

    /// Digits only, as a byte count.
    static func byteCount(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(trimmed)
    }
}
