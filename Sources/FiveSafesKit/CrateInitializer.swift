internal import Foundation
internal import JSONLD

/// Creates a Five Safes request crate in a folder: the use case behind `fivesafes init`.
///
/// Writes `ro-crate-metadata.json` (everything the profile asks of a request, and a data entity for every file
/// already in the folder) and `ro-crate-preview.html` (the ``CrateInspector`` page of the new crate). Never
/// overwrites: existing metadata is refused unless ``Options/force`` (the old file is kept as `.bak`) or
/// ``Options/update`` (only files not yet described are added; everything else stays as the user wrote it).
public struct CrateInitializer: Sendable {
    /// What a run did.
    public struct Outcome: Sendable {
        /// The metadata file written.
        public var metadataPath: String
        /// The preview written.
        public var previewPath: String
        /// Payload files newly described (all of them for a new crate).
        public var described: [String]
        /// Backups kept of replaced files.
        public var backups: [String]
        /// Symbolic links left out (never followed).
        public var skippedLinks: [String]
        /// Whether an existing crate was updated.
        public var updated: Bool
    }

    /// The metadata file's name.
    public static let metadataName = "ro-crate-metadata.json"
    /// The preview's name.
    public static let previewName = "ro-crate-preview.html"

    /// The options.
    public var options: Options

    /// Creates an initializer.
    public init(_ options: Options) {
        self.options = options
    }

    /// Writes the crate into `directory` (created when missing).
    ///
    /// - Returns: what was written.
    /// - Throws: ``FiveSafesError``: `usage` for missing or malformed values (all listed), `writeFailure` when
    ///   existing files would be replaced without `--force`/`--update` or cannot be written.
    @discardableResult
    public func run(at directory: String) throws(FiveSafesError) -> Outcome {
        let manager = FileManager.default
        let metadata = directory + "/" + Self.metadataName
        let preview = directory + "/" + Self.previewName
        let exists = manager.fileExists(atPath: metadata)
        if options.update && !exists {
            throw FiveSafesError(.usage, "there is no \(Self.metadataName) to update; run fivesafes init without --update", path: directory)
        }
        if !options.force && !options.update {
            for path in [metadata, preview] where manager.fileExists(atPath: path) {
                throw FiveSafesError(
                    .writeFailure,
                    "already exists; fivesafes init never overwrites it. Use --update to add new files and keep everything "
                        + "else, or --force to start again (the old file is kept as .bak)",
                    path: path
                )
            }
        }
        let scan = DirectoryScanner().scan(directory)
        let files = scan.files.filter { Self.isPayload($0.key) }.map { (path: $0.key, size: $0.value) }.sorted { $0.path < $1.path }
        let text: String
        let described: [String]
        if exists && options.update {
            (text, described) = try updated(metadata, files: files)
        } else {
            text = JSONWriter().string(try document(files: files, links: scan.symlinks)) + "\n"
            described = files.map(\.path)
        }
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FiveSafesError(.writeFailure, "cannot create the folder: \(error.localizedDescription)", path: directory)
        }
        var backups: [String] = []
        if let backup = try OutputFile.write(Array(text.utf8), to: metadata, backup: exists && !options.update, inside: directory) {
            backups.append(backup)
        }
        let html = try CrateInspector().summary(of: .directory(directory), named: directory).html()
        if let backup = try OutputFile.write(Array(html.utf8), to: preview, backup: true, inside: directory) { backups.append(backup) }
        return Outcome(
            metadataPath: metadata,
            previewPath: preview,
            described: described,
            backups: backups,
            skippedLinks: scan.symlinks.sorted(),
            updated: exists && options.update
        )
    }

    /// Whether a file of the folder is payload to describe: not the metadata, the preview, their backups, or
    /// hidden files (fivesafes' temporaries are hidden).
    static func isPayload(_ path: String) -> Bool {
        let generated: Set<String> = [metadataName, previewName, metadataName + ".bak", previewName + ".bak"]
        if generated.contains(path) { return false }
        return !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
