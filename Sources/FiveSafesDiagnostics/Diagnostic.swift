public import JSONLD

/// One finding about a crate, from a profile requirement or from a tool-level check.
public struct Diagnostic: Sendable, Hashable {
    /// The rule id: a catalogue id (`5S-RUN-05`, `RC-MD-05`) or a tool id (`FS-INPUT-001`).
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// One sentence without a trailing period, naming the entity in backticks.
    public var message: String
    /// Where it is.
    public var location: Location
    /// How to fix it, when known.
    public var fix: String?
    /// The spec link of the requirement.
    public var spec: String?
    /// True when the finding stopped validation (the input could not be read as a crate).
    public var isFatal: Bool

    /// Creates a diagnostic.
    public init(
        rule: String,
        severity: Severity,
        message: String,
        location: Location,
        fix: String? = nil,
        spec: String? = nil,
        isFatal: Bool = false
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.fix = fix
        self.spec = spec
        self.isFatal = isFatal
    }

    /// Report order: file, then pointer (numerically), then rule id, then message.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        let left = lhs.location.pointer ?? .root
        let right = rhs.location.pointer ?? .root
        if left != right {
            if lhs.location.pointer == nil { return true }
            if rhs.location.pointer == nil { return false }
            return left < right
        }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}

/// Where a diagnostic points: a file and, inside JSON-LD, an entity, property and RFC 6901 pointer.
public struct Location: Sendable, Hashable {
    /// The file, relative to the crate (`ro-crate-metadata.json`, `manifest-sha512.txt`).
    public var file: String
    /// The `@id` of the entity concerned.
    public var entity: String?
    /// The property concerned.
    public var property: String?
    /// The JSON pointer of the offending value (or of the entity when the property is missing).
    public var pointer: JSONPointer?
    /// 1-based line.
    public var line: Int?
    /// 1-based column.
    public var column: Int?

    /// Creates a location.
    public init(
        file: String,
        entity: String? = nil,
        property: String? = nil,
        pointer: JSONPointer? = nil,
        line: Int? = nil,
        column: Int? = nil
    ) {
        self.file = file
        self.entity = entity
        self.property = property
        self.pointer = pointer
        self.line = line
        self.column = column
    }
}
