internal import Foundation
internal import JSONLD

extension CrateInitializer {
    /// The Five Safes 1.0 Working Draft's IRI for the core profile.
    static let profile10 = "https://w3id.org/5s-crate/1.0"

    /// A 1.0 working record (1.0-WD, Complete Example; Versioning and Snapshots): RO-Crate 1.3, the root with its
    /// canonical `identifier` and the activity record in `dct:isVersionOf`, neither `version` nor
    /// `pav:previousVersion`, `dateCreated` and `datePublished` both the creation time.
    ///
    /// The request is recorded as 1.0's Requests, Plans, and Execution ask: a `prov:Plan` (the intended work; it
    /// `mentions` the workflow and the input files) and its submission, a completed `AskAction` with the plan as its
    /// one object and the organisation as its one recipient. `PotentialActionStatus` is never written (1.0, Status).
    /// Ids follow the draft's example table when `--record` is an http(s) IRI (`…/current`, `…/plans/…`,
    /// `…/requests/…`), else UUID URNs, which "suffice". The root keeps `./` (the draft allows it; 1.0's tip: match
    /// references on `identifier`, not `@id`).
    ///
    /// The draft's examples write the root's `conformsTo` as a one-item array, which RO-Crate asks to drop the
    /// brackets of (RC-MD-10); the single value is written. Silent in the draft: where a request's recipient comes from (the organisation given with `--organization`
    /// is used, the one the 0.4 crate names as publisher), and whether submission belongs in the first working
    /// record (it does here: `init` makes the request; an execution only appears once work begins).
    func workingRecord(_ built: Built) -> JSONValue {
        let text = { (value: String?) in value?.trimmingCharacters(in: .whitespaces).nilIfEmpty }
        let name = text(options.name) ?? ""
        let organization = text(options.organization) ?? ""
        let record = text(options.record) ?? "urn:uuid:\(UUID().uuidString.lowercased())"
        let mint = { (kind: String) in
            Identifiers.isIRI(record, web: true)
                ? "\(record)/\(kind)\(kind == "current" ? "" : "/" + UUID().uuidString.lowercased())"
                : "urn:uuid:\(UUID().uuidString.lowercased())"
        }
        let (working, plan, request) = (mint("current"), mint("plans"), mint("requests"))
        let created = Self.timestamp(options.date)
        let workflowName = built.workflow.map { text(options.workflowName) ?? Self.workflowName($0) }
        let inputFiles = built.parameters.compactMap { $0.file.map(Self.fileID) }
        let description =
            text(options.description) ?? "Five Safes activity record: \(name)" + (workflowName.map { ", running \($0)" } ?? "") + "."
        let planName = text(options.runName) ?? "Plan: " + (workflowName.map { "run \($0)" } ?? name)
        var graph: [JSONValue] = [
            .orderedObject([
                ("@id", .string(Self.metadataName)), ("@type", .string("CreativeWork")),
                ("about", ref("./")), ("conformsTo", ref("https://w3id.org/ro/crate/1.3")),
            ]),
            .orderedObject(
                [
                    ("@id", .string("./")), ("@type", .string("Dataset")), ("conformsTo", ref(Self.profile10)),
                    ("identifier", ref(working)), ("dct:isVersionOf", ref(record)), ("name", .string(name)),
                    ("description", .string(description)), ("dateCreated", .string(created)), ("datePublished", .string(created)),
                    ("license", ref(built.licence.id)), ("publisher", ref(organization)),
                ]
                    + (built.workflow == nil && built.files.isEmpty
                        ? [] : [("hasPart", refs((built.workflow.map { [$0] } ?? []) + built.files.map { Self.fileID($0.path) }))])
                    + [("mentions", refs([request]))]
            ),
            .orderedObject([
                ("@id", .string(Self.profile10)), ("@type", .list([.string("CreativeWork"), .string("Profile")])),
                ("name", .string("Five Safes RO-Crate profile")), ("version", .string("1.0")),
            ]),
            .orderedObject([
                ("@id", .string(record)), ("@type", .string("CreativeWork")),
                ("name", .string("Activity record: \(name)")),
                ("description", .string("The activity record every representation of this RO-Crate is a version of.")),
            ]),
            .orderedObject([
                ("@id", .string(built.licence.id)), ("@type", .string("CreativeWork")),
                ("name", .string(built.licence.name)), ("description", .string(built.licence.description)),
            ]),
            .orderedObject(
                [("@id", .string(plan)), ("@type", .list([.string("CreativeWork"), .string("prov:Plan")])), ("name", .string(planName))]
                    + (built.workflow == nil && inputFiles.isEmpty
                        ? [] : [("mentions", refs((built.workflow.map { [$0] } ?? []) + inputFiles))])
            ),
            .orderedObject([
                ("@id", .string(request)), ("@type", .list([.string("AskAction"), .string("prov:Activity")])),
                ("name", .string("Submit \(planName)")), ("agent", ref(built.orcid)), ("object", ref(plan)),
                ("recipient", ref(organization)), ("endTime", .string(created)),
                ("actionStatus", ref("http://schema.org/CompletedActionStatus")),
            ]),
            .orderedObject([
                ("@id", .string(built.orcid)), ("@type", .string("Person")), ("name", .string(text(options.agentName) ?? "")),
                ("affiliation", ref(organization)),
            ]),
            .orderedObject([
                ("@id", .string(organization)), ("@type", .string("Organization")),
                ("name", .string(text(options.organizationName) ?? "")),
                ("url", .string(text(options.organizationURL) ?? organization)),
            ]),
        ]
        if let workflow = built.workflow, let workflowName {
            if let download = built.download {
                graph += Self.workflowEntities(workflow, name: workflowName, download: download)
            } else {
                graph.append(.orderedObject([("@id", .string(workflow)), ("@type", .string("Dataset")), ("name", .string(workflowName))]))
            }
        }
        graph += built.files.map { Self.fileEntity($0.path, size: $0.size, parameter: nil) }
        return .orderedObject([("@context", .list([.string("https://w3id.org/ro/crate/1.3/context")])), ("@graph", .list(graph))])
    }
}
