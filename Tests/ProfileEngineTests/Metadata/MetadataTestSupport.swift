import JSONLD
import ROCrate

@testable import ProfileEngine

/// Tiny crates for the metadata checks' tests.
enum MetadataTestCrate {
    /// A crate with a descriptor declaring `version`, a root with `root` extra members, and extra entities.
    static func make(
        version: String = "1.2",
        context: String? = #""https://w3id.org/ro/crate/1.2/context""#,
        rootID: String = "./",
        root: String = "",
        descriptor: String? = nil,
        entities: String = ""
    ) throws -> Crate {
        let contextMember = context.map { #""@context": \#($0),"# } ?? ""
        let descriptorMembers = descriptor ?? #""conformsTo": {"@id": "https://w3id.org/ro/crate/\#(version)"}"#
        let rootExtra = root.isEmpty ? "" : ", " + root
        let extra = entities.isEmpty ? "" : ", " + entities
        let json = """
            {\(contextMember) "@graph": [
              {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "\(rootID)"}, \(descriptorMembers)},
              {"@id": "\(rootID)", "@type": "Dataset", "name": "Test"\(rootExtra)}\(extra)
            ]}
            """
        return try CrateLoader().load(Array(json.utf8), fileName: "ro-crate-metadata.json")
    }

    /// The findings of a check on a crate.
    static func findings(_ check: some Check, _ crate: Crate) -> [Finding] {
        check.evaluate(in: CheckContext(crate: crate))
    }
}
