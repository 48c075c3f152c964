internal import Foundation
internal import JSONLD
internal import ROCrate

/// The contextual and data entities the phase actions point to: agents, the TRE, instruments, results.
extension ProvenanceRecorder {
    /// Describes a new agent (and the TRE it acts for); gives an existing software agent its missing `provider`.
    func ensureAgent(_ request: ProvenanceRequest, _ agent: String, into draft: inout ProvenanceDraft) {
        if let tre = request.tre {
            var organization = JSONObject.ordered([
                ("@id", .string(tre)), ("@type", .string("Organization")),
                ("name", .string(request.treName ?? tre)),
            ])
            if Self.isWeb(tre) { organization.set("url", .string(tre)) }
            draft.ensure(organization)
        }
        if let existing = draft.object(agent) {
            let types = existing["@type"].map { $0.value.arrayValue?.compactMap(\.value.stringValue) ?? [$0.value.stringValue ?? ""] } ?? []
            if types.contains("SoftwareApplication"), existing["provider"] == nil, let tre = request.tre {
                draft.update(agent) { $0.set("provider", .reference(tre)) }
            }
            return
        }
        let kind = request.agentKind ?? (request.agentVersion != nil ? .software : agent == request.tre ? .organization : .person)
        var object = JSONObject.ordered([("@id", .string(agent))])
        switch kind {
        case .person:
            object.set("@type", .string("Person"))
            object.set("name", .string(request.agentName ?? agent))
            if let tre = request.tre { object.set("affiliation", .reference(tre)) }
        case .organization:
            object.set("@type", .string("Organization"))
            object.set("name", .string(request.agentName ?? request.treName ?? agent))
            if Self.isWeb(agent) { object.set("url", .string(agent)) }
        case .software:
            object.set("@type", .string("SoftwareApplication"))
            object.set("name", .string(request.agentName ?? agent))
            if let url = request.agentURL ?? (Self.isWeb(agent) ? agent : nil) { object.set("url", .string(url)) }
            if let version = request.agentVersion { object.set("version", .string(version)) }
            if let tre = request.tre { object.set("provider", .reference(tre)) }
            // 0.5's Software Author Attribution asks every SoftwareApplication for its author (5S-SW-01); the TRE's
            // own review software is taken to be the TRE's work. Edit `author` when someone else made it.
            if let tre = request.tre, FiveSafesTerms.declares05(draft.crate) { object.set("author", .reference(tre)) }
        }
        draft.ensure(object)
    }

    /// Describes a new instrument: the SHA-512 `DefinedTerm`, the profile, or an agreement policy `CreativeWork`.
    func ensureInstrument(_ iri: String, phase: LifecyclePhase, name: String?, into draft: inout ProvenanceDraft) {
        guard !draft.contains(iri) else { return }
        let object: JSONObject
        if iri == Self.sha512 {
            object = .ordered([("@id", .string(iri)), ("@type", .string("DefinedTerm")), ("name", .string(name ?? "sha-512 algorithm"))])
        } else if phase == .validate {
            object = .ordered([
                ("@id", .string(iri)), ("@type", .list([.string("CreativeWork"), .string("Profile")])),
                ("name", .string(name ?? "Five Safes RO-Crate profile")),
            ])
        } else {
            let type = phase == .check || phase == .publish ? "DefinedTerm" : "CreativeWork"
            let fallback = phase == .signOff ? "Agreement policy" : iri
            object = .ordered([("@id", .string(iri)), ("@type", .string(type)), ("name", .string(name ?? fallback))])
        }
        draft.ensure(object)
    }

    /// The unpacked workflow folder of a retrieval (`--result DIR`): a `Dataset` that is `sameAs` the main entity
    /// and has the download as `distribution`, with its files as parts.
    func retrievedFolder(
        _ request: ProvenanceRequest, download: JSONObject, into draft: inout ProvenanceDraft, target: ProvenanceTarget
    ) throws(FiveSafesError) -> String? {
        guard let path = request.results.first else { return nil }
        guard request.results.count == 1 else {
            throw FiveSafesError(.usage, "retrieve takes one \(settingName(.result)): the unpacked workflow folder")
        }
        let (id, absolute, isDirectory) = try resolveResult(path, target: target)
        guard isDirectory else {
            throw FiveSafesError(.usage, "the retrieved workflow (\(settingName(.result)) \(path)) must be the folder it was unpacked into")
        }
        let crate = draft.crate
        let workflow = crate.mainEntityIDs.first
        let workflowEntity = workflow.flatMap(crate.entity)
        var folder = JSONObject.ordered([
            ("@id", .string(id)), ("@type", .string("Dataset")),
            ("name", .string((workflowEntity?.string("name")).map { "\($0) (retrieved copy)" } ?? "Retrieved workflow RO-Crate")),
        ])
        if let workflow { folder.set("sameAs", .reference(workflow)) }
        if let object = download["object"]?.referenceID { folder.set("distribution", .reference(object)) }
        let profiles = (workflowEntity?.references("conformsTo") ?? []) + ["https://w3id.org/ro/crate"]
        folder.set("conformsTo", JSONValue.references(profiles))
        if !draft.contains(id) {
            folder.set("description", .string("The Workflow RO-Crate as retrieved by the TRE and unpacked for execution."))
            let parts = describeFolderFiles(
                id: id, absolute: absolute, description: "Part of the retrieved Workflow RO-Crate.", into: &draft)
            if !parts.isEmpty { folder.set("hasPart", JSONValue.references(parts)) }
            draft.put(folder)
        }
        return id
    }

