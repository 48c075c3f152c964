internal import BagIt
internal import Foundation

extension CratePackager {
    /// Whether a folder is a bag (`bagit.txt`, no crate of its own at the top), which `zip` packages as it is.
    public static func isBag(_ directory: String) -> Bool {
        if case .bag = (try? CrateInput.resolve(directory, standardInput: { [] })) { return true }
        return false
    }

    /// Writes an existing bag folder into a ZIP as it is: validated first (its crate and its manifests, unless
    /// `--no-validate`), then every file copied byte for byte under one top-level folder, signatures included.
    /// Manifests are never recomputed here: after changing the payload, `zip --refresh BAG` first.
    func packageBag(_ bag: String, to output: String, asBagFolder: Bool) throws(Refusal) -> PackageResult {
        if asBagFolder {
            throw .failure(
                FiveSafesError(.usage, "is already a bag folder", path: bag, remedy: .zipTheBagOrCopyIt)
            )
        }
        try validateFirst(.bag(bag), named: bag)
        let files = try listPayload(bag, excluding: output, leavingOutBackups: false)
        let info = BagInfo(
            parsing: files.first { $0.path == "bag-info.txt" }.flatMap { FileManager.default.contents(atPath: $0.source) }.map(Array.init)
                ?? []
        )
        let payload = files.filter { $0.path.hasPrefix("data/") }
        do {
            try OutputFile.refuseExisting(output, force: options.force)
            let temporary = OutputFile.temporaryPath(beside: output)
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            let bagName = options.bagName ?? Self.folderName(bag)
            _ = try BagPackager(options: bagOptions()).writeZip(existingBag: files, bagName: bagName, to: temporary)
            let backup = try OutputFile.commit(temporary, to: output, keepingBackup: true)
            return PackageResult(
                output: output,
                payloadOxum: info.values("Payload-Oxum").first ?? "",
                externalIdentifier: info.values("External-Identifier").first ?? "",
                backup: backup,
                files: payload.count,
                bytes: payload.reduce(0) { $0 + $1.size }
            )
        } catch {
            throw Self.refusal(for: error, output: output)
        }
    }
}
