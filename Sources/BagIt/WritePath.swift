#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one check every writer makes on the path it writes through, and the one rule for a replaced file's
/// permissions.
///
/// A crate or bag from elsewhere can hold a symbolic link where a folder is expected (a bag whose `data` points at
/// `/etc`); a writer that follows it rewrites files outside the crate. ``firstLink(in:below:)`` finds such a link
/// before anything is written. A file replaced by an atomic rename would otherwise get the new file's default mode;
/// ``keepAttributes(of:on:)`` gives the replacement the old file's mode and owner, so a 0600 file stays 0600.
public enum WritePath {
    /// The first component of `path` below `root` (and `path` itself) that is a symbolic link, if any.
    ///
    /// `root` is what the user named (a crate or bag folder) and is not checked itself: a user may keep their work
    /// behind a link. Components that do not exist yet are not links. `path` must be `root` or lie under it;
    /// otherwise only `path` itself is checked.
    public static func firstLink(in path: String, below root: String) -> String? {
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        guard path.hasPrefix(base + "/") else { return isLink(path) ? path : nil }
        var current = base
        for part in path.dropFirst(base.count + 1).split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            if isLink(current) { return current }
        }
        return nil
    }

    /// Refuses to write `path` when a component below `root` is a symbolic link.
    ///
    /// - Throws: ``BagWriteError`` naming the link.
    public static func refuseLinks(in path: String, below root: String) throws(BagWriteError) {
        if let link = firstLink(in: path, below: root) {
            throw BagWriteError(
                path: link, reason: "is a symbolic link; refusing to write through it (the crate would be changed outside its folder)")
        }
    }

    /// Gives `replacement` (a finished temporary file) the permission bits and owner of the file it is about to
    /// replace. Does nothing when `existing` does not exist; an owner the process may not set is left as it is.
    public static func keepAttributes(of existing: String, on replacement: String) {
        var info = stat()
        guard lstat(existing, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        chmod(replacement, info.st_mode & 0o7777)
        var mine = stat()
        guard lstat(replacement, &mine) == 0, mine.st_uid != info.st_uid || mine.st_gid != info.st_gid else { return }
        if chown(replacement, info.st_uid, info.st_gid) != 0 {
            // Not allowed to give the file away: keep at least the group when we belong to it.
            _ = chown(replacement, mine.st_uid, info.st_gid)
        }
        // chown clears set-id bits; put the mode back once more.
        chmod(replacement, info.st_mode & 0o7777)
    }

    private static func isLink(_ path: String) -> Bool {
        FileStatus(linkAt: path)?.kind == .symbolicLink
    }
}
