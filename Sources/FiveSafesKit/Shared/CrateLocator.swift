internal import Foundation

/// Where the crate is, when a folder is not one itself: `zip --extract ZIP -d DIR` puts the bag in `DIR/<name>/`
/// (a ZIP of a bag holds one top folder), so the next command given `DIR` would find no crate. Commands that take
/// a crate name the one bag or crate such a folder holds instead of only saying there is none.
public enum CrateLocator {
    /// The one bag or crate folder directly inside `folder` (a folder with `bagit.txt`, or with
    /// `ro-crate-metadata.json`), as a path under `folder`; nil when there is none or more than one.
    public static func onlyCrate(in folder: String) -> String? {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return nil }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let found = names.sorted().filter { name in
            guard !name.hasPrefix(".") else { return false }
            let path = base + "/" + name
            var isFolder: ObjCBool = false
            // Links are not followed: a bag is never reached through one.
            guard (try? manager.destinationOfSymbolicLink(atPath: path)) == nil,
                manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
            else { return false }
            return manager.fileExists(atPath: path + "/bagit.txt") || manager.fileExists(atPath: path + "/ro-crate-metadata.json")
        }
        return found.count == 1 ? base + "/" + found[0] : nil
    }

    /// "; it holds one bag, `DIR/name`: give that folder" for a folder holding exactly one, else "".
    public static func hint(for folder: String) -> String {
        guard let only = onlyCrate(in: folder) else { return "" }
        let kind = FileManager.default.fileExists(atPath: only + "/bagit.txt") ? "bag" : "crate"
        return "; it holds one \(kind), `\(only)`: give that folder"
    }
}
