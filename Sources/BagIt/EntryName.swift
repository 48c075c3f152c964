/// Checks and folds archive entry names, so nothing can escape the target or shadow another entry.
public enum EntryName {
    /// Why a name is unsafe, or nil when it is a plain relative path.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "an empty name" }
        if name.hasPrefix("/") { return "an absolute path" }
        if name.contains("\\") { return "a backslash (a Windows path separator)" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "a control character" }
        if name.count >= 2, name.dropFirst().first == ":", name.first?.isLetter == true { return "a drive letter" }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        let inner = name.hasSuffix("/") ? components.dropLast() : components[...]
        if inner.contains("..") { return "a `..` component" }
        if inner.contains(".") || inner.contains("") { return "an empty or `.` component" }
        return nil
    }

    /// The form two names collide in: case folded. Swift strings compare and hash by Unicode canonical
    /// equivalence, so composed and decomposed spellings of one name are already equal keys.
    public static func collisionKey(_ name: String) -> String {
        (name.hasSuffix("/") ? String(name.dropLast()) : name).lowercased()
    }
}
