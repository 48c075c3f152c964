/// The four schema.org action states the Five Safes profile uses, as the plain strings it requires.
public enum ActionStatus: String, Sendable, CaseIterable {
    case potential = "http://schema.org/PotentialActionStatus"
    case active = "http://schema.org/ActiveActionStatus"
    case completed = "http://schema.org/CompletedActionStatus"
    case failed = "http://schema.org/FailedActionStatus"

    /// Reads a status from a plain string or, leniently, a `{"@id"}` reference or `https` form.
    public init?(lenient text: String) {
        let secure = "https://schema.org/"
        let normalised = text.hasPrefix(secure) ? "http://schema.org/" + text.dropFirst(secure.count) : text
        if let status = ActionStatus(rawValue: normalised) {
            self = status
        } else if let status = ActionStatus(rawValue: "http://schema.org/" + text) {
            self = status
        } else {
            return nil
        }
    }

    /// True for completed and failed: the action has ended.
    public var hasEnded: Bool { self == .completed || self == .failed }

    /// True for active, completed and failed: the action has begun.
    public var hasBegun: Bool { self != .potential }

    /// A short lower-case name: potential, active, completed, failed.
    public var shortName: String {
        switch self {
        case .potential: "potential"
        case .active: "active"
        case .completed: "completed"
        case .failed: "failed"
        }
    }
}
