internal import JSONLD

/// The JSON-LD contexts this tool knows offline, parsed on first use.
package enum ContextLibrary {
    /// The embedded file for each context IRI (http and https, with or without a trailing slash).
    package static let fileForIRI: [String: String] = {
        let canonical: [String: String] = [
            "w3id.org/ro/crate/1.0/context": "contexts/ro-crate-1.0.jsonld",
            "w3id.org/ro/crate/1.1/context": "contexts/ro-crate-1.1.jsonld",
            "w3id.org/ro/crate/1.2-DRAFT/context": "contexts/ro-crate-1.2-DRAFT.jsonld",
            "w3id.org/ro/crate/1.2/context": "contexts/ro-crate-1.2.jsonld",
            "w3id.org/ro/crate/1.3/context": "contexts/ro-crate-1.3.jsonld",
            "w3id.org/ro/terms/workflow-run/context": "contexts/workflow-run.jsonld",
        ]
        var map: [String: String] = [:]
        for (iri, file) in canonical {
            for scheme in ["https://", "http://"] {
                map[scheme + iri] = file
                map[scheme + iri + "/"] = file
            }
        }
        return map
    }()

    /// The RO-Crate 1.2 terms, used to name types when a crate's own context is incomplete.
    package static var standardTerms: [String: String] { roCrate12 }

    /// The terms of an embedded context, or nil when the IRI is not embedded.
    package static func terms(forContextIRI iri: String) -> [String: String]? {
        switch fileForIRI[iri] {
        case "contexts/ro-crate-1.0.jsonld": roCrate10
        case "contexts/ro-crate-1.1.jsonld": roCrate11
        case "contexts/ro-crate-1.2-DRAFT.jsonld": roCrate12Draft
        case "contexts/ro-crate-1.2.jsonld": roCrate12
        case "contexts/ro-crate-1.3.jsonld": roCrate13
        case "contexts/workflow-run.jsonld": workflowRun
        default: nil
        }
    }

    private static let roCrate10 = load("contexts/ro-crate-1.0.jsonld")
    private static let roCrate11 = load("contexts/ro-crate-1.1.jsonld")
    private static let roCrate12Draft = load("contexts/ro-crate-1.2-DRAFT.jsonld")
    private static let roCrate12 = load("contexts/ro-crate-1.2.jsonld")
    private static let roCrate13 = load("contexts/ro-crate-1.3.jsonld")
    private static let workflowRun = load("contexts/workflow-run.jsonld")

    private static func load(_ file: String) -> [String: String] {
        // The embedded files are checked by a test to parse; an empty map here would show as undefined terms.
        guard let text = EmbeddedContexts.files[file],
            let document = try? JSONParser().parse(Array(text.utf8)),
            let context = document.value.objectValue?["@context"]
        else { return [:] }
        var terms: [String: String] = [:]
        for item in context.value.arrayValue ?? [context] {
            guard let object = item.value.objectValue else { continue }
            for member in object.members where !member.key.hasPrefix("@") {
                if let iri = member.value.value.stringValue {
                    terms[member.key] = iri
                } else if let iri = member.value.value.objectValue?["@id"]?.value.stringValue {
                    terms[member.key] = iri
                }
            }
        }
        return terms
    }
}