    /// Describes a result file (`File` with `contentSize`, `encodingFormat`) or folder (`Dataset` with its files).
    func describeResult(_ path: String, into draft: inout ProvenanceDraft, target: ProvenanceTarget) throws(FiveSafesError) -> String {
        let (id, absolute, isDirectory) = try resolveResult(path, target: target)
        guard !draft.contains(id) else { return id }
        if isDirectory {
            var folder = JSONObject.ordered([
                ("@id", .string(id)), ("@type", .string("Dataset")),
                ("name", .string((absolute as NSString).lastPathComponent)),
                ("description", .string("Workflow results folder.")),
            ])
            let parts = describeFolderFiles(id: id, absolute: absolute, description: "Workflow result.", into: &draft)
            if !parts.isEmpty { folder.set("hasPart", JSONValue.references(parts)) }
            draft.put(folder)
        } else {
            draft.put(Self.fileEntity(id, absolute: absolute, description: "Workflow result."))
        }
        return id
    }

    func describeFolderFiles(id: String, absolute: String, description: String, into draft: inout ProvenanceDraft) -> [String] {
        let listing = DirectoryScanner().scan(absolute)
        return listing.files.keys.sorted().map { relative in
            let fileID = id + relative
            draft.ensure(Self.fileEntity(fileID, absolute: absolute + "/" + relative, description: description))
            return fileID
        }
    }

    static func fileEntity(_ id: String, absolute: String, description: String) -> JSONObject {
        let size = (try? FileManager.default.attributesOfItem(atPath: absolute)[.size] as? NSNumber)?.int64Value ?? 0
        return .ordered([
            ("@id", .string(id)), ("@type", .string("File")), ("name", .string((absolute as NSString).lastPathComponent)),
            ("description", .string(description)), ("contentSize", .string(String(size))),
            ("encodingFormat", .string(mediaType(of: absolute))),
        ])
    }

    /// A result path as a crate-relative `@id` (folders end in `/`); it must exist inside the crate.
    func resolveResult(_ path: String, target: ProvenanceTarget) throws(FiveSafesError) -> (id: String, absolute: String, isDirectory: Bool)
    {
        let root = URL(fileURLWithPath: target.crateRoot).standardizedFileURL.resolvingSymlinksInPath().path
        let candidates = path.hasPrefix("/") ? [path] : [root + "/" + path, FileManager.default.currentDirectoryPath + "/" + path]
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { continue }
            let absolute = URL(fileURLWithPath: candidate).standardizedFileURL.resolvingSymlinksInPath().path
            guard absolute.hasPrefix(root + "/") else {
                throw FiveSafesError(
                    .usage, "\(settingName(.result)) \(path) is outside the crate; copy it under the crate (e.g. outputs/) first")
            }
            let relative = String(absolute.dropFirst(root.count + 1))
            guard relative != "ro-crate-metadata.json" else {
                throw FiveSafesError(.usage, "\(settingName(.result)) cannot be the metadata file")
            }
            return (isDirectory.boolValue ? relative + "/" : relative, absolute, isDirectory.boolValue)
        }
        throw FiveSafesError(.usage, "\(settingName(.result)) \(path) does not exist in the crate folder \(target.crateRoot)")
    }

    static func isWeb(_ iri: String) -> Bool { iri.hasPrefix("https://") || iri.hasPrefix("http://") }

    /// A media type from the file name's extension.
    static func mediaType(of path: String) -> String {
        let types = [
            "csv": "text/csv", "tsv": "text/tab-separated-values", "txt": "text/plain", "md": "text/markdown", "json": "application/json",
            "jsonld": "application/ld+json", "html": "text/html", "xml": "application/xml", "pdf": "application/pdf", "png": "image/png",
            "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml", "zip": "application/zip", "gz": "application/gzip",
            "cwl": "application/yaml", "yaml": "application/yaml", "yml": "application/yaml", "log": "text/plain",
            "parquet": "application/vnd.apache.parquet",
        ]
        return types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
