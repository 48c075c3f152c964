internal import JSONLD
internal import ROCrate

/// The root's `mentions` lists every process the crate records.
///
/// Spec (5s 1.0-WD, Processes): each process "MUST be a Contextual Entity, referenced from the Root Data
/// Entity's `mentions`"; the Root Data Entity table: `mentions` "MUST, if the RO-Crate records any processes".
/// Fix: add `{"@id": "<process>"}` to the root's `mentions`.
struct RootMentionsEveryProcess: Check {
    static let name = "rootMentionsEveryProcess"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard let root = crate.root else { return [] }
        let mentioned = Set(root.references("mentions"))
        return crate.processes.compactMap { process in
            guard let id = process.id, !mentioned.contains(id) else { return nil }
            return Finding(
                entity: root.label, property: "mentions", pointer: root.has("mentions") ? root.pointer.appending("mentions") : root.pointer,
                message: "the process `\(id)` is not in the mentions of the root data entity `\(root.label)`")
        }
    }
}
