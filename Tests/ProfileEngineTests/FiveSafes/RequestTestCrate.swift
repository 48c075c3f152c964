import ROCrate

@testable import ProfileEngine

/// Tiny Five Safes request crates for the check tests: a descriptor, a root with the given members, more entities.
enum RequestTestCrate {
    static func make(root: String, entities: String = "", context: String = #""https://w3id.org/ro/crate/1.2/context""#)
        throws -> Crate
    {
        let rootMembers = root.isEmpty ? "" : ", " + root
        let more = entities.isEmpty ? "" : ", " + entities
        let json = """
            {"@context": \(context), "@graph": [
              {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
               "conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}},
              {"@id": "./", "@type": "Dataset"\(rootMembers)}\(more)
            ]}
            """
        return try CrateLoader().load(Array(json.utf8), fileName: "ro-crate-metadata.json")
    }

    static func messages(_ check: some Check, _ crate: Crate) -> [String] {
        check.evaluate(in: CheckContext(crate: crate)).compactMap(\.message)
    }
}
