internal import BagIt

/// `zip --extract` and `zip --refresh`: the bag operations on existing packages.
public struct BagMaintenance: Sendable {
    /// Creates the use case.
    public init() {}

    /// Extracts an untrusted ZIP into a new folder, safely (see the BagIt module's `SafeExtractor`).
    ///
    /// - Returns: files and bytes written.
    public func extract(_ archive: String, to target: String, maxSize: Int64, maxFiles: Int) throws(FiveSafesError) -> (files: Int, bytes: Int64) {
        do {
            let result = try SafeExtractor(limits: ArchiveLimits(maxSize: maxSize, maxFiles: maxFiles)).extract(archive, to: target)
            return (result.files, result.bytes)
        } catch let problem as BagProblem {
            // Entry names come from the archive: escape control characters before they reach a terminal.
            let message = TerminalText.printable(problem.message)
            throw FiveSafesError(.unreadableInput, "refused: \(PackageFindings.label(problem.kind))\(message); nothing was extracted", path: archive)
        } catch let error as BagWriteError {
            throw FiveSafesError(.writeFailure, "cannot write: \(error.reason); nothing was extracted", path: TerminalText.printable(error.path))
        } catch let error as BagReadError {
            let entry = error.path == archive ? "" : "the entry `\(TerminalText.printable(error.path))` cannot be read: "
            throw FiveSafesError(.unreadableInput, "\(entry)\(error.reason); nothing was extracted", path: archive)
        } catch {
            throw FiveSafesError(.unreadableInput, "\(error); nothing was extracted", path: archive)
        }
    }

    /// Rewrites a bag folder's manifests and `Payload-Oxum` after its payload changed.
    public func refresh(_ bag: String, jobs: Int?) throws(FiveSafesError) -> (files: Int, bytes: Int64) {
        do {
            let summary = try BagRefresher(jobs: jobs).refresh(bag)
            return (summary.oxum.count, summary.oxum.octets)
        } catch let problem as BagProblem {
            throw FiveSafesError(.unreadableInput, problem.message, path: bag)
        } catch let error as BagWriteError {
            throw FiveSafesError(.writeFailure, error.reason, path: error.path)
        } catch {
            throw FiveSafesError(.unreadableInput, "\(error)", path: bag)
        }
    }
}
