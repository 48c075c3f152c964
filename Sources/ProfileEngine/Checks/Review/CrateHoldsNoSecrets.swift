internal import JSONLD
internal import ROCrate

/// The metadata and the payload hold no credentials or security tokens.
///
/// Spec (5s 0.4, Security considerations): the crate "SHOULD NOT include sensitive data or security tokens
/// within the metadata file or the BagIt archive (e.g. in configuration or log files)". Flags credential-named
/// properties (`password`, `apiKey`, `accessToken`, …) and credential-named `PropertyValue`s with a non-empty
/// value, and text shaped like a private key or a well-known token, in the metadata and in every text payload file
/// of any size (streamed, byte-level matchers; binary files are skipped, see ``PayloadSecretScan``). Messages never show the value. Fix: remove the secret (and revoke it); use a keychain or a token
/// that expires before publication.
struct CrateHoldsNoSecrets: EntityCheck {
    static let name = "crateHoldsNoSecrets"

    let subscription = EntitySubscription.everyEntity

    /// The payload files' findings (the entities' come from ``inspect(_:in:memo:into:)``).
    func crateFindings(in context: CheckContext) -> [Finding] { payloadFindings(context.payload) }

    func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
        let label = entity.label
        let credentialValue =
            SecretShapes.isCredentialName(entity.string("name") ?? "")
            || SecretShapes.isCredentialName(entity.id ?? "")
        for member in entity.object.members where !member.key.hasPrefix("@") {
            let named = SecretShapes.isCredentialName(member.key) || (credentialValue && member.key == "value")
            // A reference to a described entity is a link, not a secret: 0.5's `hasCredential` names credential
            // entities ({"@id": "#safe-researcher-training"}); its shapes are still scanned below.
            if named, Self.firstString(in: member.value, skippingReferences: true, where: { !$0.trimmingWhitespace().isEmpty }) != nil {
                findings.append(
                    Finding(
                        entity: label, property: member.key, pointer: entity.pointer.appending(member.key), offset: member.keyOffset,
                        message:
                            "the property `\(member.key)` of `\(label)` holds a value that looks like a credential (value not shown)"))
                continue
            }
            var kind: String?
            _ = Self.firstString(in: member.value) { text in
                kind = SecretStreamScanner.firstKind(inText: text)
                return kind != nil
            }
            if let kind {
                findings.append(
                    Finding(
                        entity: label, property: member.key, pointer: entity.pointer.appending(member.key), offset: member.keyOffset,
                        message: "the property `\(member.key)` of `\(label)` holds what looks like \(kind) (value not shown)"))
            }
        }
    }

    private func payloadFindings(_ payload: PayloadIndex?) -> [Finding] {
        guard let payload else { return [] }
        let paths = payload.files.keys.sorted().filter { $0 != "ro-crate-metadata.json" && $0 != "ro-crate-preview.html" }
        return PayloadSecretScan.kinds(of: paths, in: payload).enumerated().compactMap { index, kind in
            guard let kind else { return nil }
            let path = paths[index]
            return Finding(entity: path, message: "the payload file `\(path)` contains what looks like \(kind) (not shown)", file: path)
        }
    }

    /// The first string (depth first) in a value that `accepts`, visiting each one until then; no arrays are built,
    /// since this runs for every value of every entity.
    static func firstString(in node: JSONNode, skippingReferences: Bool = false, where accepts: (String) -> Bool) -> String? {
        switch node.value {
        case .string(let text): return accepts(text) ? text : nil
        case .array(let items):
            for item in items {
                if let found = firstString(in: item, skippingReferences: skippingReferences, where: accepts) { return found }
            }
            return nil
        case .object(let object):
            if skippingReferences, object.members.count == 1, object.members[0].key == "@id" { return nil }
            for member in object.members {
                if let found = firstString(in: member.value, skippingReferences: skippingReferences, where: accepts) { return found }
            }
            return nil
        default: return nil
        }
    }
}
