internal import BagIt
public import FiveSafesDiagnostics
internal import Foundation
internal import JSONLD
public import ROCrate

extension CrateValidator {
    /// What loading an input produced: a crate (or not), its payload, and any fatal findings.
    public struct Loaded: Sendable {
        /// The crate, when its metadata could be read.
        public var crate: Crate?
        /// The payload, when the input has one.
        public var payload: PayloadIndex?
        /// Findings made while loading (fatal ones stop validation).
        public var diagnostics: [Diagnostic]
        /// Problems with the bag or ZIP the crate came in.
        var packageProblems: [BagProblem] = []
        /// Payload bytes whose checksums were verified.
        var hashedBytes: Int64 = 0
        /// Whether the bag or ZIP holds files under `signatures/` (nil: not a package, or not listed).
        var hasSignatures: Bool?
        /// Where the crate root is inside the input (`data/` in a bag), prefixed to crate-relative file names.
        var filePrefix = ""
    }

    /// Reads an input's metadata and payload listing.
    public func load(_ input: CrateInput) -> Loaded {
        switch input {
        case .standardInput(let bytes):
            return parse(bytes, fileName: "-", payload: nil)
        case .metadataFile(let path):
            // An attached crate's metadata file: its folder is the crate root. Any other name is a detached
            // crate (RO-Crate 1.2: `<prefix>-ro-crate-metadata.json`) with no local payload.
            let fileName = (path as NSString).lastPathComponent
            let folder = (path as NSString).deletingLastPathComponent
            let attached = fileName == "ro-crate-metadata.json" && !options.metadataOnly
            let payload = attached ? DirectoryScanner(maxEntries: options.maxFiles).scan(folder.isEmpty ? "." : folder) : nil
            return read(path, fileName: fileName, payload: payload)
        case .bag(let path):
            return loadBag(path)
        case .zip(let path):
            return loadZip(path)
        case .directory(let path):
            let metadata = path + "/ro-crate-metadata.json"
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: metadata, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return Loaded(crate: nil, payload: nil, diagnostics: [.metadataMissing(in: path)])
            }
            let payload = options.metadataOnly ? nil : DirectoryScanner(maxEntries: options.maxFiles).scan(path)
            return read(metadata, fileName: "ro-crate-metadata.json", payload: payload)
        }
    }

    func read(_ path: String, fileName: String, payload scanned: PayloadIndex?) -> Loaded {
        var payload = scanned
        for ignored in options.ignoredPayloadPaths { payload?.files[ignored] = nil }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            // Never open FIFOs, devices or sockets: reading one could block forever.
            let type = attributes?[.type] as? FileAttributeType
            let reason =
                attributes == nil
                ? "it cannot be read"
                : type == .typeSymbolicLink ? "it is a symbolic link, which fivesafes never follows" : "it is not a regular file"
            return Loaded(crate: nil, payload: payload, diagnostics: [.unreadable(fileName, reason: reason)])
        }
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        if size > options.maxMetadataSize {
            return Loaded(
                crate: nil, payload: payload, diagnostics: [.metadataTooLarge(fileName, size: size, limit: options.maxMetadataSize)])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return Loaded(
                crate: nil, payload: payload, diagnostics: [.unreadable(fileName, reason: "permission denied or not a regular file")])
        }
        defer { try? handle.close() }
        let bytes: [UInt8]
        do {
            // One byte past the limit is read, so `parse` reports a file that grew past it as too large.
            bytes = try FileContents.read(
                descriptor: handle.fileDescriptor, sizeHint: Int(size), limit: Int(options.maxMetadataSize) + 1, path: path)
        } catch  where error.isLimit {
            let grown = max(size, options.maxMetadataSize + 1)
            return Loaded(
                crate: nil, payload: payload, diagnostics: [.metadataTooLarge(fileName, size: grown, limit: options.maxMetadataSize)])
        } catch {
            return Loaded(crate: nil, payload: payload, diagnostics: [.unreadable(fileName, reason: error.reason)])
        }
        return parse(bytes, fileName: fileName, payload: payload)
    }

    func parse(_ bytes: [UInt8], fileName: String, payload: PayloadIndex?) -> Loaded {
        if Int64(bytes.count) > options.maxMetadataSize {
            return Loaded(
                crate: nil, payload: payload,
                diagnostics: [.metadataTooLarge(fileName, size: Int64(bytes.count), limit: options.maxMetadataSize)])
        }
        do {
            let crate = try CrateLoader().load(bytes, fileName: fileName)
            return Loaded(crate: crate, payload: payload, diagnostics: [])
        } catch {
            return Loaded(crate: nil, payload: payload, diagnostics: [.loadFailure(error, fileName: fileName, bytes: bytes)])
        }
    }
}
