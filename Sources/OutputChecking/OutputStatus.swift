/// The verdict on one output.
public enum OutputStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No rule found anything.
    case pass
    /// Nothing disclosive found, but a human must look (unreadable parts, odd cells).
    case review
    /// A rule found a disclosive cell or a blocked file.
    case fail
    /// No rule applies to this kind of file (reported, never blocking on its own).
    case notChecked = "not-checked"

    /// Orders by how much attention the output needs: pass < not-checked < review < fail.
    public static func < (lhs: OutputStatus, rhs: OutputStatus) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .pass: 0
        case .notChecked: 1
        case .review: 2
        case .fail: 3
        }
    }
}
