/// One record of a delimited file: its fields' bytes (quotes removed, `""` unescaped) and where it starts.
public struct DelimitedRow: Sendable {
    /// The fields' bytes, one after another.
    public internal(set) var bytes: [UInt8] = []
    /// Each field's range in ``bytes``.
    public internal(set) var fields: [Range<Int>] = []
    /// 1-based record number (the header is record 1).
    public internal(set) var number = 0
    /// 1-based physical line the record starts on (records may span lines inside quotes).
    public internal(set) var line = 0

    /// The number of fields.
    public var count: Int { fields.count }

    /// A field's bytes.
    public func field(_ index: Int) -> ArraySlice<UInt8> { bytes[fields[index]] }

    /// A field as text, or nil when it is not UTF-8.
    public func text(_ index: Int) -> String? { String(validating: bytes[fields[index]], as: UTF8.self) }

    /// A field as text, bad bytes shown as U+FFFD.
    public func lossyText(_ index: Int) -> String { String(decoding: bytes[fields[index]], as: UTF8.self) }

    mutating func reset(number: Int, line: Int) {
        bytes.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        self.number = number
        self.line = line
    }
}
