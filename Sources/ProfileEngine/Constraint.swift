/// One declarative constraint on a property of each targeted entity.
///
/// Unknown keys in a profile are a loading error naming the requirement; nothing is silently ignored.
public struct Constraint: Sendable {
    /// What is required of the property.
    public enum Kind: Sendable {
        /// At least this many values.
        case minCount(Int)
        /// At most this many values.
        case maxCount(Int)
        /// Every value has this JSON-LD shape.
        case datatype(Datatype)
        /// Every string (or reference) value is one of these.
        case oneOf([String])
        /// Some value (string or reference `@id`) equals this; `{profile}` stands for the profile IRI.
        case hasValue(String)
        /// Every string value matches this regular expression.
        case pattern(String)
        /// Every value references an entity having one of these types.
        case referencesType([String])
        /// Every string value has at least this many characters.
        case minLength(Int)
    }

    /// The JSON-LD shapes a value can be required to have.
    public enum Datatype: String, Sendable {
        /// A JSON string.
        case string
        /// A `{"@id": …}` reference.
        case reference
        /// A string or a reference.
        case stringOrReference
    }

    /// The property, or `@type`.
    public var property: String
    /// The constraint.
    public var kind: Kind
    /// A message for this constraint, overriding the requirement's.
    public var message: String?

    /// Creates a constraint.
    public init(property: String, kind: Kind, message: String? = nil) {
        self.property = property
        self.kind = kind
        self.message = message
    }
}

extension Constraint {
    /// A short statement of the constraint for `--explain`, e.g. `name: at least 10 characters`.
    public var summary: String {
        let rule: String
        switch kind {
        case .minCount(let count): rule = "at least \(count) value\(count == 1 ? "" : "s")"
        case .maxCount(let count): rule = "at most \(count) value\(count == 1 ? "" : "s")"
        case .datatype(let datatype): rule = "every value a \(datatype.rawValue)"
        case .oneOf(let values): rule = "every value one of \(values.joined(separator: ", "))"
        case .hasValue(let value): rule = "includes \(value)"
        case .pattern(let pattern): rule = "every value matches \(pattern)"
        case .referencesType(let types): rule = "every value references a \(types.joined(separator: " or "))"
        case .minLength(let length): rule = "at least \(length) character\(length == 1 ? "" : "s")"
        }
        return "\(property): \(rule)"
    }
}
