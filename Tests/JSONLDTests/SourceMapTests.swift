import JSONLD
import Testing

@Suite struct SourceMapTests {
    /// The column by the definition: scalars from the line start to the offset, plus one.
    static func naiveColumn(_ bytes: [UInt8], _ offset: Int) -> Int {
        let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
        return String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
    }

    @Test func columnsOnAVeryLongLineMatchTheDefinition() throws {
        // One minified line of ~300 KiB (several 64 KiB blocks) mixing 1-, 2- and 3-byte scalars, then a short line.
        let unit = Array("ab\u{E9}\u{20AC}c".utf8)  // 1+1+2+3+1 = 8 bytes, 5 scalars
        var bytes: [UInt8] = []
        while bytes.count < 300_000 { bytes += unit }
        bytes += Array("\nxyz".utf8)
        let map = SourceMap(bytes)
        // Offsets at scalar starts: before, at and after block boundaries, and on the second line.
        for offset in [0, 8, 65_528, 65_536, 65_544, 131_072, 200_000, 299_992, bytes.count - 1] {
            let start = bytes[offset] & 0xC0 == 0x80 ? offset - (offset % 8) : offset
            let position = try #require(map.position(of: start))
            let line = bytes[..<start].contains(0x0A) ? 2 : 1
            #expect(position.line == line)
            #expect(position.column == Self.naiveColumn(bytes, start), "offset \(start)")
        }
    }

    @Test func negativeAndOutOfRangeOffsetsHaveNoPosition() {
        let map = SourceMap(Array("{}".utf8))
        #expect(map.position(of: -1) == nil)
        #expect(map.position(of: 3) == nil)
    }
}
