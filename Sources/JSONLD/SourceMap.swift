#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns byte offsets in a document into 1-based line and column numbers.
///
/// Built once per document in one pass; each lookup is a binary search, so reporting stays cheap even for
/// very large files. Columns count Unicode scalars, as editors do.
public struct SourceMap: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    /// Indexes the line starts of a document.
    public init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            // memchr jumps from newline to newline at memory speed, even in unoptimised builds.
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                starts.append(position + 1)
                offset = position + 1
            }
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    /// The 1-based line and column of a byte offset; nil for offsets of built values (negative).
    public func position(of offset: Int) -> (line: Int, column: Int)? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        var column = 1
        var index = lineStart
        while index < offset {
            // Continuation bytes (10xxxxxx) do not start a new scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
