internal import BagIt
internal import Foundation
internal import ROCrate

extension CratePackager {
    /// Every regular file under the crate folder, refusing symbolic links (never followed silently) and FIFOs,
    /// sockets and devices (never dropped silently: one could be the metadata file itself). The tool's own backups
    /// are left out of a crate when `leavingOutBackups` (never out of a bag, whose manifests may list any file).
    func listPayload(_ directory: String, excluding output: String, leavingOutBackups: Bool) throws(Refusal) -> [PayloadFile] {
        let index = DirectoryScanner().scan(directory)
        for (paths, problem) in [
            (index.symlinks, "symbolic links (%@); fivesafes never follows links silently: replace them by the files"),
            (
                index.specialFiles,
                "FIFOs, sockets or device files (%@); only regular files can be packaged: remove them or replace them by files"
            ),
        ] where !paths.isEmpty {
            let listed = paths.sorted().prefix(5).joined(separator: ", ")
            throw .failure(
                FiveSafesError(
                    .unreadableInput, "the crate contains " + problem.replacingOccurrences(of: "%@", with: listed), path: directory
                ))
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path
        return index.files.compactMap { path, size in
            let source = root + "/" + path
            if source == outputPath || path.split(separator: "/").contains(where: { $0.hasSuffix(TemporaryName.suffix) }) { return nil }
            if leavingOutBackups && Self.isOwnBackup(path, among: index.files) { return nil }
            return PayloadFile(source: source, path: path, size: size)
        }
    }

    /// Whether a file is a backup fivesafes made (`--force`, `init`): `<name>.bak` beside a file `<name>`. A user's
    /// own `notes.bak` with no `notes` beside it is payload like any other file.
    static func isOwnBackup(_ path: String, among files: [String: Int64]) -> Bool {
        guard path.hasSuffix(".bak") else { return false }
        return files[String(path.dropLast(4))] != nil
    }
}
