public import Foundation
internal import JSONLD
public import ROCrate

/// Takes a fixed snapshot of a Five Safes 1.0 working record: the use case behind `fivesafes provenance snapshot`.
///
/// Follows the 1.0 Working Draft (Complete Example; Versioning and Snapshots): the snapshot is a complete copy of
/// the working record folder whose root gets its own canonical `identifier`, `version` (a JSON integer: 1 for the
/// first, greater than the predecessor's after), `pav:previousVersion` (the predecessor's `identifier`, only after
/// the first), `dateCreated` and `datePublished` set to when it was taken, and no `dateModified`. The root's
/// `dct:isVersionOf` (the activity record) stays as the working record has it: "the same in every representation".
/// A root with an absolute `@id` gets the snapshot's IRI, and the descriptor's `about` with it.
///
/// Where the draft is silent: how a tool finds the predecessor (the working record does not list its snapshots,
/// so it is given with ``Options/previous``); which IRI a snapshot gets (the draft's table: a working record
/// `…/current` gives `…/versions/N`; an http(s) record IRI gives `<record>/versions/N`; else a UUID URN, which
/// "suffices"); and whether publication is when the file is written (it is taken to be, as `fivesafes` cannot know
/// of a later release; the draft says `datePublished` "may be later than `dateCreated`", so ``Options/published``
/// can set it).
///
/// Never overwrites: an existing output folder is refused unless ``Options/force`` (the old one is then kept as
/// `<output>.bak`). Files are written atomically (``OutputFile``), symbolic links are never followed or copied.
public struct RecordSnapshotter: Sendable {
    /// What `snapshot` can be told.
    public struct Options: Sendable {
        /// The predecessor snapshot (a crate folder or its metadata file), if this is not the first.
        public var previous: String?
        /// The snapshot's canonical identifier (default: derived as described above).
        public var identifier: String?
        /// The snapshot's version (default: 1, or one more than the predecessor's).
        public var version: Int?
        /// When the snapshot was taken (`dateCreated`; default: now, or `SOURCE_DATE_EPOCH`).
        public var date: Date?
        /// When it was first made available (`datePublished`; default: when it was taken).
        public var published: Date?
        /// Replace an existing output folder (kept as `.bak`).
        public var force = false

        /// Default options.
        public init() {}
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// The snapshot's metadata file.
        public var metadataPath: String
        /// Its canonical identifier.
        public var identifier: String
        /// Its version.
        public var version: Int
        /// The predecessor's identifier, when there is one.
        public var previous: String?
        /// The activity record (`dct:isVersionOf`).
        public var record: String
        /// Payload files copied.
        public var copied: [String]
        /// Symbolic links left out (never followed).
        public var skippedLinks: [String]
        /// The previous output folder, kept when `--force` replaced it.
        public var backup: String?
    }

    /// The 1.0 profile IRI the record must declare.
    static let profile10 = "https://w3id.org/5s-crate/1.0"

    /// The options.
    public var options: Options
    /// How messages name an option (default: its name, e.g. `previous`); the CLI gives its flags (`--previous`).
    public var settingName: @Sendable (Setting) -> String = { $0.rawValue }

    /// Creates a snapshotter.
    public init(_ options: Options) {
        self.options = options
    }

    /// Writes the snapshot of the working record at `record` (a crate folder, a bag folder or a metadata file)
    /// into the folder `output`.
    ///
    /// - Throws: ``FiveSafesError``: `unreadableInput` for a record that is not a 1.0 working record (a 0.4 or 0.5
    ///   crate, a snapshot) or a predecessor that does not fit; `usage` for a bad `--version`/`--identifier`;
    ///   `writeFailure` when the output exists (without `force`), lies inside the record, or cannot be written.
    @discardableResult
    public func run(record path: String, output: String) throws(FiveSafesError) -> Outcome {
        let target = try ProvenanceTarget(path)
        let bytes = try target.readMetadata()
        let crate = try ProvenanceTarget.parse(bytes, path: target.metadataPath)
        let working = try Self.representation(of: crate, path: target.metadataPath)
        guard working.version == nil else {
            throw FiveSafesError(
                .unreadableInput,
                "is already a snapshot (version \(working.version ?? 0)); a snapshot is taken of the working record, never of a snapshot",
                path: target.metadataPath)
        }
        let previous = try options.previous.map { (path) throws(FiveSafesError) in try predecessor(path, record: working.record) }
        if let previous, previous.identifier == working.identifier {
            throw FiveSafesError(
                .unreadableInput, "\(settingName(.previous)) has the working record's own identifier", path: options.previous)
        }
        let version = options.version ?? (previous?.version ?? 0) + 1
        if let previous, version <= previous.version {
            throw FiveSafesError(
                .usage, "\(settingName(.version)) \(version) must be greater than the previous snapshot's \(previous.version)")
        }
        if previous == nil, version != 1 {
            throw FiveSafesError(
                .usage,
                "\(settingName(.version)) \(version): a snapshot without \(settingName(.previous)) is the first, version 1 (1.0, Representation State)"
            )
        }
        let identifier = options.identifier ?? Self.identifier(working: working.identifier, record: working.record, version: version)
        guard CrateInitializer.Identifiers.isIRI(identifier) else {
            throw FiveSafesError(.usage, "\(settingName(.identifier)) \(identifier) is not an absolute IRI")
        }
        if identifier == working.identifier || identifier == previous?.identifier {
            throw FiveSafesError(
                .usage,
                "\(settingName(.identifier)) \(identifier) is already the \(identifier == working.identifier ? "working record's" : "previous snapshot's")"
            )
        }
        let metadata = try snapshotMetadata(crate: crate, bytes: bytes, identifier: identifier, version: version, previous: previous)
        let written = try write(metadata, from: target.crateRoot, to: output)
        return Outcome(
            metadataPath: written.metadata, identifier: identifier, version: version, previous: previous?.identifier,
            record: working.record, copied: written.copied, skippedLinks: written.links, backup: written.backup)
    }

