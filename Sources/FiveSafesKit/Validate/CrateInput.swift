internal import Foundation

/// What the user pointed `validate` at, resolved to a kind of input.
public enum CrateInput: Sendable, Equatable {
    /// A crate directory holding `ro-crate-metadata.json`.
    case directory(String)
    /// A metadata file on its own (its directory is the crate root).
    case metadataFile(String)
    /// Metadata bytes from standard input (no payload).
    case standardInput([UInt8])
    /// A BagIt bag directory (`bagit.txt`, crate in `data/`).
    case bag(String)
    /// A ZIP file: the Five Safes layout (one bag folder), read in place.
    case zip(String)

    /// Resolves a path argument (`-` means standard input, read by the caller).
    ///
    /// - Throws: ``FiveSafesError`` when the path does not exist or is not a file or directory.
    public static func resolve(_ path: String, standardInput: () -> [UInt8]) throws(FiveSafesError) -> CrateInput {
        if path == "-" { return .standardInput(standardInput()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FiveSafesError(.unreadableInput, "no such file or directory", path: path)
        }
        if isDirectory.boolValue {
            let isBag =
                FileManager.default.fileExists(atPath: path + "/bagit.txt")
                && !FileManager.default.fileExists(atPath: path + "/ro-crate-metadata.json")
            return isBag ? .bag(path) : .directory(path)
        }
        return isZip(path) ? .zip(path) : .metadataFile(path)
    }

    /// A `.zip` name, or a file that starts with the ZIP signature `PK\u{3}\u{4}`.
    static func isZip(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".zip") { return true }
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let magic = (try? handle.read(upToCount: 4)).map(Array.init) ?? []
        return magic == [0x50, 0x4B, 0x03, 0x04]
    }
}
