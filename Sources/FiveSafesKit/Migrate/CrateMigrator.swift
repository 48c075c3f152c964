public import Foundation
internal import JSONLD
internal import ROCrate

/// Rewrites a Five Safes crate to a newer profile version: the use case behind `fivesafes migrate`.
///
/// Edits go through ``ProvenanceDraft`` (``JSONDocumentEditor``), so every byte outside the changed entities and
/// `@context` stays as it was; the old metadata is kept as `ro-crate-metadata.json.bak` (``OutputFile``). A signed
/// bag is refused unless forced, since any edit breaks its signatures.
public struct CrateMigrator: Sendable {
    /// What to do besides the edits.
    public struct Options: Sendable {
        /// Report the changes without writing.
        public var dryRun = false
        /// Migrate a signed bag anyway (its signatures stop matching).
        public var force = false
        /// Keep the old metadata as `.bak`.
        public var backup = true
        /// `--to 1.0`: the working record's canonical identifier (a UUID URN is minted when nil).
        public var identifier: String?
        /// `--to 1.0`: the activity record IRI, `dct:isVersionOf` (a UUID URN is minted when nil).
        public var record: String?
        /// `--to 1.0`: the `dateCreated`/`datePublished` it adds (default: now; the CLI passes `SOURCE_DATE_EPOCH`).
        public var date: Date?

        /// Creates options.
        public init(
            dryRun: Bool = false, force: Bool = false, backup: Bool = true, identifier: String? = nil, record: String? = nil,
            date: Date? = nil
        ) {
            self.dryRun = dryRun
            self.force = force
            self.backup = backup
            self.identifier = identifier
            self.record = record
            self.date = date
        }
    }

    /// What a migration did.
    public struct Result: Sendable {
        /// The metadata file.
        public let metadataPath: String
        /// The version the crate declared (`0.4`, `0.5-DRAFT`); nil when it already declared the target.
        public let from: String?
        /// Every change, in the order made.
        public let changes: [MigrationChange]
        /// What the user still has to do (refresh a bag's manifests, re-sign, set executionType by hand).
        public let notes: [String]
        /// The backup of the old metadata, when one was written.
        public let backupPath: String?
        /// Whether the file was written.
        public let written: Bool
    }

    /// How messages name an option (default: its name, e.g. `record`); the CLI gives its flags (`--record`).
    public var settingName: @Sendable (Setting) -> String = { $0.rawValue }
    /// How notes name a command to run next (default: in words); the CLI gives its command lines.
    public var commandLine: @Sendable (CommandHint) -> String = { $0.description }

    /// Creates the use case.
    public init() {}

    /// Migrates the crate at a path (a crate folder, a bag folder, or a metadata file).
    ///
    /// - Throws: ``FiveSafesError``: `usage` for an `identifier`/`record` that is not an absolute IRI,
    ///   `unreadableInput` for a crate that is not a Five Safes crate of an older version, `writeFailure` for a
    ///   signed bag (without `force`) or a failed write.
    public func migrate(_ path: String, to target: MigrationTarget, options: Options = .init()) throws(FiveSafesError) -> Result {
        for (setting, value) in [(Setting.identifier, options.identifier), (.record, options.record)] {
            if let value, !Crate.isAbsoluteIRI(value) || value.contains(where: \.isWhitespace) {
                throw FiveSafesError(
                    .usage, "\(settingName(setting)) \(value) is not an absolute IRI (a UUID URN such as urn:uuid:… suffices)")
            }
        }
        let location = try ProvenanceTarget(path)
        let bytes = try location.readMetadata()
        let crate = try ProvenanceTarget.parse(bytes, path: location.metadataPath)
        let from: String?
        let to10 = MigrationTo10(
            crate: crate, identifier: options.identifier, record: options.record, now: CrateInitializer.timestamp(options.date))
        switch target {
        case .v05: from = try MigrationTo05(crate: crate).sourceVersion()
        case .v10: from = try to10.sourceVersion()
        }
        guard let from else {
            return Result(metadataPath: location.metadataPath, from: nil, changes: [], notes: [], backupPath: nil, written: false)
        }
        var notes: [String] = []
        if let bag = location.bagRoot {
            // The same refusal as every other writer of a bag (a dry run changes nothing, so it is not refused).
            let signatures = SignedBag.signatureFiles(in: bag)
            if !options.dryRun { _ = try SignedBag.checkChange(of: bag, "migrating the metadata", force: options.force) }
            notes.append(
                "the bag's manifests no longer match the metadata: run `\(commandLine(.refreshBag(bag)))`"
                    + (options.backup ? " after removing the .bak copy from data/" : ""))
            if !signatures.isEmpty { notes.append("the bag's signatures no longer match: sign it again (`fivesafes sign`)") }
        }
        var draft = try ProvenanceDraft(crate: crate, bytes: bytes)
        let edits = target == .v05 ? MigrationTo05(crate: crate).apply(to: &draft) : to10.apply(to: &draft)
        notes = edits.notes + notes
        guard !options.dryRun else {
            return Result(
                metadataPath: location.metadataPath, from: from, changes: edits.changes, notes: notes, backupPath: nil, written: false)
        }
        let backup = try OutputFile.write(
            draft.bytes(), to: location.metadataPath, backup: options.backup,
            inside: location.bagRoot ?? location.crateRoot)
        return Result(
            metadataPath: location.metadataPath, from: from, changes: edits.changes, notes: notes, backupPath: backup, written: true)
    }
}
