internal import Foundation

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Reads CSV or TSV (RFC 4180 quoting) one record at a time, in a single streaming pass with bounded memory.
///
/// Quoted fields may hold delimiters, line breaks and `""` for a quote; CRLF, LF and lone CR end records. A
/// stray quote inside an unquoted field, or text after a closing quote, is kept as text (as most readers do).
/// Memory is one read buffer plus the current record, which may not exceed ``maximumRowBytes``.
public struct DelimitedReader: Sendable {
    /// `,` for CSV, a tab for TSV.
    public var delimiter: UInt8
    /// The longest record accepted (bytes after unquoting).
    public var maximumRowBytes: Int
    /// The most fields a record may have.
    public var maximumFields: Int

    /// Creates a reader.
    public init(delimiter: UInt8 = UInt8(ascii: ","), maximumRowBytes: Int = 8 << 20, maximumFields: Int = 100_000) {
        self.delimiter = delimiter
        self.maximumRowBytes = maximumRowBytes
        self.maximumFields = maximumFields
    }

    /// The reader for a file name: TSV for `.tsv` and `.tab`, CSV otherwise.
    public static func forFile(named name: String) -> DelimitedReader {
        let lowered = name.lowercased()
        return DelimitedReader(delimiter: lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tab") ? UInt8(ascii: "\t") : UInt8(ascii: ","))
    }

    /// Reads the file at `path` (never through a symbolic link), calling `body` for every record.
    ///
    /// - Throws: ``DelimitedReadError`` when the file cannot be opened or read, a quote is never closed, or a
    ///   record is too long; errors thrown by `body` pass through.
    public func read(path: String, _ body: (DelimitedRow) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "is a symbolic link (not followed)" : "cannot be opened (\(String(cString: strerror(errno))))"
            throw DelimitedReadError(row: 0, line: 0, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw DelimitedReadError(row: 0, line: 0, reason: "is not a regular file")
        }
        var parser = Parser(reader: self)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = Self.systemRead(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw DelimitedReadError(
                    row: parser.row.number, line: parser.line, reason: "read failed (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            try parser.feed(UnsafeRawBufferPointer(rebasing: chunk[0..<count]), body)
        }
        try parser.finish(body)
    }

    /// read(2), named through the platform's C module (a member `read` would shadow it).
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
            Musl.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Reads records from bytes in memory (tests, small files).
    public func read(bytes: [UInt8], _ body: (DelimitedRow) throws -> Void) throws {
        var parser = Parser(reader: self)
        try bytes.withUnsafeBytes { buffer in try parser.feed(buffer, body) }
        try parser.finish(body)
    }

    /// The RFC 4180 state machine, fed chunk by chunk.
    struct Parser {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

        let reader: DelimitedReader
        var row = DelimitedRow()
        var state = State.fieldStart
        var fieldStart = 0
        var line = 1
        var records = 0
        var pendingCR = false
        var quoteLine = 0
        var inRecord = false

        init(reader: DelimitedReader) {
            self.reader = reader
            row.reset(number: 1, line: 1)
        }

        mutating func feed(_ buffer: UnsafeRawBufferPointer, _ body: (DelimitedRow) throws -> Void) throws {
            let delimiter = reader.delimiter
            let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
            for byte in buffer {
                if pendingCR {
                    pendingCR = false
                    if byte == newline { continue }
                }
                if !inRecord {
                    inRecord = true
                    row.reset(number: records + 1, line: line)
                }
                switch state {
                case .quoted:
                    if byte == quote {
                        state = .quoteInQuoted
                    } else {
                        if byte == newline || byte == carriage { line += 1 }
                        try append(byte)
                    }
                    continue
                case .quoteInQuoted:
                    if byte == quote {
                        state = .quoted
                        try append(byte)
                        continue
                    }
                    state = .unquoted
                case .fieldStart:
                    if byte == quote {
                        state = .quoted
                        quoteLine = line
                        continue
                    }
                    state = .unquoted
                case .unquoted:
                    break
                }
                if byte == delimiter {
                    try endField()
                    state = .fieldStart
                } else if byte == newline || byte == carriage {
                    pendingCR = byte == carriage
                    try endRecord(body)
                    line += 1
                } else {
                    try append(byte)
                }
            }
        }

        mutating func finish(_ body: (DelimitedRow) throws -> Void) throws {
            if state == .quoted {
                throw DelimitedReadError(
                    row: row.number, line: quoteLine,
                    reason: "a quoted field opened on line \(quoteLine) is never closed")
            }
            if inRecord { try endRecord(body) }
        }

        private mutating func append(_ byte: UInt8) throws {
            guard row.bytes.count < reader.maximumRowBytes else {
                throw DelimitedReadError(
                    row: row.number, line: row.line,
                    reason: "the row is longer than \(reader.maximumRowBytes) bytes (quote never closed?)")
            }
            row.bytes.append(byte)
        }

        private mutating func endField() throws {
            guard row.fields.count < reader.maximumFields else {
                throw DelimitedReadError(row: row.number, line: row.line, reason: "the row has more than \(reader.maximumFields) fields")
            }
            row.fields.append(fieldStart..<row.bytes.count)
            fieldStart = row.bytes.count
        }

        private mutating func endRecord(_ body: (DelimitedRow) throws -> Void) throws {
            try endField()
            // A line with nothing on it (e.g. a trailing blank line) is no record.
            let blank = row.fields.count == 1 && row.bytes.isEmpty && state != .quoteInQuoted
            state = .fieldStart
            fieldStart = 0
            inRecord = false
            guard !blank else { return }
            records += 1
            try body(row)
        }
    }
}
