internal import BagIt
internal import FiveSafesDiagnostics
internal import ProfileEngine

/// Turns bag and ZIP problems into diagnostics with catalogue ids and levels.
///
/// Each kind of problem names candidate rule ids, most specific first (a Five Safes row, then the RO-Crate
/// row or tool rule it refines); the first id the applied profile has decides the rule and its level.
enum PackageFindings {
    static let candidates: [BagProblem.Kind: [String]] = [
        .declarationMissing: ["RC-BAG-02"],
        .declarationMalformed: ["FS-BAG-006"],
        .declarationLabelCase: ["RC-BAG-03"],
        .versionTooOld: ["5S-PKG-06", "FS-BAG-006"],
        .infoMissing: ["5S-PKG-09", "RC-BAG-07"],
        .infoMalformed: ["FS-BAG-007"],
        .externalIdentifierMissing: ["5S-PKG-09", "RC-BAG-07"],
        .externalIdentifierNotUUID: ["5S-PKG-10", "RC-BAG-07"],
        .oxumMismatch: ["FS-BAG-004"],
        .payloadManifestMissing: ["5S-PKG-03", "RC-BAG-04"],
        .tagManifestMissing: ["5S-PKG-04", "RC-BAG-06"],
        .manifestLineMalformed: ["FS-BAG-003"],
        .manifestPathOutsidePayload: ["FS-BAG-003"],
        .manifestDuplicatePath: ["FS-BAG-003"],
        .manifestListsTagManifest: ["FS-BAG-005"],
        .manifestedFileMissing: ["FS-BAG-002"],
        .fileNotInManifest: ["RC-BAG-05"],
        .checksumMismatch: ["FS-BAG-001"],
        .tagManifestIncomplete: ["FS-BAG-005"],
        .tagManifestListsPayload: ["FS-BAG-005"],
        .metadataMissing: ["RC-BAG-01"],
        .payloadEmpty: ["5S-PKG-07"],
        .fetchPresent: ["FS-BAG-008"],
        .zipTopLevel: ["5S-PKG-14", "FS-ZIP-006"],
        .zipUnsafePath: ["FS-ZIP-001"],
        .zipLinkOrDevice: ["FS-ZIP-002"],
        .zipDuplicateName: ["FS-ZIP-003"],
        .zipMethod: ["5S-PKG-15", "FS-ZIP-007"],
        .zipEncrypted: ["5S-PKG-15", "FS-ZIP-007"],
        .zipLimit: ["FS-ZIP-004"],
        .zipUnreadable: ["FS-ZIP-005"],
        .zipStructure: ["FS-ZIP-008"],
        .zipNameLimit: ["FS-ZIP-009"],
    ]

    /// `[FS-ZIP-008] ` for a problem's kind: its tool rule id, to lead messages of commands that refuse an input
    /// without a report (`zip --extract`, `sign --verify`, `inspect`).
    static func label(_ kind: BagProblem.Kind) -> String {
        candidates[kind]?.last.map { "[\($0)] " } ?? ""
    }

    /// Problems that stop validation: nothing trustworthy can be said about the rest.
    static let fatal: Set<BagProblem.Kind> = [.zipLimit, .zipUnreadable, .zipStructure, .zipNameLimit, .metadataMissing]

    /// Diagnostics for problems under the requirements in force (skipped ids and unknown kinds are dropped).
    static func diagnostics(_ problems: [BagProblem], under rows: StageFindings) -> [Diagnostic] {
        problems.compactMap { problem in
            guard let id = candidates[problem.kind].flatMap(rows.rule(among:)) else { return nil }
            return rows.diagnostic(id, problem.message, file: problem.file, line: problem.line, isFatal: fatal.contains(problem.kind))
        }
    }
}
