/// Something wrong with a bag or its ZIP, named by kind; the use-case layer maps kinds to rule ids.
public struct BagProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of problem, stable for mapping to rule ids.
    public enum Kind: String, Sendable, CaseIterable {
        case declarationMissing, declarationMalformed, declarationLabelCase, versionTooOld
        case infoMissing, infoMalformed, externalIdentifierMissing, externalIdentifierNotUUID, oxumMismatch
        case payloadManifestMissing, tagManifestMissing, manifestLineMalformed, manifestPathOutsidePayload
        case manifestDuplicatePath, manifestListsTagManifest, manifestedFileMissing, fileNotInManifest
        case checksumMismatch, tagManifestIncomplete, tagManifestListsPayload
        case metadataMissing, payloadEmpty, fetchPresent
        case zipTopLevel, zipUnsafePath, zipLinkOrDevice, zipDuplicateName, zipMethod, zipEncrypted, zipLimit
        case zipUnreadable, zipStructure, zipNameLimit
    }

    /// The kind.
    public var kind: Kind
    /// The file concerned, relative to the bag (or the archive entry name).
    public var file: String
    /// 1-based line in that file, when a line is at fault.
    public var line: Int?
    /// A sentence without a trailing period.
    public var message: String

    /// Creates a problem.
    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
