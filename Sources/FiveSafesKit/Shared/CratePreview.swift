internal import Foundation

/// `ro-crate-preview.html`: the ``CrateInspector`` page of a crate, written by `init` and kept in step with the
/// metadata by every command that rewrites the metadata afterwards (`init --update`, `provenance add`,
/// `provenance sanitize`, `zip --refresh`), so the page never tells a reviewer about a crate that no longer is.
/// A preview fivesafes did not make (a crate's own page) is the user's work: it is never replaced by these commands.
enum CratePreview {
    /// What a refresh did.
    enum Refresh: Equatable {
        /// The crate has no preview (none is made).
        case none
        /// The preview was rewritten.
        case rewritten
        /// The preview was not made by fivesafes and was left as it is.
        case leftAlone(String)

        /// The note for the user, when there is one.
        var note: String? {
            if case .leftAlone(let path) = self {
                return "\(path) was not made by fivesafes, so it was left as it is and may no longer match the metadata"
            }
            return nil
        }
    }

    /// The footer every page fivesafes makes carries; it tells our previews from a crate's own.
    static let signature = "<footer>Made by fivesafes "

    /// The page of the crate in `crateRoot`, as it is on disk now.
    static func html(of crateRoot: String) throws(FiveSafesError) -> String {
        try CrateInspector().summary(of: .directory(crateRoot), named: crateRoot).html()
    }

    /// Whether the file at `path` is a regular file (not a link) holding a page fivesafes made.
    static func isOurs(_ path: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let bytes = (try? handle.read(upToCount: 64 << 20)) ?? Data()
        return String(decoding: bytes, as: UTF8.self).contains(signature)
    }

    /// Rewrites the preview of the crate in `crateRoot` when it has one fivesafes made (a crate without a preview
    /// gets none; a preview of its own is left alone).
    ///
    /// - Parameter root: the crate or bag folder the write stays inside (no symbolic link on the way).
    static func refresh(_ crateRoot: String, inside root: String) throws(FiveSafesError) -> Refresh {
        let path = crateRoot + "/" + CrateInitializer.previewName
        guard FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        else { return .none }
        guard isOurs(path) else { return .leftAlone(path) }
        try OutputFile.write(Array(try html(of: crateRoot).utf8), to: path, inside: root)
        return .rewritten
    }
}
