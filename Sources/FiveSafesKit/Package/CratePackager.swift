internal import BagIt
internal import Foundation
internal import ROCrate

/// Packages a crate folder as a Five Safes BagIt bag in a ZIP (or a bag folder): the use case behind `zip`.
public struct CratePackager: Sendable {
    /// The options.
    public var options: PackageOptions

    /// Creates a packager.
    public init(options: PackageOptions = PackageOptions()) {
        self.options = options
    }

    /// Why packaging stopped before writing anything.
    public enum Refusal: Error, Sendable {
        /// The crate is invalid at the required level.
        case invalidCrate(ValidationReport)
        /// A tool-level failure.
        case failure(FiveSafesError)
    }

    /// Writes the crate in `crateDirectory` as a ZIP at `output`, or as a bag folder when `asBagFolder`.
    public func package(
        _ crateDirectory: String,
        to output: String,
        asBagFolder: Bool = false,
        progress: ((WorkProgress) -> Void)? = nil
    ) throws(Refusal) -> PackageResult {
        let report: ((BagProgress) -> Void)? = progress.map { callback in
            { callback(WorkProgress($0)) }
        }
        if Self.isBag(crateDirectory) { return try packageBag(crateDirectory, to: output, asBagFolder: asBagFolder) }
        try validateFirst(.directory(crateDirectory), named: crateDirectory)
        let payload = try listPayload(crateDirectory, excluding: output, leavingOutBackups: true)
        let bagOptions = bagOptions()
        do {
            if asBagFolder {
                let backup = try OutputFile.makeRoom(for: output, force: options.force)
                let summary = try BagPackager(options: bagOptions).writeDirectory(payload: payload, to: output, progress: report)
                return result(output, summary, backup: backup)
            }
            try OutputFile.refuseExisting(output, force: options.force)
            let temporary = OutputFile.temporaryPath(beside: output)
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            let bagName = options.bagName ?? Self.folderName(crateDirectory)
            let summary = try BagPackager(options: bagOptions).writeZip(payload: payload, bagName: bagName, to: temporary, progress: report)
            let backup = try OutputFile.commit(temporary, to: output, keepingBackup: true)
            return result(output, summary, backup: backup)
        } catch {
            throw Self.refusal(for: error, output: output)
        }
    }

    /// Validates the input unless `--no-validate`; an invalid crate (or bag) stops packaging before anything is written.
    func validateFirst(_ input: CrateInput, named name: String) throws(Refusal) {
        guard options.validate else { return }
        do {
            let report = try CrateValidator(options: ValidationOptions()).validate(input, named: name)
            if !report.isValid { throw Refusal.invalidCrate(report) }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw .failure(FiveSafesError(.invalidProfile, "\(error)"))
        }
    }

    /// A failure while writing, as a refusal naming the output (failures while writing the hidden temporary file
    /// are the output's).
    static func refusal(for error: any Error, output: String) -> Refusal {
        switch error {
        case let error as BagWriteError:
            let path = error.path.hasSuffix(TemporaryName.suffix) ? output : error.path
            let remedy: Remedy? = error.remedy.map { _ in .renameOrWriteBagFolder }
            return .failure(FiveSafesError(.writeFailure, error.reason, path: path, remedy: remedy))
        case let error as FiveSafesError:
            return .failure(error)
        default:
            return .failure(FiveSafesError(.writeFailure, "\(error)", path: output))
        }
    }

    private func result(_ output: String, _ summary: BagSummary, backup: String?) -> PackageResult {
        PackageResult(
            output: output,
            payloadOxum: summary.oxum.description,
            externalIdentifier: summary.info.values("External-Identifier").first ?? "",
            backup: backup,
            files: summary.oxum.count,
            bytes: summary.oxum.octets
        )
    }

    func bagOptions() -> BagOptions {
        let now = options.sourceDateEpoch ?? Int(Date().timeIntervalSince1970)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return BagOptions(
            externalIdentifier: options.externalIdentifier ?? "urn:uuid:" + UUID().uuidString.lowercased(),
            baggingDate: formatter.string(from: Date(timeIntervalSince1970: TimeInterval(now))),
            modified: now,
            softwareAgent: "fivesafes \(FiveSafesVersion.current) <https://w3id.org/5s-crate>",
            extraInfo: options.bagInfo,
            compression: options.compression.bagCompression,
            jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        )
    }

    /// The last component of a folder path (`.` resolved to the current folder's name).
    public static func folderName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let name = url.lastPathComponent
        return name.isEmpty || name == "/" ? "bag" : name
    }
}
