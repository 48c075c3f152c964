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
            if source == outputPath || path.split(separator: "/").contains(where: { $0.hasSuffix(TemporaryName.suffix) }) { return nil }
            return PayloadFile(source: source, path: path, size: size)
        }
    }
}
