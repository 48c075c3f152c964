internal import Foundation
internal import JSONLD
public import ROCrate

/// The crate `provenance` works on: a crate folder, or a bag folder with the crate in `data/`.
public struct ProvenanceTarget: Sendable {
    /// The crate root folder.
    public let crateRoot: String
    /// The bag folder, when the crate is in a bag.
    public let bagRoot: String?
    /// The metadata file.
    public var metadataPath: String { crateRoot + "/ro-crate-metadata.json" }

    /// Resolves a path argument (a crate folder, a bag folder, or a crate's `ro-crate-metadata.json`).
    ///
    /// - Throws: ``FiveSafesError`` (`unreadableInput`) when it is none of these.
    public init(_ path: String) throws(FiveSafesError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FiveSafesError(.unreadableInput, "no such file or directory", path: path)
        }
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        if !isDirectory.boolValue {
            guard (trimmed as NSString).lastPathComponent == "ro-crate-metadata.json" else {
                throw FiveSafesError(.unreadableInput, "not a crate folder, a bag folder or a ro-crate-metadata.json file", path: path)
            }
            let folder = (trimmed as NSString).deletingLastPathComponent
            self.crateRoot = folder.isEmpty ? "." : folder
            self.bagRoot = nil
        } else if FileManager.default.fileExists(atPath: trimmed + "/ro-crate-metadata.json") {
            self.crateRoot = trimmed
            self.bagRoot = nil
        } else if FileManager.default.fileExists(atPath: trimmed + "/bagit.txt"),
            FileManager.default.fileExists(atPath: trimmed + "/data/ro-crate-metadata.json")
        {
            self.crateRoot = trimmed + "/data"
            self.bagRoot = trimmed
        } else {
            throw FiveSafesError(
                .unreadableInput, "no ro-crate-metadata.json here (nor in data/ of a bag)\(CrateLocator.hint(for: trimmed))", path: path)
        }
    }

    /// The metadata file's bytes.
    public func readMetadata() throws(FiveSafesError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: metadataPath) else {
            throw FiveSafesError(.unreadableInput, "cannot read the metadata file", path: metadataPath)
        }
        return Array(data)
    }

    /// The crate, loaded from the metadata file.
    public func load() throws(FiveSafesError) -> Crate {
        try Self.parse(readMetadata(), path: metadataPath)
    }

    /// Loads metadata bytes as a crate, turning load errors into tool errors.
    static func parse(_ bytes: [UInt8], path: String) throws(FiveSafesError) -> Crate {
        do {
            return try CrateLoader().load(bytes, fileName: "ro-crate-metadata.json")
        } catch {
            throw FiveSafesError(.unreadableInput, "not a readable RO-Crate metadata document (\(error))", path: path)
        }
    }

    /// Replaces the metadata file atomically (temporary file in the same folder, fsync, rename).
    func writeMetadata(_ bytes: [UInt8]) throws(FiveSafesError) {
        try OutputFile.write(bytes, to: metadataPath, inside: bagRoot ?? crateRoot)
    }
}
