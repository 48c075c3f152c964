/// The review phases of a Five Safes crate, in the order the spec gives them (catalogue 3.1).
///
/// Receiving happens outside the TRE and is not recorded here.
public enum LifecyclePhase: String, Sendable, CaseIterable, Comparable {
    case check
    case validate
    case retrieve
    case signOff = "sign-off"
    case execute
    case disclose
    case publish

    /// A title for timelines: "Check", "Validation", "Workflow retrieval", ….
    public var title: String {
        switch self {
        case .check: "Check"
        case .validate: "Validation"
        case .retrieve: "Workflow retrieval"
        case .signOff: "Sign-off"
        case .execute: "Workflow execution"
        case .disclose: "Disclosure"
        case .publish: "Publishing"
        }
    }

    /// The Safe Haven Provenance term that types the phase's action, when it has one.
    public var reviewActionType: ReviewActionType? {
        switch self {
        case .check: .checkValue
        case .validate: .validationCheck
        case .signOff: .signOff
        case .disclose: .disclosureCheck
        case .publish: .generateCheckValue
        case .retrieve, .execute: nil
        }
    }

    /// The phase's recorded actions in graph order: the `additionalType`d actions, the `DownloadAction`s, or the
    /// requested workflow run.
    public func actions(in crate: Crate) -> [Entity] {
        switch self {
        case .retrieve: crate.entities(ofType: "DownloadAction")
        case .execute: crate.runActions
        default: reviewActionType.map(crate.actions(in:)) ?? []
        }
    }

    /// The phase an entity records, if it is a phase action of the crate.
    public static func phase(of entity: Entity, in crate: Crate) -> LifecyclePhase? {
        allCases.first { phase in phase.actions(in: crate).contains { $0.index == entity.index } }
    }

    /// Position in the lifecycle.
    public var position: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Phases compare by their position in the lifecycle.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }
}
