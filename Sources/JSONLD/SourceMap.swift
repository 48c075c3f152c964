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
/// very large files. Columns count Unicode scalars, as editors do. Minified documents are one long line, so for
/// lines longer than a block (1 KiB) the scalar count at every block boundary is kept too: a lookup then scans
/// at most one block instead of the whole line (which made a million findings on one line quadratic).
public struct SourceMap: Sendable {
    private static let blockSize = 1 << 10
    private let lineStarts: LineStarts
    private let bytes: [UInt8]
    /// Line index → scalars from the line's start to the end of each whole block of it (long lines only).
    private let blockColumns: [Int: [Int]]

    /// Indexes the line starts of a document.
    public init(_ bytes: [UInt8]) {
        // Two passes over the newlines (memchr jumps from one to the next at memory speed, even in unoptimised
        // builds): the first counts them, so the second fills an array of exactly the right size, 4 bytes a line
        // for any file under 4 GiB (a growing array of Int was up to 4× that at its peak: 1.4 million lines of
        // a 100,000-entity crate held ~26 MB while it grew).
        var newlines = 0
        Self.forEachNewline(in: bytes) { _ in newlines += 1 }
        let starts: LineStarts
        if bytes.count < Int(UInt32.max) {
            var narrow: [UInt32] = [0]
            narrow.reserveCapacity(newlines + 1)
            Self.forEachNewline(in: bytes) { narrow.append(UInt32(truncatingIfNeeded: $0 + 1)) }
            starts = .narrow(narrow)
        } else {
            var wide = [0]
            wide.reserveCapacity(newlines + 1)
            Self.forEachNewline(in: bytes) { wide.append($0 + 1) }
            starts = .wide(wide)
        }
        self.lineStarts = starts
        self.bytes = bytes
        var blocks: [Int: [Int]] = [:]
        bytes.withUnsafeBufferPointer { buffer in
            for line in 0..<starts.count {
                let start = starts[line]
                let end = line + 1 < starts.count ? starts[line + 1] : buffer.count
                guard end - start > Self.blockSize else { continue }
                var counts: [Int] = []
                var scalars = 0
                var blockEnd = start + Self.blockSize
                for index in start..<end {
                    if index == blockEnd {
                        counts.append(scalars)
                        blockEnd += Self.blockSize
                    }
                    if buffer[index] & 0xC0 != 0x80 { scalars += 1 }
                }
                blocks[line] = counts
            }
        }
        self.blockColumns = blocks
    }

    /// Calls `body` with the offset of every newline byte, in order.
    private static func forEachNewline(in bytes: [UInt8], _ body: (Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                body(position)
                offset = position + 1
            }
        }
    }

    /// The byte offset where each line starts: 4 bytes each below 4 GiB, 8 above.
    private enum LineStarts: Sendable {
        case narrow([UInt32])
        case wide([Int])

        var count: Int {
            switch self {
            case .narrow(let starts): starts.count
            case .wide(let starts): starts.count
            }
        }

        subscript(line: Int) -> Int {
            switch self {
            case .narrow(let starts): Int(starts[line])
            case .wide(let starts): starts[line]
            }
        }
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
        let wholeBlocks = (offset - lineStart) / Self.blockSize
        if wholeBlocks > 0, let counts = blockColumns[low], wholeBlocks <= counts.count {
            column += counts[wholeBlocks - 1]
            index += wholeBlocks * Self.blockSize
        }
        bytes.withUnsafeBufferPointer { buffer in
            while index < offset {
                // Continuation bytes (10xxxxxx) do not start a new scalar.
                if buffer[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        return (low + 1, column)
    }
}