    /// A 1.0 representation's root: its identifier, record and version.
    struct Representation {
        let identifier: String
        let record: String
        let version: Int?
    }

    /// Reads the root's versioning properties, refusing crates that are not Five Safes 1.0.
    static func representation(of crate: Crate, path: String) throws(FiveSafesError) -> Representation {
        guard let root = crate.root else { throw FiveSafesError(.unreadableInput, "the metadata has no root data entity", path: path) }
        let declared = root.references("conformsTo") + root.strings("conformsTo")
        guard declared.contains(profile10) else {
            let version = declared.first { $0.hasPrefix("https://w3id.org/5s-crate/") }.map { String($0.dropFirst(26)) }
            throw FiveSafesError(
                .unreadableInput,
                "declares Five Safes RO-Crate \(version ?? "no version"), not 1.0: only a 1.0 working record has snapshots "
                    + "(1.0 Working Draft, Versioning and Snapshots)",
                path: path)
        }
        guard let identifier = root.references("identifier").first, root.values("identifier").count == 1 else {
            throw FiveSafesError(
                .unreadableInput, "the root has no single {\"@id\": …} identifier (the canonical RO-Crate identifier, 5S-VER-01)",
                path: path)
        }
        guard let record = root.references("dct:isVersionOf").first else {
            throw FiveSafesError(.unreadableInput, "the root has no dct:isVersionOf naming its activity record (5S-VER-02)", path: path)
        }
        var version: Int?
        if let node = root.values("version").first {
            guard case .number(let text) = node.value, let number = Int(text), number >= 1 else {
                throw FiveSafesError(.unreadableInput, "the root's version is not a positive JSON integer (5S-VER-04)", path: path)
            }
            version = number
        }
        return Representation(identifier: identifier, record: record, version: version)
    }

    /// The predecessor snapshot: a 1.0 snapshot of the same activity record.
    private func predecessor(_ path: String, record: String) throws(FiveSafesError) -> Predecessor {
        let target = try ProvenanceTarget(path)
        let crate = try ProvenanceTarget.parse(try target.readMetadata(), path: target.metadataPath)
        let previous = try Self.representation(of: crate, path: target.metadataPath)
        guard let version = previous.version else {
            throw FiveSafesError(
                .unreadableInput, "\(settingName(.previous)) is a working record (no version), not a snapshot", path: target.metadataPath)
        }
        guard previous.record == record else {
            throw FiveSafesError(
                .unreadableInput,
                "\(settingName(.previous)) is a snapshot of \(previous.record), not of this record's \(record) (every snapshot has the same dct:isVersionOf)",
                path: target.metadataPath)
        }
        return Predecessor(
            identifier: previous.identifier, version: version, record: record, published: crate.root?.string("datePublished"),
            name: crate.root?.string("name"))
    }

    /// What the snapshot copies of its predecessor.
    struct Predecessor {
        let identifier: String
        let version: Int
        let record: String
        let published: String?
        let name: String?
    }

    /// The draft's naming: `…/current` → `…/versions/N`; an http(s) record → `<record>/versions/N`; else a UUID URN.
    static func identifier(working: String, record: String, version: Int) -> String {
        if working.hasSuffix("/current") { return String(working.dropLast("current".count)) + "versions/\(version)" }
        if CrateInitializer.Identifiers.isIRI(record, web: true) {
            return (record.hasSuffix("/") ? record : record + "/") + "versions/\(version)"
        }
        return "urn:uuid:\(UUID().uuidString.lowercased())"
    }

