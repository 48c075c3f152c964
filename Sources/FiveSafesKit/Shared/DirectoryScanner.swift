internal import BagIt
internal import Foundation
public import ROCrate

/// Lists the files under a crate directory without following symbolic links.
public struct DirectoryScanner: Sendable {
    /// Most entries listed before giving up (a hostile tree must not exhaust memory).
    public var maxEntries: Int

    /// Creates a scanner.
    public init(maxEntries: Int = 1_000_000) {
        self.maxEntries = maxEntries
    }

    /// The payload of the directory at `root`.
    public func scan(_ root: String) -> PayloadIndex {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        var files: [String: Int64] = [:]
        var directories: Set<String> = []
        var symlinks: Set<String> = []
        var specialFiles: Set<String> = []
        var pending: [String] = [""]
        var count = 0
        let manager = FileManager.default
        let base = rootURL.path
        while let relative = pending.popLast(), count < maxEntries {
            let folder = relative.isEmpty ? base : base + "/" + relative
            guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() {
                count += 1
                if count > maxEntries { break }
                let path = relative.isEmpty ? name : relative + "/" + name
                // lstat, not FileManager's attribute dictionary: one call per entry, and links are not followed.
                guard let status = FileStatus(linkAt: base + "/" + path) else { continue }
                switch status.kind {
                case .directory:
                    directories.insert(path)
                    pending.append(path)
                case .regular:
                    files[path] = status.size
                case .symbolicLink:
                    symlinks.insert(path)
                case .other:
                    specialFiles.insert(path)
                }
            }
        }
        return PayloadIndex(
            files: files, directories: directories, symlinks: symlinks, specialFiles: specialFiles,
            read: { path, limit in
                guard let handle = FileHandle(forReadingAtPath: base + "/" + path) else { return nil }
                defer { try? handle.close() }
                return (try? handle.read(upToCount: limit)).map { Array($0) } ?? []
            },
            stream: { path, body in FileBlocks.forEach(base + "/" + path, body) })
    }
}
