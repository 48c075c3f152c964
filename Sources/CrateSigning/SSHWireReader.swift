/// Reads the SSH wire encoding (RFC 4251 §5), refusing anything truncated or oversized.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0
    /// What is being read, for error messages ("the SSH signature").
    private let what: String

    /// Reads `bytes`, naming them `what` in errors.
    init(_ bytes: some Sequence<UInt8>, what: String) {
        self.bytes = Array(bytes)
        self.what = what
    }

    /// True when every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// Reads `count` bytes as they are.
    mutating func readRaw(_ count: Int) throws(SigningError) -> [UInt8] {
        guard count >= 0, bytes.count - offset >= count else { throw SigningError("\(what) is truncated") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a big-endian `uint32`.
    mutating func readUInt32() throws(SigningError) -> UInt32 {
        try readRaw(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Reads a `string` as bytes.
    mutating func readString() throws(SigningError) -> [UInt8] {
        let length = try readUInt32()
        guard length <= UInt32(bytes.count - offset) else { throw SigningError("\(what) is truncated") }
        return try readRaw(Int(length))
    }

    /// Reads a `string` as UTF-8 text.
    mutating func readText() throws(SigningError) -> String {
        let raw = try readString()
        guard let text = String(validating: raw, as: UTF8.self) else { throw SigningError("\(what) holds text that is not UTF-8") }
        return text
    }

    /// Reads an `mpint` as an unsigned magnitude of exactly `width` bytes (for curve scalars and coordinates).
    mutating func readMPInt(width: Int) throws(SigningError) -> [UInt8] {
        let raw = Array(try readString().drop { $0 == 0 })
        guard raw.count <= width else { throw SigningError("\(what) holds an integer wider than \(width) bytes") }
        return [UInt8](repeating: 0, count: width - raw.count) + raw
    }
}