    /// The working record's metadata with the root (and, for an absolute root `@id`, the descriptor) rewritten;
    /// every other byte stays as it was.
    private func snapshotMetadata(
        crate: Crate, bytes: [UInt8], identifier: String, version: Int, previous: Predecessor?
    ) throws(FiveSafesError) -> [UInt8] {
        guard let root = crate.root, let rootID = root.id else { return bytes }
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        var object = root.object
        let taken = CrateInitializer.timestamp(options.date)
        object.set("identifier", .reference(identifier))
        object.set("version", .number(String(version)))
        if let previous {
            object.set("pav:previousVersion", .reference(previous.identifier))
            ProvenanceDraft.addReference(previous.identifier, to: "hasPart", in: &object)
            draft.put(Self.reference(to: previous))
        } else {
            object.remove("pav:previousVersion")
        }
        object.remove("dateModified")
        object.set("dateCreated", .string(taken))
        object.set("datePublished", .string(options.published.map { CrateInitializer.timestamp($0) } ?? taken))
        if rootID != "./", CrateInitializer.Identifiers.isIRI(rootID) {
            object.set("@id", .string(identifier))
            if let descriptor = crate.entity(CrateInitializer.metadataName) {
                var about = descriptor.object
                about.set("about", .reference(identifier))
                draft.replace(descriptor, with: about)
            }
        }
        draft.replace(root, with: object)
        return draft.bytes()
    }

    /// The predecessor as 1.0's Referencing Another RO-Crate describes another RO-Crate: a `Dataset` named by its
    /// canonical identifier, reachable through `hasPart`, with `version`, `dct:isVersionOf` and `datePublished`
    /// copied and the versionless RO-Crate profile. The draft does not say whether `pav:previousVersion`'s target is
    /// described; RO-Crate asks that referenced entities be (RC-CE-01), and this is the draft's one pattern for it.
    static func reference(to previous: Predecessor) -> JSONObject {
        var members: [(String, JSONValue)] = [
            ("@id", .string(previous.identifier)), ("@type", .string("Dataset")),
            ("name", .string("Snapshot \(previous.version)" + (previous.name.map { " of \($0)" } ?? ""))),
            ("version", .number(String(previous.version))), ("dct:isVersionOf", .reference(previous.record)),
        ]
        if let published = previous.published { members.append(("datePublished", .string(published))) }
        members.append(("conformsTo", .reference("https://w3id.org/ro/crate")))
        return .ordered(members)
    }

    /// Copies the record's payload and writes the new metadata and preview into `output`.
    private func write(
        _ metadata: [UInt8], from source: String, to output: String
    ) throws(FiveSafesError) -> (metadata: String, copied: [String], links: [String], backup: String?) {
        let sourceURL = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath()
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        if outputURL.path == sourceURL.path || outputURL.path.hasPrefix(sourceURL.path + "/") {
            throw FiveSafesError(.writeFailure, "is inside the working record; write the snapshot to a folder of its own", path: output)
        }
        let backup = try OutputFile.makeRoom(for: output, force: options.force)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FiveSafesError(.writeFailure, "cannot create the folder: \(error.localizedDescription)", path: output)
        }
        let scan = DirectoryScanner().scan(source)
        let files = scan.files.keys.filter { CrateInitializer.isPayload($0) }.sorted()
        for file in files {
            let destination = output + "/" + file
            let folder = (destination as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw FiveSafesError(.writeFailure, "cannot create the folder: \(error.localizedDescription)", path: folder)
            }
            try OutputFile.refuseLinks(in: destination, below: output)
            // Copied (not read into memory) under a temporary name, then renamed into place.
            let temporary = OutputFile.temporaryPath(beside: destination)
            do {
                try FileManager.default.copyItem(atPath: source + "/" + file, toPath: temporary)
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw FiveSafesError(.writeFailure, "cannot copy \(source)/\(file): \(error.localizedDescription)", path: destination)
            }
            try OutputFile.commit(temporary, to: destination, keepingBackup: false)
        }
        let metadataPath = output + "/" + CrateInitializer.metadataName
        try OutputFile.write(metadata, to: metadataPath, replace: false, inside: output)
        let html = try CratePreview.html(of: output)
        try OutputFile.write(Array(html.utf8), to: output + "/" + CrateInitializer.previewName, replace: false, inside: output)
        return (metadataPath, files, scan.symlinks.sorted(), backup)
    }
}
