/// The Swift checks a profile may name, as one explicit list (no reflection, no singleton).
public struct CheckRegistry: Sendable {
    /// Every built-in check; the groups live in `CheckRegistry+<Area>.swift` files.
    public static let builtIn = CheckRegistry(
        metadataChecks + dataEntityChecks + contextualEntityChecks + fiveSafesChecks + reviewChecks + activityRecordChecks
            + federationChecks
    )

    private let byName: [String: any Check]

    /// Creates a registry; names must be unique.
    public init(_ checks: [any Check]) {
        var byName: [String: any Check] = [:]
        for check in checks {
            let name = type(of: check).name
            precondition(byName[name] == nil, "two checks are named \(name)")
            byName[name] = check
        }
        self.byName = byName
    }

    /// The registered names.
    public var names: Set<String> { Set(byName.keys) }

    /// The check with a name, if registered.
    public subscript(name: String) -> (any Check)? { byName[name] }
}
