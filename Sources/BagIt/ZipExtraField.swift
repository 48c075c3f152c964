/// A ZIP record's extra field, read only for its zip64 block (header id 1), whose 8-byte values replace the
/// 32-bit fields that hold 0xFFFFFFFF, in a fixed order: size, compressed size, local-header offset.
struct ZipExtraField {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The 64-bit values asked for, or nil when one that is asked for is missing.
    func zip64(size: Bool, compressedSize: Bool, offset: Bool) -> (size: UInt64?, compressedSize: UInt64?, offset: UInt64?)? {
        guard size || compressedSize || offset else { return (nil, nil, nil) }
        guard let block = zip64Block() else { return nil }
        var position = 0
        func next(_ wanted: Bool) -> UInt64?? {
            guard wanted else { return .some(nil) }
            guard position + 8 <= block.count else { return nil }
            defer { position += 8 }
            return .some(block.uint64(position))
        }
        guard let wideSize = next(size), let wideCompressed = next(compressedSize), let wideOffset = next(offset) else { return nil }
        return (wideSize, wideCompressed, wideOffset)
    }

    /// The zip64 block's data; blocks are walked only while they fit (writers pad extra fields loosely).
    private func zip64Block() -> [UInt8]? {
        var position = 0
        while position + 4 <= bytes.count {
            let id = bytes.uint16(position), length = Int(bytes.uint16(position + 2))
            guard position + 4 + length <= bytes.count else { return nil }
            if id == 1 { return Array(bytes[position + 4..<position + 4 + length]) }
            position += 4 + length
        }
        return nil
    }
}
