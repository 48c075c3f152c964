internal import BagIt
internal import Foundation
internal import ROCrate

extension CratePackager {
    /// Every regular file under the crate folder, refusing symbolic links (never followed silently).
    func listPayload(_ directory: String, excluding output: String) throws(Refusal) -> [PayloadFile] {
        let index = DirectoryScanner().scan(directory)
        if !index.symlinks.isEmpty {
            let links = index.symlinks.sorted().prefix(5).joined(separator: ", ")
            throw .failure(FiveSafesError(
                .unreadableInput,
                "the crate contains symbolic links (\(links)); fivesafes never follows links silently: replace them by the files",
                path: directory
            ))
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        return index.files.compactMap { path, size in
            let source = root + "/" + path
            if source == outputPath || path.hasSuffix(".fivesafes.tmp") || path.contains("/.fivesafes-") { return nil }
            return PayloadFile(source: source, path: path, size: size)
        }
    }
}

/// Placing outputs without ever losing a user's file.
enum OutputFile {
    /// A temporary path in the output's folder (same file system, so the final rename is atomic).
    static func temporaryPath(beside output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).fivesafes.tmp").path
    }

    /// Refuses an existing output unless `force`, in which case it is moved to `<output>.bak` (returned).
    static func makeRoom(for output: String, force: Bool) throws(FiveSafesError) -> String? {
        guard FileManager.default.fileExists(atPath: output) else { return nil }
        guard force else {
            throw FiveSafesError(.writeFailure, "already exists; use --force to replace it (the old one is kept as .bak)", path: output)
        }
        let backup = output + ".bak"
        try? FileManager.default.removeItem(atPath: backup)
        do {
            try FileManager.default.moveItem(atPath: output, toPath: backup)
        } catch {
            throw FiveSafesError(.writeFailure, "cannot keep the old file as \(backup): \(error.localizedDescription)", path: output)
        }
        return backup
    }

    /// Renames a finished temporary file to its final name.
    static func moveIntoPlace(_ temporary: String, _ output: String) throws(FiveSafesError) {
        guard rename(temporary, output) == 0 else {
            throw FiveSafesError(.writeFailure, "cannot move the finished file into place", path: output)
        }
    }
}
