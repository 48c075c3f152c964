internal import JSONLD
internal import ROCrate

/// The root's `publisher` of a result crate is the TRE that executed it.
///
/// Spec (5s 0.4, Publishing phase): "The `publisher` SHOULD be updated to reflect the executing TRE." The TRE
/// is known from the review actions: the Organization that their SoftwareApplication agents name as `provider`
/// (5S-REV-11). A publisher left over from the request (e.g. the researcher's university) is reported; with no
/// such agents the TRE is unknown and nothing is reported. Fix: `"publisher": {"@id": "<the TRE Organization>"}`.
struct PublisherIsExecutingTRE: Check {
    static let name = "publisherIsExecutingTRE"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root else { return [] }
        let tres = ReviewAgents.described(in: crate)
            .filter { crate.hasType($0.agent, "SoftwareApplication") }
            .flatMap { $0.agent.references("provider") }
            .filter { crate.isEntity($0, ofType: "Organization") }
        guard let tre = tres.first else { return [] }
        let publishers = root.references("publisher")
        guard !publishers.contains(where: Set(tres).contains) else { return [] }
        let message =
            publishers.isEmpty
            ? "the result crate's root `\(root.label)` names no publisher; it should be the executing TRE `\(tre)`"
            : "the publisher `\(publishers[0])` of the result crate is not the executing TRE `\(tre)`"
        return [Finding(entity: root.label, property: "publisher", pointer: ReviewGraph.pointer(root, "publisher"), message: message)]
    }
}
