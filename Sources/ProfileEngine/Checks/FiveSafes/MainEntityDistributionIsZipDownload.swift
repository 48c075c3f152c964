internal import JSONLD
internal import ROCrate

/// Each `distribution` of the mainEntity is described as a `DataDownload` with `encodingFormat` `application/zip`.
///
/// Spec (5s 0.4, Referencing a Workflow Crate, example): the mainEntity "references the ZIP download URI using
/// `distribution`", described as `{"@type": "DataDownload", "encodingFormat": "application/zip"}`.
/// Fix: describe the distribution entity that way.
struct MainEntityDistributionIsZipDownload: Check {
    static let name = "mainEntityDistributionIsZipDownload"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        // Five Safes 0.5: only a workflow execution context has a Workflow RO-Crate to download.
        guard crate.runsWorkflow else { return [] }
        return crate.mainEntityIDs.compactMap(crate.entity).flatMap { main in
            main.locatedValues("distribution").compactMap { node, pointer in
                let id = node.referenceID ?? node.value.stringValue
                if let id, let download = crate.entity(id), crate.hasType(download, "DataDownload"),
                    download.strings("encodingFormat").contains("application/zip")
                {
                    return nil
                }
                return Finding(
                    entity: main.label,
                    property: "distribution",
                    pointer: pointer,
                    message:
                        "the distribution `\(RunRequestSupport.text(node))` of the mainEntity `\(main.label)` is not described as a DataDownload with encodingFormat application/zip"
                )
            }
        }
    }
}
