internal import JSONLD
internal import ROCrate

/// Web-based `File`s (absolute URI `@id`) have `contentSize` and `sdDatePublished`.
///
/// Spec (RO-Crate 1.2, Web-based Data Entities): "As files on the web may change, the timestamp property
/// sdDatePublished SHOULD be included to indicate when the absolute URL was accessed, and derived metadata
/// like encodingFormat and contentSize were considered to be representative". Whether the URL downloads
/// directly (no splash page) needs the network and is not checked. Fix: add
/// `"contentSize": "<bytes>", "sdDatePublished": "<ISO 8601 time of access>"`.
struct WebFilesHaveSizeAndAccessDate: EntityCheck {
    static let name = "webFilesHaveSizeAndAccessDate"

    let subscription = EntitySubscription.types(["File"])

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        guard context.isDataEntity(entity), !DataEntityScope.isLocal(entity) else { return }
        let id = entity.label
        for property in ["contentSize", "sdDatePublished"] where entity.values(property).isEmpty {
            findings.append(
                Finding(
                    entity: id, property: property, pointer: entity.pointer,
                    message: "the web-based file `\(id)` has no `\(property)`"))
        }
    }
}
