internal import BagIt
internal import CrateSigning
internal import Foundation

extension CrateSigner {
    /// A bag opened for signing or verification: its verification, tag manifest and signature files.
    struct OpenedBag {
        /// The ZIP's bag folder (`request/`), or nil for a bag folder on disk.
        var zipPrefix: String?
        var verification: BagVerification
        /// Archive-level problems (ZIPs).
        var archiveProblems: [BagProblem]
        var tagManifest: [UInt8]?
        /// Signature files (bag-relative path, bytes), in name order.
        var signatures: [(path: String, bytes: [UInt8])]

        var problems: [BagProblem] { archiveProblems + verification.problems }
    }

    /// Largest signature file read.
    static let signatureLimit = 1 << 20

    /// Opens a bag folder or a ZIP holding one, verifying manifests and (unless `checksums` is false) every checksum;
    /// `progress` hears of the hashing.
    static func open(
        _ path: String, checksums: Bool = true, limits: ArchiveLimits = ArchiveLimits(), progress: (@Sendable (WorkProgress) -> Void)? = nil
    ) throws(FiveSafesError) -> OpenedBag {
        var report: (@Sendable (BagProgress) -> Void)?
        if let progress {
            report = { @Sendable (done: BagProgress) in
                progress(WorkProgress(done))
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FiveSafesError(.unreadableInput, "no such file or directory", path: path)
        }
        let source: any BagSource
        var zipPrefix: String?
        var archiveProblems: [BagProblem] = []
        if isDirectory.boolValue {
            guard FileManager.default.fileExists(atPath: path + "/bagit.txt") else {
                throw FiveSafesError(
                    .unreadableInput, "is not a BagIt bag (no bagit.txt); package the crate with `fivesafes zip` first", path: path)
            }
            var directory = DirectoryBagSource(root: path)
            directory.progress = report
            source = directory
        } else {
            let zip: ZipBagSource
            do {
                zip = try ZipBagSource(
                    path: path, limits: limits, hash: checksums,
                    keep: { name in
                        ZipBagSource.defaultKeep(name) ?? (name.contains("/\(SignatureFileName.folder)/") ? signatureLimit : nil)
                    }, progress: report)
            } catch {
                throw FiveSafesError(.unreadableInput, "not a readable ZIP: \(error.reason)", path: path)
            }
            if zip.isTruncated {
                throw FiveSafesError(
                    .unreadableInput, zip.problems.map { PackageFindings.label($0.kind) + $0.description }.joined(separator: "; "),
                    path: path)
            }
            zipPrefix = zip.bagPrefix
            archiveProblems = zip.problems
            source = zip
        }
        let verification = BagVerifier(checksums: checksums).verify(source)
        let tagManifest = try? source.contents(of: SignatureFileName.signedFile, limit: BagVerifier.tagFileLimit)
        var signatures: [(String, [UInt8])] = []
        for entry in source.entries where entry.kind == .file && SignatureFileName.isSignature(entry.path) {
            let bytes = (try? source.contents(of: entry.path, limit: signatureLimit)) ?? []
            signatures.append((entry.path, bytes))
        }
        return OpenedBag(
            zipPrefix: zipPrefix,
            verification: verification,
            archiveProblems: archiveProblems,
            tagManifest: tagManifest,
            signatures: signatures.sorted { $0.0 < $1.0 }
        )
    }

    /// Problems that make a bag unfit to sign: a signature over it would vouch for contents that do not match.
    static let unsignable: Set<BagProblem.Kind> = [
        .declarationMissing, .payloadManifestMissing, .tagManifestMissing, .manifestLineMalformed,
        .manifestPathOutsidePayload, .manifestDuplicatePath, .manifestedFileMissing, .fileNotInManifest,
        .checksumMismatch, .tagManifestIncomplete, .zipUnsafePath, .zipLinkOrDevice, .zipDuplicateName,
        .zipEncrypted, .zipLimit, .zipUnreadable, .zipStructure, .zipNameLimit,
    ]

    /// Writes a new file into a bag folder atomically (temporary file beside it, fsync, link); never replaces, and
    /// never writes through a symbolic link inside the bag.
    static func writeNew(_ bytes: [UInt8], to path: String, inside bag: String) throws(FiveSafesError) {
        // `OutputFile.write` refuses a link on the way before anything is written; mkdir of a linked folder only
        // reports that it exists.
        let folder = (path as NSString).deletingLastPathComponent
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw FiveSafesError(.writeFailure, "cannot create the folder: \(String(cString: strerror(errno)))", path: folder)
        }
        try OutputFile.write(bytes, to: path, replace: false, inside: bag)
    }
}
