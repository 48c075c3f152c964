internal import JSONLD
internal import ROCrate

/// Every AssessAction names its phase with an `additionalType` `{"@id"}` from the SHP vocabulary.
///
/// Spec (5s 0.4, Review process): "The phase of the review process is indicated using subclasses of `Action`
/// and more accurately with `additionalType` using terms from the Safe Haven Provenance (SHP) ontology."
/// A plain string `"https://w3id.org/shp#CheckValue"` is not an IRI in JSON-LD, so the action is invisible
/// to every phase rule. Fix: `"additionalType": {"@id": "https://w3id.org/shp#CheckValue"}` (or ValidationCheck,
/// SignOff, DisclosureCheck).
struct AssessActionHasPhaseType: Check {
    static let name = "assessActionHasPhaseType"

    func evaluate(in context: CheckContext) -> [Finding] {
        context.crate.entities(ofType: "AssessAction").compactMap { action in
            let label = action.label
            guard !ReviewGraph.hasSHPType(action) else { return nil }
            let pointer = ReviewGraph.pointer(action, "additionalType")
            if let text = action.strings("additionalType").first(where: { $0.hasPrefix(ReviewGraph.shp) || $0.hasPrefix("shp:") }) {
                return Finding(
                    entity: label, property: "additionalType", pointer: pointer,
                    message:
                        "the additionalType `\(text)` of `\(label)` is a plain string, not an {\"@id\"} reference, so no phase rule sees this assessment"
                )
            }
            if action.has("additionalType") {
                return Finding(
                    entity: label, property: "additionalType", pointer: pointer,
                    message: "the additionalType of `\(label)` is not a term of the SHP vocabulary https://w3id.org/shp#")
            }
            return Finding(
                entity: label, property: "additionalType", pointer: pointer,
                message: "the assessment `\(label)` has no additionalType naming its review phase")
        }
    }
}
