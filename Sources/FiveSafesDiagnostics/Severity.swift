/// How serious a finding is: the RFC 2119 level of the requirement it breaks.
///
/// MUST → ``required``, SHOULD → ``recommended``, MAY → ``optional``. Tool-level findings choose their own.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case optional
    case recommended
    case required

    /// Orders by seriousness: optional < recommended < required.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .optional: 0
        case .recommended: 1
        case .required: 2
        }
    }

    /// The word a compiler-style text report uses: error, warning or note.
    public var compilerWord: String {
        switch self {
        case .required: "error"
        case .recommended: "warning"
        case .optional: "note"
        }
    }
}
