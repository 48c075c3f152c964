#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `lstat` says of a path: its kind and size, links not followed. One system call, where Foundation's
/// attribute dictionary costs several allocations per file (listing 100,000 payload files).
public struct FileStatus: Sendable {
    /// The kinds of file a crate folder can hold.
    public enum Kind: Sendable {
        case directory, regular, symbolicLink, other
    }

    /// The kind of file.
    public let kind: Kind
    /// Its size in bytes.
    public let size: Int64

    /// The status of the link or file at `path`; nil when it cannot be read.
    public init?(linkAt path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: kind = .directory
        case S_IFREG: kind = .regular
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int64(info.st_size)
    }
}
