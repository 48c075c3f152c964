@testable import ProfileEngine
@testable import ROCrate

/// Tiny crates and payloads for the data and contextual entity check tests.
enum EntityTestCrate {
    /// A crate: descriptor (declaring `version`), a root with the given extra members, then `entities`.
    static func make(
        root: String = ##""hasPart": []"##,
        entities: [String] = [],
        version: String = "1.2",
        fileName: String = "ro-crate-metadata.json",
        rootID: String = "./",
        name: String = "Test crate"
    ) throws -> Crate {
        let rootMembers = root.isEmpty ? "" : ", " + root
        let graph =
            [
                ##"{"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "\##(rootID)"}, "conformsTo": {"@id": "https://w3id.org/ro/crate/\##(version)"}}"##,
                ##"{"@id": "\##(rootID)", "@type": "Dataset", "name": "\##(name)"\##(rootMembers)}"##,
            ] + entities
        let json = ##"{"@context": "https://w3id.org/ro/crate/\##(version)/context", "@graph": [\##(graph.joined(separator: ",\n"))]}"##
        return try CrateLoader().load(Array(json.utf8), fileName: fileName)
    }

    /// A payload of files with contents (sizes from the contents) and directories.
    static func payload(_ files: [String: String], directories: Set<String> = []) -> PayloadIndex {
        let sizes = files.mapValues { Int64($0.utf8.count) }
        return PayloadIndex(files: sizes, directories: directories) { path, limit in
            files[path].map { Array($0.utf8.prefix(limit)) }
        }
    }

    /// The findings of a check.
    static func findings(_ check: some Check, _ crate: Crate, payload: PayloadIndex? = nil) -> [Finding] {
        check.evaluate(in: CheckContext(crate: crate, payload: payload))
    }

    /// The entities the findings of a check name, in order.
    static func entities(_ check: some Check, _ crate: Crate, payload: PayloadIndex? = nil) -> [String] {
        findings(check, crate, payload: payload).compactMap(\.entity)
    }
}
