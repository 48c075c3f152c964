#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates files and folders with POSIX calls: new files only (`O_EXCL`), never through a symlink.
public enum FileWriter {
    /// Creates a new file and writes what `body` passes to the function it is given, then fsyncs it.
    static func create(_ path: String, _ body: ((UnsafeRawBufferPointer) throws(BagWriteError) -> Void) throws(BagWriteError) -> Void)
        throws(BagWriteError)
    {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BagWriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: BagWriteError?
        do {
            try body { (chunk: UnsafeRawBufferPointer) throws(BagWriteError) in
                var offset = 0
                while offset < chunk.count {
                    let written = write(descriptor, chunk.baseAddress.map { $0 + offset }, chunk.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw BagWriteError(path: path, reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
            if fsync(descriptor) != 0 { failure = BagWriteError(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            failure = error
        }
        close(descriptor)
        if let failure {
            unlink(path)
            throw failure
        }
    }

    /// Creates a new file holding `bytes`, flushed to disk; on failure nothing is left at `path`.
    public static func create(_ path: String, bytes: [UInt8]) throws(BagWriteError) {
        try create(path) { (write) throws(BagWriteError) in
            var failure: BagWriteError?
            bytes.withUnsafeBytes { buffer in
                do throws(BagWriteError) { try write(buffer) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Flushes a finished file that other code wrote (libarchive's ZIP writer) to disk.
    static func flush(_ path: String) throws(BagWriteError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BagWriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw BagWriteError(path: path, reason: "cannot flush to disk: \(String(cString: strerror(errno)))")
        }
    }

    /// Replaces a file atomically: a temporary file beside it, fsync, rename.
    static func replace(_ path: String, bytes: [UInt8]) throws(BagWriteError) {
        let temporary = TemporaryName.beside(path)
        do {
            try create(temporary, bytes: bytes)
        } catch {
            throw BagWriteError(path: path, reason: "cannot write: \(error.reason)")
        }
        WritePath.keepAttributes(of: path, on: temporary)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BagWriteError(path: path, reason: reason)
        }
    }

    /// Creates a folder and any missing parents (mode 0755).
    static func makeDirectories(_ path: String) throws(BagWriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw BagWriteError(path: current, reason: String(cString: strerror(errno)))
            }
            guard FileStatus(linkAt: current)?.kind == .directory else {
                throw BagWriteError(path: current, reason: "exists and is not a folder")
            }
        }
    }

    /// Removes a folder tree (used to clean up a failed write); never follows symlinks.
    static func removeTree(_ path: String) {
        guard let status = FileStatus(linkAt: path) else { return }
        if status.kind == .directory {
            for name in entries(of: path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// The names in a folder (without `.` and `..`); empty when it cannot be read.
    static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) }
            }
            if let name, name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
