internal import JSONLD
internal import ROCrate

/// Properties refer to described entities with `{"@id": …}`, not with a string that happens to be their `@id`.
///
/// Spec (RO-Crate 1.2, Common principles for RO-Crate entities): "Property references to other entities (e.g.
/// `author` property to a `Person` entity) MUST use the `{ "@id": "..."}` object form". A plain string is a
/// literal in JSON-LD, so the link is lost. That sentence is RO-Crate 1.2's; RO-Crate 1.1 says the root's
/// `license` "MAY have a URI" instead of a contextual entity, so in crates declaring 1.1 or earlier a URI
/// string as the root's `license` is not reported. Fix: `"author": {"@id": "#alice"}` instead of
/// `"author": "#alice"`.
struct ReferencesUseIDObjects: EntityCheck {
    static let name = "referencesUseIDObjects"

    /// Properties whose values are text, numbers, dates or URLs as literals: a string that equals an `@id`
    /// there is data, not a reference.
    static let literalProperties: Set<String> = [
        "name", "alternateName", "description", "disambiguatingDescription", "abstract", "headline", "text",
        "caption", "creditText", "identifier", "url", "contentUrl", "embedUrl", "downloadUrl", "installUrl",
        "codeRepository", "discussionUrl", "thumbnailUrl", "value", "propertyID", "unitCode",
        "unitText", "termCode", "actionStatus", "startTime", "endTime", "datePublished", "dateCreated",
        "dateModified", "sdDatePublished", "temporalCoverage", "version", "softwareVersion", "schemaVersion",
        "encodingFormat", "fileFormat", "contentSize", "sha256", "sha512", "md5", "email", "telephone",
        "faxNumber", "contactType", "keywords", "givenName", "familyName", "additionalName", "honorificPrefix",
        "honorificSuffix", "jobTitle", "localPath", "memoryRequirements", "processorRequirements",
        "storageRequirements", "runtimePlatform", "position", "copyrightNotice",
        "copyrightYear", "conditionsOfAccess", "accessMode", "endDate", "startDate", "foundingDate", "birthDate",
        "deathDate", "expires", "uploadDate",
    ]

    let subscription = EntitySubscription.everyEntity

    /// Whether the root's `license` may be a URI string (before RO-Crate 1.2), and which entity is the root.
    struct Memo {
        let rootLicenseMayBeURI: Bool
        let rootIndex: Int?
    }

    func makeMemo(in context: CheckContext) -> Memo {
        let crate = context.crate
        return Memo(rootLicenseMayBeURI: crate.roCrateVersion != nil && !crate.isROCrate12OrLater, rootIndex: crate.root?.index)
    }

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Memo, into findings: inout [Finding]) {
        let crate = context.crate
        let (rootLicenseMayBeURI, rootIndex) = (memo.rootLicenseMayBeURI, memo.rootIndex)
        for member in entity.object.members where !member.key.hasPrefix("@") {
            entity.forEachValue(of: member) { node, index in
                // Cheapest tests first: most values are references or text of literal properties.
                guard let text = node.value.stringValue, !Self.literalProperties.contains(member.key), text != entity.id,
                    !(rootLicenseMayBeURI && member.key == "license" && entity.index == rootIndex), crate.entity(text) != nil
                else { return }
                findings.append(
                    Finding(
                        entity: entity.label,
                        property: member.key,
                        pointer: entity.pointer(to: member.key, index: index),
                        offset: node.offset,
                        message:
                            "`\(member.key)` of `\(entity.label)` refers to `\(text)` with a string; use {\"@id\": \"\(text)\"}",
                        fix: "Write \"\(member.key)\": {\"@id\": \"\(text)\"}"
                    ))
            }
        }
    }
}
