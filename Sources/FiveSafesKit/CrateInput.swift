internal import Foundation

/// What the user pointed `validate` at, resolved to a kind of input.
///
/// Bags and ZIPs slot in here as further cases with their own readers.
public enum CrateInput: Sendable, Equatable {
    /// A crate directory holding `ro-crate-metadata.json`.
    case directory(String)
    /// A metadata file on its own (its directory is the crate root).
    case metadataFile(String)
    /// Metadata bytes from standard input (no payload).
    case standardInput([UInt8])

    /// Resolves a path argument (`-` means standard input, read by the caller).
    ///
    /// - Throws: ``FiveSafesError`` when the path does not exist or is not a file or directory.
    public static func resolve(_ path: String, standardInput: () -> [UInt8]) throws(FiveSafesError) -> CrateInput {
        if path == "-" { return .standardInput(standardInput()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FiveSafesError(.unreadableInput, "no such file or directory", path: path)
        }
        return isDirectory.boolValue ? .directory(path) : .metadataFile(path)
    }
}
