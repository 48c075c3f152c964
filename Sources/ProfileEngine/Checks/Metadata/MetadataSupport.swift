internal import JSONLD
internal import ROCrate

/// Helpers shared by the checks of the metadata document, descriptor, root and profiles (RC-MD, RC-DESC,
/// RC-ROOT, RC-PROF).
enum MetadataSupport {
    /// The JSON-LD 1.0 keywords.
    static let keywords: Set<String> = [
        "@context", "@id", "@value", "@language", "@type", "@container", "@list", "@set", "@reverse", "@index",
        "@base", "@vocab", "@graph",
    ]

    /// URI schemes whose IRIs have no `//` authority but are still absolute (`urn:uuid:…`, `mailto:…`).
    private static let opaqueSchemes: Set<String> = ["urn", "tag", "info", "mailto", "did", "doi", "data", "arcp"]

    /// Whether a string is an absolute IRI: a scheme followed by `://`, or one of the opaque schemes.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        if rest.hasPrefix("//") { return rest.count > 2 }
        return opaqueSchemes.contains(scheme.lowercased()) && !rest.isEmpty
    }

    /// The version of an RO-Crate context IRI (`https://w3id.org/ro/crate/1.2/context` → `1.2`), or nil.
    static func roCrateContextVersion(_ iri: String) -> String? {
        for prefix in ["https://w3id.org/ro/crate/", "http://w3id.org/ro/crate/"] where iri.hasPrefix(prefix) {
            let parts = iri.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 2, parts[1] == "context", !parts[0].isEmpty { return String(parts[0]) }
        }
        return nil
    }

    /// Whether an IRI is a versioned RO-Crate specification permalink (`https://w3id.org/ro/crate/1.2`).
    static func isVersionedROCratePermalink(_ iri: String) -> Bool {
        guard iri.hasPrefix("https://w3id.org/ro/crate/") else { return false }
        return iri.dropFirst("https://w3id.org/ro/crate/".count)
            .wholeMatch(of: /[0-9]+\.[0-9]+(-DRAFT)?/) != nil
    }

    /// Whether an IRI is the version-less generic RO-Crate profile (`https://w3id.org/ro/crate`).
    static func isGenericROCrateIRI(_ iri: String) -> Bool {
        [
            "https://w3id.org/ro/crate", "https://w3id.org/ro/crate/", "http://w3id.org/ro/crate",
            "http://w3id.org/ro/crate/",
        ].contains(iri)
    }

    /// Major and minor number of a version label (`1.2-DRAFT` → (1, 2)), or nil.
    static func versionNumbers(_ label: String) -> (major: Int, minor: Int)? {
        let numbers = label.split(separator: "-").first?.split(separator: ".").compactMap { Int($0) } ?? []
        guard numbers.count >= 2 else { return nil }
        return (numbers[0], numbers[1])
    }

    /// Visits every value of an entity's non-keyword properties, depth first: arrays, their items, objects
    /// and the members of nested objects. `visit` returns false to skip the children of a value; it gets the
    /// value's pointer as a function, built only when called (this walk runs over every value of the crate).
    static func walkValues(
        of entity: Entity,
        _ visit: (_ node: JSONNode, _ pointer: () -> JSONPointer, _ property: String, _ inArray: Bool) -> Bool
    ) {
        // The path below the entity: keys, and array places kept as numbers until a pointer is asked for.
        var path: [(key: String?, index: Int)] = []
        func pointer() -> JSONPointer {
            path.reduce(entity.pointer) { pointer, step in step.key.map(pointer.appending) ?? pointer.appending(step.index) }
        }
        func walk(_ node: JSONNode, _ property: String, _ inArray: Bool) {
            guard visit(node, pointer, property, inArray) else { return }
            switch node.value {
            case .array(let items):
                for (index, item) in items.enumerated() {
                    path.append((nil, index))
                    walk(item, property, true)
                    path.removeLast()
                }
            case .object(let object):
                for member in object.members {
                    path.append((member.key, 0))
                    walk(member.value, property, false)
                    path.removeLast()
                }
            default:
                break
            }
        }
        for member in entity.object.members where !member.key.hasPrefix("@") {
            path.append((member.key, 0))
            walk(member.value, member.key, false)
            path.removeLast()
        }
    }
}
