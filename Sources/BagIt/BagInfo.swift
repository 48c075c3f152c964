/// The `bag-info.txt` metadata: ordered `Label: value` fields, with continuation lines joined.
public struct BagInfo: Sendable, Equatable {
    /// Fields in file order (labels as written).
    public var fields: [(label: String, value: String)]
    /// Problems found while reading.
    public var problems: [BagProblem]

    /// Creates bag-info from fields.
    public init(fields: [(label: String, value: String)] = []) {
        self.fields = fields
        self.problems = []
    }

    /// Reads `bag-info.txt`.
    public init(parsing bytes: [UInt8], file: String = "bag-info.txt") {
        fields = []
        problems = []
        guard let text = String(validating: bytes, as: UTF8.self) else {
            problems.append(BagProblem(.infoMalformed, file: file, "bag-info.txt is not UTF-8"))
            return
        }
        for (number, line) in TagFileLines.split(text).enumerated() {
            if let first = line.first, first == " " || first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.drop { $0 == " " || $0 == "\t" }
                continue
            }
            if line.isEmpty { continue }
            guard let (label, value) = TagFileLines.labelAndValue(line) else {
                problems.append(
                    BagProblem(.infoMalformed, file: file, line: number + 1, "line \(number + 1) of bag-info.txt is not `Label: value`"))
                continue
            }
            fields.append((label, value))
        }
    }

    /// Every value of a label, compared case-insensitively as RFC 8493 asks for reserved labels.
    public func values(_ label: String) -> [String] {
        let wanted = label.lowercased()
        return fields.filter { $0.label.lowercased() == wanted }.map(\.value)
    }

    /// The text of the file, one `Label: value` line each, LF-terminated.
    public var text: String {
        fields.map { "\($0.label): \($0.value)\n" }.joined()
    }

    /// Equal when fields and problems are equal.
    public static func == (lhs: BagInfo, rhs: BagInfo) -> Bool {
        lhs.fields.map(\.label) == rhs.fields.map(\.label) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
            && lhs.problems == rhs.problems
    }
}

/// `Payload-Oxum`: total payload octets and file count, a quick completeness check.
public struct PayloadOxum: Sendable, Equatable, CustomStringConvertible {
    /// Total bytes of payload files.
    public var octets: Int64
    /// Number of payload files.
    public var count: Int

    /// Creates an oxum.
    public init(octets: Int64, count: Int) {
        self.octets = octets
        self.count = count
    }

    /// Reads `OCTETS.COUNT`.
    public init?(_ text: String) {
        let parts = text.trimmingSpaces().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let octets = Int64(parts[0]), let count = Int(parts[1]), octets >= 0, count >= 0 else {
            return nil
        }
        self.init(octets: octets, count: count)
    }

    /// `OCTETS.COUNT`.
    public var description: String { "\(octets).\(count)" }
}

extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
