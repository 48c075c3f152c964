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
        /// Described files whose `contentSize` was brought in step with the file (`--update`).
        public var refreshed: [ContentSizeRefresher.Change]
        /// The warning to print when `--update --force` changed the crate of a signed bag.
        public var warning: String?
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
    /// How messages name a setting (default: its name, e.g. `agentName`); the CLI gives its flags (`--agent-name`).
    public var settingName: @Sendable (Setting) -> String = { $0.rawValue }

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
            throw FiveSafesError(.usage, "there is no \(Self.metadataName) to update", path: directory, remedy: .createInstead)
        }
        if !options.force && !options.update {
            for path in [metadata, preview] where manager.fileExists(atPath: path) {
                throw FiveSafesError(
                    .writeFailure, "already exists; fivesafes init never overwrites it", path: path, remedy: .updateOrStartAgain)
            }
        }
        var warning: String?
        if exists && options.update {
            warning = try SignedBag.checkChange(of: Self.enclosingBag(of: directory), "updating the crate", force: options.force)
        }
        let scan = DirectoryScanner().scan(directory)
        let files = scan.files.filter { Self.isPayload($0.key) }.map { (path: $0.key, size: $0.value) }.sorted { $0.path < $1.path }
        let text: String
        let described: [String]
        var refreshed: [ContentSizeRefresher.Change] = []
        if exists && options.update {
            (text, described, refreshed) = try updated(metadata, files: files)
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
        let html = try CratePreview.html(of: directory)
        // A page fivesafes made is regenerated in place by --update; anything else replaced is kept as .bak.
        let keepOld = !(options.update && exists && CratePreview.isOurs(preview))
        if let backup = try OutputFile.write(Array(html.utf8), to: preview, backup: keepOld, inside: directory) { backups.append(backup) }
        return Outcome(
            metadataPath: metadata,
            previewPath: preview,
            described: described,
            refreshed: refreshed,
            warning: warning,
            backups: backups,
            skippedLinks: scan.symlinks.sorted(),
            updated: exists && options.update
        )
    }

    /// The bag a crate folder is the `data/` of, if any.
    static func enclosingBag(of directory: String) -> String? {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        guard url.lastPathComponent == "data" else { return nil }
        let bag = url.deletingLastPathComponent().path
        return FileManager.default.fileExists(atPath: bag + "/bagit.txt") ? bag : nil
    }

    /// Whether a file of the folder is payload to describe: not the metadata, the preview, their backups, or
    /// hidden files (fivesafes' temporaries are hidden).
    static func isPayload(_ path: String) -> Bool {
        let generated: Set<String> = [metadataName, previewName, metadataName + ".bak", previewName + ".bak"]
        if generated.contains(path) { return false }
        return !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
