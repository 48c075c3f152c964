internal import JSONLD
internal import ROCrate

/// Every `SoftwareApplication` and `SoftwareSourceCode` names its authors.
///
/// Spec (5s 0.5, Software Author Attribution): "All `SoftwareApplication` and `SoftwareSourceCode` entities SHOULD
/// include authorship information" (`author`, with `contributor`, `funder` as further examples). "All" includes
/// the TRE's own software (a validator, a download proxy). Fix: `"author": {"@id": "https://orcid.org/…"}` (or the
/// team's `Organization`), described in the crate.
struct SoftwareHasAuthor: Check {
    static let name = "softwareHasAuthor"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        var seen = Set<Int>()
        let software = (crate.entities(ofType: "SoftwareApplication") + crate.entities(ofType: "SoftwareSourceCode")).filter {
            seen.insert($0.index).inserted
        }
        return software.sorted { $0.index < $1.index }.compactMap { entity in
            guard !entity.has("author") else { return nil }
            return Finding(
                entity: entity.label, property: "author", pointer: entity.pointer,
                message:
                    "the software `\(entity.label)` has no author (0.5 asks every SoftwareApplication and SoftwareSourceCode for its authorship)"
            )
        }
    }
}
