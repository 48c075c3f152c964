/// One edit `fivesafes migrate` made (or would make) to a crate's metadata.
public struct MigrationChange: Sendable, Equatable {
    /// The entity changed (`./`, a profile IRI), or `@context`.
    public let entity: String
    /// The property changed (`conformsTo`, `executionType`, `@id`, …).
    public let property: String
    /// The value before, when there was one.
    public let before: String?
    /// The value after, nil when removed.
    public let after: String?
    /// Why, in the spec's terms.
    public let reason: String

    /// Creates a change.
    public init(entity: String, property: String, before: String?, after: String?, reason: String) {
        self.entity = entity
        self.property = property
        self.before = before
        self.after = after
        self.reason = reason
    }

    /// `./ conformsTo: https://w3id.org/5s-crate/0.4 → https://w3id.org/5s-crate/0.5 (reason)`.
    public var description: String {
        let values: String
        switch (before, after) {
        case (let before?, let after?): values = "\(before) → \(after)"
        case (nil, let after?): values = "added \(after)"
        case (let before?, nil): values = "removed \(before)"
        case (nil, nil): values = "changed"
        }
        return "\(entity) \(property): \(values) (\(reason))"
    }
}
