internal import JSONLD
internal import ROCrate

/// Review actions other than AssessActions and DownloadActions are listed in the root's `mentions`.
///
/// Spec (5s 0.4, Review process): "a series of additional Action contextual entities SHOULD be related to
/// the root data entity using `mentions`". An action counts as a review record when it carries an SHP
/// `additionalType` or assesses/changes the root (`object` includes it). AssessActions (5S-PUB-03),
/// DownloadActions (5S-DL-02) and the run action (5S-RUN rows) have their own rows. Fix: add the action to
/// the root's `mentions`.
struct ReviewActionsAreMentioned: Check {
    static let name = "reviewActionsAreMentioned"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.root != nil else { return [] }
        let mentioned = ReviewGraph.rootMentions(in: crate)
        let runs = ReviewGraph.runIDs(in: crate)
        let root = ReviewGraph.rootID(in: crate)
        return crate.entities.compactMap { action in
            guard ReviewGraph.isAction(action, in: crate), let id = action.id, !runs.contains(id), !mentioned.contains(id),
                !crate.hasType(action, "AssessAction"), !crate.hasType(action, "DownloadAction"),
                ReviewGraph.hasSHPType(action) || action.references("object").contains(root)
            else { return nil }
            return Finding(
                entity: id, pointer: action.pointer,
                message: "the review action `\(id)` is not listed in the root's mentions")
        }
    }
}
