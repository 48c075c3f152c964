extension Sequence where Element == Int64 {
    /// The sum, stopping at `Int64.max` instead of trapping: sizes read from an archive are only its claims.
    public var saturatingSum: Int64 {
        reduce(0) { total, size in
            let (sum, overflow) = total.addingReportingOverflow(size)
            return overflow ? .max : sum
        }
    }
}
