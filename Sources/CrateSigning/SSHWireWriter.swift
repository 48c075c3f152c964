/// Writes the SSH wire encoding (RFC 4251 §5): big-endian `uint32`, length-prefixed strings, `mpint`.
struct SSHWireWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends bytes as they are (no length prefix).
    mutating func appendRaw(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends a big-endian `uint32`.
    mutating func appendUInt32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// Appends a `string`: a `uint32` length, then the bytes.
    mutating func appendString(_ value: some Collection<UInt8>) {
        appendUInt32(UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    /// Appends a UTF-8 `string`.
    mutating func appendString(_ text: String) {
        appendString(Array(text.utf8))
    }

    /// Appends an `mpint` from an unsigned big-endian magnitude (leading zeros dropped, a zero byte added when
    /// the high bit is set).
    mutating func appendMPInt(unsigned magnitude: some Collection<UInt8>) {
        var value = Array(magnitude.drop { $0 == 0 })
        if let first = value.first, first & 0x80 != 0 { value.insert(0, at: 0) }
        appendString(value)
    }
}
