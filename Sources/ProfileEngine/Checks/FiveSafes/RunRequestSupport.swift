internal import JSONLD
internal import ROCrate

/// Lookups the Five Safes request checks share: the run's agents, described entities, local paths.
enum RunRequestSupport {
    /// The agents of the run action(s) that are described in the graph, each once.
    static func agents(in crate: Crate) -> [Entity] {
        var seen = Set<String>()
        return crate.runActions.flatMap { $0.references("agent") }
            .filter { seen.insert($0).inserted }
            .compactMap(crate.entity)
    }

    /// The described entities a property of the run action(s) references (`object`, `result`), each once,
    /// with the run action that first references it. Undescribed values are left to their own rules.
    static func describedValues(of property: String, in crate: Crate) -> [(action: Entity, entity: Entity)] {
        var seen = [Bool](repeating: false, count: crate.graphCount)
        var described: [(action: Entity, entity: Entity)] = []
        for action in crate.runActions {
            crate.forEachValue(property, of: action) { _, _, entity in
                guard let entity, !entity.types.isEmpty, !seen[entity.index] else { return }
                seen[entity.index] = true
                described.append((action, entity))
            }
        }
        return described
    }

    /// A finding for each value of a property of the run action(s) (`object`, `result`) that does not reference an
    /// entity with a `@type`.
    static func undescribedValueFindings(of property: String, in crate: Crate) -> [Finding] {
        var findings: [Finding] = []
        for action in crate.runActions {
            crate.forEachValue(property, of: action) { value, index, entity in
                guard entity?.types.isEmpty ?? true else { return }
                findings.append(
                    Finding(
                        entity: action.label, property: property, pointer: action.pointer(to: property, index: index),
                        message:
                            "the \(property) `\(text(value))` of the run request `\(action.label)` is not described as an entity with a @type"
                    ))
            }
        }
        return findings
    }

    /// A value as text for messages: a reference's `@id`, a string, or the JSON of anything else.
    static func text(_ node: JSONNode) -> String {
        node.referenceID ?? node.value.stringValue ?? JSONWriter(indent: nil).string(node.value)
    }

    /// Whether an `@id` starts with a URI scheme (`https:`, `urn:`, `mailto:` …).
    static func hasScheme(_ id: String) -> Bool {
        // Bytes, not Characters: this runs for every result and input of large crates.
        var length = 0
        for byte in id.utf8 {
            if byte == UInt8(ascii: ":") { return length > 0 }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let other =
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard letter || (length > 0 && other) else { return false }
            length += 1
        }
        return false
    }

    /// Whether an `@id` is a path relative to the crate root (not a URI, `#fragment` or `_:` blank node).
    static func isRelativePath(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("#") && !id.hasPrefix("_:") && !id.hasPrefix("//") && !hasScheme(id)
    }

    /// The minor version `n` of an RO-Crate 1.x IRI `https://w3id.org/ro/crate/1.<n>[-DRAFT]<suffix>`, if it is one.
    static func roCrateMinorVersion(of iri: String, suffixes: [String]) -> Int? {
        let prefix = "https://w3id.org/ro/crate/1."
        guard iri.hasPrefix(prefix) else { return nil }
        let rest = iri.dropFirst(prefix.count)
        for suffix in suffixes where rest.hasSuffix(suffix) {
            var version = rest.dropLast(suffix.count)
            if version.hasSuffix("-DRAFT") { version = version.dropLast("-DRAFT".count) }
            if !version.isEmpty, version.allSatisfy({ $0.isASCII && $0.isNumber }), let minor = Int(version) {
                return minor
            }
        }
        return nil
    }
}
