internal import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores: each element's result goes into its own slot, so the results keep the order of the
    /// elements whatever the scheduling. For this package's parallel jobs (the crate's indexes, the engine's rules).
    package func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result, default empty: Result) -> [Result] {
        guard !isEmpty else { return [] }
        let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
        results.initialize(repeating: empty)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot, so sharing the buffer across threads is safe.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(self[index])
        }
        return Array<Result>(results)
    }
}
