internal import BagIt
internal import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Places outputs without ever losing a user's file: every file is written under a hidden temporary name in the
/// same folder (BagIt's ``TemporaryName``, which also clears those left by killed runs), flushed to disk, and renamed over the final name in one step, so the final name holds either the
/// old bytes or the complete new ones, whenever the process stops. A replaced file can be kept as `.bak`, made
/// (as a hard link) before the rename. Failures name the file and the system's reason ("No space left on
/// device", "File too large", "Permission denied") and remove the temporary file.
public enum OutputFile {
    /// A temporary path in the output's folder (same file system, so the final rename is atomic).
    static func temporaryPath(beside output: String) -> String {
        TemporaryName.beside(output)
    }

    /// Writes `bytes` to `path` atomically.
    ///
    /// - Parameters:
    ///   - replace: replace an existing file (false: refuse, for files that must never overwrite another).
    ///   - backup: keep the file being replaced as `<path>.bak`.
    ///   - root: the crate or bag folder the file belongs to: no folder between it and the file may be a symbolic
    ///     link (``WritePath``), so a hostile crate cannot redirect the write outside itself.
    /// - Returns: the backup's path, when one was made.
    @discardableResult
    public static func write(
        _ bytes: some Collection<UInt8>, to path: String, replace: Bool = true, backup: Bool = false,
        inside root: String? = nil
    ) throws(FiveSafesError) -> String? {
        try refuseLinks(in: path, below: root)
        let temporary = temporaryPath(beside: path)
        do {
            try FileWriter.create(temporary, bytes: Array(bytes))
        } catch {
            throw FiveSafesError(.writeFailure, "cannot write: \(error.reason)", path: path)
        }
        guard replace else {
            // link(2) fails when the name exists, so a file that appeared meanwhile is never overwritten.
            defer { unlink(temporary) }
            guard link(temporary, path) == 0 else { throw failure("cannot create", path) }
            syncFolder(of: path)
            return nil
        }
        return try commit(temporary, to: path, keepingBackup: backup)
    }

    /// Moves a finished, flushed temporary file over `output` in one rename, first keeping the old file as `.bak`
    /// when asked. Removes the temporary file when the move fails.
    ///
    /// - Returns: the backup's path, when one was made.
    @discardableResult
    static func commit(_ temporary: String, to output: String, keepingBackup: Bool) throws(FiveSafesError) -> String? {
        var backup: String?
        // Attributes of the name itself (links not followed).
        if let existing = try? FileManager.default.attributesOfItem(atPath: output) {
            guard existing[.type] as? FileAttributeType == .typeRegular else {
                unlink(temporary)
                throw FiveSafesError(.writeFailure, "is not a regular file, so it is not replaced", path: output)
            }
            if keepingBackup {
                let path = output + ".bak"
                unlink(path)
                // A hard link: the old bytes get a second name before the rename takes the first one.
                if link(output, path) != 0 {
                    let linkError = failure("cannot keep the old file as \(path)", output)
                    guard copyFile(output, to: path) else {
                        unlink(temporary)
                        throw linkError
                    }
                }
                backup = path
            }
        }
        WritePath.keepAttributes(of: output, on: temporary)
        guard rename(temporary, output) == 0 else {
            let error = failure("cannot move the finished file into place", output)
            unlink(temporary)
            throw error
        }
        syncFolder(of: output)
        return backup
    }

    /// Refuses a path that goes through a symbolic link below `root` (the shared check of every writer).
    static func refuseLinks(in path: String, below root: String?) throws(FiveSafesError) {
        guard let root else { return }
        do {
            try WritePath.refuseLinks(in: path, below: root)
        } catch {
            throw FiveSafesError(.writeFailure, error.reason, path: error.path)
        }
    }

    /// Refuses an existing output unless `force` (checked before any work is done).
    static func refuseExisting(_ output: String, force: Bool) throws(FiveSafesError) {
        guard !force, FileManager.default.fileExists(atPath: output) else { return }
        throw FiveSafesError(.writeFailure, "already exists", path: output, remedy: .replaceExisting)
    }

    /// For folder outputs, which cannot be swapped in one rename: refuses an existing output unless `force`, in
    /// which case it is moved to `<output>.bak` (returned) before the new one is written.
    static func makeRoom(for output: String, force: Bool) throws(FiveSafesError) -> String? {
        guard FileManager.default.fileExists(atPath: output) else { return nil }
        try refuseExisting(output, force: force)
        let backup = output + ".bak"
        try? FileManager.default.removeItem(atPath: backup)
        guard rename(output, backup) == 0 else { throw failure("cannot keep the old one as \(backup)", output) }
        return backup
    }

    /// A copy, for file systems without hard links.
    private static func copyFile(_ source: String, to destination: String) -> Bool {
        (try? FileManager.default.copyItem(atPath: source, toPath: destination)) != nil
    }

    /// Flushes the folder entry of a renamed file, so the new name survives a power cut too.
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// A write failure with the system's reason for the last call (`errno`).
    private static func failure(_ what: String, _ path: String) -> FiveSafesError {
        FiveSafesError(.writeFailure, "\(what): \(String(cString: strerror(errno)))", path: path)
    }
}
