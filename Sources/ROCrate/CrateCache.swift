internal import Synchronization

/// Answers about a crate that take a walk over the whole graph and that several readers ask for, computed on first
/// use and kept: the review actions (phase detection, two review rules, `provenance sanitize`; ~4% of validating
/// 100,000 entities when each asked again). Shared by the copies of one ``Crate``, whose graph never changes.
final class CrateCache: Sendable {
    private let reviewActions = Mutex<[Entity]?>(nil)

    /// The review actions, from `compute` the first time. Computed outside the lock, so a reader that asks again
    /// while computing cannot deadlock; two first readers at once may both compute the same answer.
    func reviewActions(_ compute: () -> [Entity]) -> [Entity] {
        if let known = reviewActions.withLock({ $0 }) { return known }
        let computed = compute()
        reviewActions.withLock { $0 = computed }
        return computed
    }
}
