internal import BagIt
internal import CrateSigning
internal import Foundation
internal import ROCrate

/// Summarises a crate for a human reviewer: the use case behind `fivesafes inspect`.
///
/// Loads the input exactly as ``CrateValidator`` does (directory, metadata file, bag or ZIP, read in place),
/// then reads who asks, what runs, what happened in review and what leaves into a ``CrateSummary``.
public struct CrateInspector: Sendable {
    /// Creates an inspector.
    public init() {}

    /// The summary of an input.
    ///
    /// - Parameters:
    ///   - input: the resolved input.
    ///   - name: the path as the user gave it (shown in the summary).
    /// - Returns: the summary.
    /// - Throws: ``FiveSafesError`` (`unreadableInput`) when no crate can be read from the input.
    public func summary(of input: CrateInput, named name: String? = nil) throws(FiveSafesError) -> CrateSummary {
        let validator: CrateValidator
        do {
            validator = try CrateValidator(options: ValidationOptions())
        } catch {
            throw error
        }
        let loaded = validator.load(input)
        let (profile, version) = loaded.crate.map(validator.selectProfile) ?? validator.defaultProfile(for: input)
        let rows = StageFindings(
            requirements: validator.catalog.requirements(of: profile, version: version), profile: profile, version: version, skip: [])
        let problems = PackageFindings.diagnostics(loaded.packageProblems, under: rows)
        guard let crate = loaded.crate else {
            let reasons = loaded.diagnostics.map(\.message) + problems.map { "[\($0.rule)] \($0.message)" }
            throw FiveSafesError(.unreadableInput, reasons.isEmpty ? "no crate found" : reasons.joined(separator: "; "), path: name)
        }
        let kind: CrateSummary.InputKind
        let packageKind: CrateSummary.Package.Kind
        switch input {
        case .directory: (kind, packageKind) = (.directory, .none)
        case .metadataFile, .standardInput: (kind, packageKind) = (.metadata, .none)
        case .bag: (kind, packageKind) = (.bag, .bag)
        case .zip: (kind, packageKind) = (.zip, .zip)
        }
        let declared = crate.root?.references("conformsTo").first { version?.iri == $0 } ?? version?.iri
        var summary = CrateSummary.read(crate)
        summary.input = name ?? ""
        summary.inputKind = kind
        summary.profile = .init(id: profile.id, version: version?.label, iri: declared)
        summary.phase = RequestResultPhase.detect(in: crate)
        summary.payload = loaded.payload.map { payloadStatistics($0, crate: crate) }
        summary.package = CrateSummary.Package(
            kind: packageKind,
            status: packageKind == .none ? .notPackaged : (problems.isEmpty ? .ok : .problems),
            problems: problems.map { .init(rule: $0.rule, severity: $0.severity, message: $0.message, file: $0.location.file) }
        )
        // A signature that still matches a tag manifest the payload no longer matches vouches for nothing.
        let payloadChanged = problems.contains { Self.integrityRules.contains($0.rule) }
        summary.signatures = signatures(in: input).map { signature in
            var signature = signature
            if payloadChanged && signature.status == .intact { signature.status = .invalidated }
            return signature
        }
        return summary
    }

    /// Package findings that mean the payload or tag files differ from what the manifests (and so the signatures)
    /// cover: changed, missing or added files and a wrong `Payload-Oxum`.
    static let integrityRules: Set<String> = ["FS-BAG-001", "FS-BAG-002", "FS-BAG-004", "RC-BAG-05"]

    /// Files and bytes, in total and by media type (from the describing entity's `encodingFormat`, else the
    /// file name). The crate's own `ro-crate-preview.html` is left out: it is this page, not payload (RO-Crate keeps
    /// it out of `hasPart` too), and counting it would make a preview that can never agree with itself.
    func payloadStatistics(_ payload: PayloadIndex, crate: Crate) -> CrateSummary.Payload {
        var byType: [String: (files: Int, bytes: Int64)] = [:]
        let files = payload.files.filter { $0.key != CrateInitializer.previewName }
        for (path, size) in files {
            let entity = crate.entity(path) ?? crate.entity(CrateInitializer.fileID(path))
            let type = entity?.string("encodingFormat").flatMap { $0.contains("/") ? $0 : nil } ?? MediaTypes.type(forFileName: path)
            byType[type, default: (0, 0)].files += 1
            byType[type, default: (0, 0)].bytes = [byType[type, default: (0, 0)].bytes, size].saturatingSum
        }
        let counts = byType.map { CrateSummary.MediaTypeCount(mediaType: $0.key, files: $0.value.files, bytes: $0.value.bytes) }
            .sorted { $0.bytes == $1.bytes ? $0.mediaType < $1.mediaType : $0.bytes > $1.bytes }
        return CrateSummary.Payload(files: files.count, bytes: Array(files.values).saturatingSum, byMediaType: counts)
    }

    /// The files of a bag's `signatures/` folder (bags and bags in ZIPs only), each checked for integrity against
    /// the bag's `tagmanifest-sha512.txt` without any trust source: whether the tag manifest changed since signing.
    func signatures(in input: CrateInput) -> [CrateSummary.Signature] {
        let source: (any BagSource)?
        switch input {
        case .bag(let path): source = DirectoryBagSource(root: path)
        case .zip(let path): source = try? ZipBagSource(path: path, hash: false) { _ in nil }
        default: source = nil
        }
        guard let source else { return [] }
        let files = source.entries.filter { $0.kind == .file && $0.path.hasPrefix("signatures/") }
        guard !files.isEmpty else { return [] }
        let signed = try? source.contents(of: SignatureFileName.signedFile, limit: BagVerifier.tagFileLimit)
        let verifier = SignatureVerifier(trust: SignatureTrust())
        return files.map { entry in
            let lower = entry.path.lowercased()
            let format: CrateSummary.Signature.Format = lower.hasSuffix(".p7s") ? .cms : lower.hasSuffix(".sig") ? .ssh : .unknown
            let status: CrateSummary.Signature.Status
            if let signed, let signature = try? source.contents(of: entry.path, limit: BagVerifier.tagFileLimit) {
                switch verifier.verify(file: entry.path, signature: signature, content: signed).status {
                case .valid, .unchecked, .untrusted, .certificateRejected: status = .intact
                case .mismatch: status = .invalidated
                case .malformed: status = .unreadable
                }
            } else {
                status = signed == nil ? .invalidated : .unreadable
            }
            return CrateSummary.Signature(file: entry.path, format: format, bytes: entry.size, status: status)
        }.sorted { $0.file < $1.file }
    }
}
