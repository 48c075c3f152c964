/// What a cell holds, as far as disclosure control cares.
public enum CellValue: Sendable, Hashable {
    /// Empty, or a missing-value marker (`NA`, `NaN`, `null`, `.`).
    case missing
    /// A suppression marker (`*`, `-`, `<10`, `[REDACTED]`, `suppressed`, `~`): already made safe.
    case suppressed
    /// A whole number.
    case integer(Int)
    /// A number with a fraction or exponent (or an integer too large for `Int`).
    case decimal(Double)
    /// Anything else.
    case text

    /// Classifies a field's bytes (surrounding spaces ignored).
    public init(_ bytes: ArraySlice<UInt8>) {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard start < end else {
            self = .missing
            return
        }
        if let integer = Self.integer(bytes[start..<end]) {
            self = .integer(integer)
            return
        }
        guard let text = String(validating: bytes[start..<end], as: UTF8.self) else {
            self = .text
            return
        }
        let lowered = text.lowercased()
        if Self.missingMarkers.contains(lowered) {
            self = .missing
        } else if Self.suppressionMarkers.contains(lowered) || lowered.hasPrefix("<") {
            self = .suppressed
        } else if let number = Double(text), number.isFinite, text.contains(where: { $0.isNumber }) {
            self = .decimal(number)
        } else {
            self = .text
        }
    }

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .decimal(let value): value
        default: nil
        }
    }

    static let missingMarkers: Set<String> = ["na", "n/a", "nan", "null", "none", "."]
    static let suppressionMarkers: Set<String> = ["*", "-", "~", "x", "[redacted]", "redacted", "suppressed", "[suppressed]", "c"]

    /// Optional sign and ASCII digits, fitting in `Int`.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < bytes.endIndex else { return nil }
        var value = 0
        while index < bytes.endIndex {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }
}
