internal import BagIt

/// `zip --extract` and `zip --refresh`: the bag operations on existing packages.
public struct BagMaintenance: Sendable {
    /// Creates the use case.
    public init() {}

    /// Extracts an untrusted ZIP into a new folder, safely (see the BagIt module's `SafeExtractor`).
    ///
    /// - Returns: files and bytes written.
    public func extract(
        _ archive: String, to target: String, maxSize: Int64, maxFiles: Int, progress: ((WorkProgress) -> Void)? = nil
    ) throws(FiveSafesError) -> (files: Int, bytes: Int64) {
        do {
            let report = progress.map { report in { (done: BagProgress) in report(WorkProgress(done)) } }
            let result = try SafeExtractor(limits: ArchiveLimits(maxSize: maxSize, maxFiles: maxFiles))
                .extract(archive, to: target, progress: report)
            return (result.files, result.bytes)
        } catch let problem as BagProblem {
            // Entry names come from the archive: escape control characters before they reach a terminal.
            let message = TerminalText.printable(problem.message)
            throw FiveSafesError(
                .unreadableInput, "refused: \(PackageFindings.label(problem.kind))\(message); nothing was extracted", path: archive)
        } catch let error as BagWriteError {
            throw FiveSafesError(
                .writeFailure, "cannot write: \(error.reason); nothing was extracted", path: TerminalText.printable(error.path))
        } catch let error as BagReadError {
            let entry = error.path == archive ? "" : "the entry `\(TerminalText.printable(error.path))` cannot be read: "
            throw FiveSafesError(.unreadableInput, "\(entry)\(error.reason); nothing was extracted", path: archive)
        } catch {
            throw FiveSafesError(.unreadableInput, "\(error); nothing was extracted", path: archive)
        }
    }

    /// What `zip --refresh` did.
    public struct Refresh: Sendable {
        /// Payload files and bytes now listed.
        public var files: Int
        /// Payload bytes.
        public var bytes: Int64
        /// `contentSize` values of the bag's crate brought in step with the files.
        public var sizes: [ContentSizeRefresher.Change]
        /// The warning to print when `force` let a signed bag be changed.
        public var warning: String?
        /// Notes for the user (a preview fivesafes did not make, left as it is).
        public var notes: [String]
    }

    /// Brings a bag folder in step with its payload: the `contentSize` of changed files in `data/`'s metadata and the
    /// preview (when there is one) first, then the manifests and `Payload-Oxum`. A signed bag is refused unless
    /// `force` (new manifests invalidate its signatures).
    public func refresh(_ bag: String, jobs: Int?, force: Bool = false) throws(FiveSafesError) -> Refresh {
        let warning = try SignedBag.checkChange(of: bag, "refreshing the manifests", force: force)
        let (sizes, preview) = try refreshCrate(in: bag)
        do {
            let summary = try BagRefresher(jobs: jobs).refresh(bag)
            return Refresh(
                files: summary.oxum.count, bytes: summary.oxum.octets, sizes: sizes, warning: warning,
                notes: preview.note.map { [$0] } ?? [])
        } catch let problem as BagProblem {
            throw FiveSafesError(.unreadableInput, problem.message, path: bag)
        } catch let error as BagWriteError {
            throw FiveSafesError(.writeFailure, error.reason, path: error.path)
        } catch {
            throw FiveSafesError(.unreadableInput, "\(error)", path: bag)
        }
    }

    /// The crate in `data/`, when there is one: stale `contentSize`s refreshed and the preview rewritten.
    private func refreshCrate(in bag: String) throws(FiveSafesError) -> ([ContentSizeRefresher.Change], CratePreview.Refresh) {
        guard let target = try? ProvenanceTarget(bag), target.bagRoot != nil else { return ([], .none) }
        let bytes = try target.readMetadata()
        let files = DirectoryScanner().scan(target.crateRoot).files
        let (edited, changes) = ContentSizeRefresher().refresh(bytes, files: files)
        if !changes.isEmpty { try target.writeMetadata(edited) }
        return (changes, try CratePreview.refresh(target.crateRoot, inside: bag))
    }
}
