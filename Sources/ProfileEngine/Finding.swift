public import JSONLD

/// What a check found, before the engine stamps the rule id, severity and location.
public struct Finding: Sendable {
    /// The `@id` of the entity concerned.
    public var entity: String?
    /// The property concerned.
    public var property: String?
    /// The pointer of the offending value or entity.
    public var pointer: JSONPointer?
    /// An exact byte offset (e.g. of a key) when the pointer's value is not the right place.
    public var offset: Int?
    /// The message; nil uses the requirement's template.
    public var message: String?
    /// A fix hint; nil uses the requirement's.
    public var fix: String?
    /// The file, when not the metadata file (e.g. a payload file).
    public var file: String?
    /// The case of the requirement this finding is, when the catalogue gives that case its own level
    /// (``Requirement/LevelCase``), e.g. `software-application` for RC-CE-06.
    public var levelCase: String?

    /// Creates a finding.
    public init(
        entity: String? = nil,
        property: String? = nil,
        pointer: JSONPointer? = nil,
        offset: Int? = nil,
        message: String? = nil,
        fix: String? = nil,
        file: String? = nil,
        levelCase: String? = nil
    ) {
        self.entity = entity
        self.property = property
        self.pointer = pointer
        self.offset = offset
        self.message = message
        self.fix = fix
        self.file = file
        self.levelCase = levelCase
    }
}
