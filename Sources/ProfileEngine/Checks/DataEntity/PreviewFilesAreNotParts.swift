internal import JSONLD
internal import ROCrate

/// `ro-crate-preview.html` and `ro-crate-preview_files/` are not listed in any `hasPart` (RO-Crate 1.2).
///
/// Spec (RO-Crate 1.2, RO-Crate Website): "The ro-crate-preview.html file and the ro-crate-preview_files/
/// directory and any contents SHOULD NOT be included in the hasPart property of the Root Dataset or any
/// other Dataset entity within an RO-Crate." RO-Crate 1.1 says nothing about it, so 1.1 crates are not
/// checked. Fix: remove the reference from `hasPart` (the website may still be described as a
/// `CreativeWork` entity).
struct PreviewFilesAreNotParts: Check {
    static let name = "previewFilesAreNotParts"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.isROCrate12OrLater else { return [] }
        var findings: [Finding] = []
        for entity in crate.entities {
            entity.forEachValue("hasPart") { node, index in
                guard let id = node.referenceID, DataEntityScope.isURIPath(id),
                    DataEntityScope.isPreviewPath(DataEntityScope.payloadPath(of: id))
                else { return }
                findings.append(
                    Finding(
                        entity: entity.label, property: "hasPart", pointer: entity.pointer(to: "hasPart", index: index),
                        message: "`\(entity.label)` lists the RO-Crate Website file `\(id)` in `hasPart`"))
            }
        }
        return findings
    }
}
