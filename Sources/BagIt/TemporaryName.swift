#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one naming scheme for what fivesafes writes before it is finished: a hidden sibling of the output,
/// `.<name>.<pid>-<random>.fivesafes.tmp` (a file, or a folder for bags and extractions), renamed over the final
/// name only when complete. A run killed mid-write leaves its temporary behind; the next run that writes beside
/// the same output removes temporaries whose process is gone, and never one of a running process.
public enum TemporaryName {
    /// The suffix every temporary name ends with.
    public static let suffix = ".fivesafes.tmp"

    /// A new temporary name beside `path`, after removing stale ones left there by killed runs.
    public static func beside(_ path: String) -> String {
        sweep(beside: path)
        let (folder, name) = split(path)
        return folder + "." + name + ".\(getpid())-\(UInt32.random(in: 0...UInt32.max))" + suffix
    }

    /// Removes the temporaries beside `path` whose process no longer runs.
    public static func sweep(beside path: String) {
        let (folder, name) = split(path)
        let prefix = "." + name + "."
        for entry in FileWriter.entries(of: folder.isEmpty ? "." : folder)
        where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
            guard let dash = middle.firstIndex(of: "-"), let pid = pid_t(middle[..<dash]), pid > 0, !isRunning(pid) else { continue }
            FileWriter.removeTree(folder + entry)
        }
    }

    /// Whether a process with this id exists (EPERM: it does, but belongs to someone else).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// The folder part (empty, or ending in `/`) and the last component of a path.
    private static func split(_ path: String) -> (folder: String, name: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", trimmed) }
        return (String(trimmed[...slash]), String(trimmed[trimmed.index(after: slash)...]))
    }
}
