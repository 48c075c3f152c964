import FiveSafesDiagnostics
import ROCrate

@testable import ProfileEngine

/// Tiny crates for the review-process check tests: a root (with extra members) and extra entities.
enum ReviewTestCrate {
    static func make(root: String = "", entities: String = "") throws -> Crate {
        let rootMembers = root.isEmpty ? "" : ", " + root
        let extra = entities.isEmpty ? "" : ",\n" + entities
        let json = """
            {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
              {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
              {"@id": "./", "@type": "Dataset"\(rootMembers)}\(extra)
            ]}
            """
        return try CrateLoader().load(Array(json.utf8), fileName: "ro-crate-metadata.json")
    }

    static func messages(_ check: some Check, _ crate: Crate, payload: PayloadIndex? = nil) -> [String] {
        check.evaluate(in: CheckContext(crate: crate, phase: .result, payload: payload)).compactMap(\.message)
    }

    /// A run action (mentioned by the root in `runRoot`) with the given extra members.
    static let runRoot = ##""mainEntity": {"@id": "#wf"}, "mentions": [{"@id": "#run"}]"##

    static func run(_ members: String) -> String {
        ##"{"@id": "#wf", "@type": "Dataset"}, {"@id": "#run", "@type": "CreateAction", "instrument": {"@id": "#wf"}, \##(members)}"##
    }
}
