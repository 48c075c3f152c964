/// The paths of an archive's entries so far, to refuse an entry that would land on another: the same name, a
/// name equal once case and Unicode form are ignored, or a file where another entry needs a folder (`a`, then
/// `a/b`) and the reverse. Used alike when a ZIP is read in place and when it is extracted.
///
/// The paths form a tree of collision-key components, so adding a name costs time linear in its length: a name
/// of thousands of folders never has each of its prefixes copied and hashed as a whole.
struct EntryPaths {
    private struct Node {
        /// Component → child node.
        var children: [String: Int] = [:]
        /// The entry whose name ends here.
        var entry: String?
        /// Whether that entry is a file.
        var isFile = false
        /// The first entry beneath this node, which needs it to be a folder.
        var impliedBy: String?
    }

    private var nodes = [Node()]

    /// Records an entry; returns why it clashes with an earlier one (a phrase after "the entry `name` "), or nil.
    mutating func add(_ name: String, isDirectory: Bool) -> String? {
        let parts = EntryName.collisionKey(name).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var path: [Int] = []
        var node = 0
        for part in parts {
            guard let child = nodes[node].children[part] else { break }
            path.append(child)
            node = child
        }
        if path.count == parts.count {
            if let other = nodes[node].entry {
                return other == name ? "appears twice" : "collides with `\(other)` once case and Unicode form are ignored"
            }
            if !isDirectory, let inner = nodes[node].impliedBy {
                return "is a file, but `\(inner)` needs it to be a folder"
            }
        }
        for parent in path.prefix(parts.count - 1).reversed() where nodes[parent].isFile {
            return "is inside `\(nodes[parent].entry ?? "")`, which is a file"
        }
        node = 0
        for (index, part) in parts.enumerated() {
            let child: Int
            if let existing = nodes[node].children[part] {
                child = existing
            } else {
                child = nodes.count
                nodes.append(Node())
                nodes[node].children[part] = child
            }
            if index < parts.count - 1, nodes[child].impliedBy == nil { nodes[child].impliedBy = name }
            node = child
        }
        nodes[node].entry = name
        nodes[node].isFile = !isDirectory
        return nil
    }
}
