/// The paths of an archive's entries so far, to refuse an entry that would land on another: the same name, a
/// name equal once case and Unicode form are ignored, or a file where another entry needs a folder (`a`, then
/// `a/b`) and the reverse. Used alike when a ZIP is read in place and when it is extracted.
struct EntryPaths {
    /// Collision key → the first entry with it.
    private var names: [String: String] = [:]
    /// Collision keys of file entries.
    private var files: [String: String] = [:]
    /// Collision keys of folders implied by entry paths → the entry that implied each.
    private var folders: [String: String] = [:]

    /// Records an entry; returns why it clashes with an earlier one (a phrase after "the entry `name` "), or nil.
    mutating func add(_ name: String, isDirectory: Bool) -> String? {
        let key = EntryName.collisionKey(name)
        if let other = names[key] {
            return other == name ? "appears twice" : "collides with `\(other)` once case and Unicode form are ignored"
        }
        if !isDirectory, let inner = folders[key] {
            return "is a file, but `\(inner)` needs it to be a folder"
        }
        var parent = key
        while let slash = parent.lastIndex(of: "/") {
            parent = String(parent[..<slash])
            if let file = files[parent] { return "is inside `\(file)`, which is a file" }
        }
        names[key] = name
        if !isDirectory { files[key] = name }
        parent = key
        while let slash = parent.lastIndex(of: "/") {
            parent = String(parent[..<slash])
            if folders[parent] != nil { break }
            folders[parent] = name
        }
        return nil
    }
}
