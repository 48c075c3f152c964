import BagIt
import Foundation
import Testing

/// `FileContents` reads an open file into one array sized from a hint; a wrong hint or a growing file still
/// gives every byte, and a file past the limit is refused as a limit, not as damage.
@Suite struct FileContentsTests {
    /// Writes `bytes` to a new file and reads it back through `FileContents`.
    private func readBack(_ bytes: [UInt8], hint: Int, limit: Int) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("filecontents-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        return try FileContents.read(descriptor: handle.fileDescriptor, sizeHint: hint, limit: limit, path: path)
    }

    @Test(arguments: [0, 1, 999, 1000, 1001, 50_000])
    func everyByteWhateverTheHint(hint: Int) throws {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(try readBack(bytes, hint: hint, limit: 10_000) == bytes)
    }

    @Test func anEmptyFileIsEmpty() throws {
        #expect(try readBack([], hint: 0, limit: 10).isEmpty)
    }

    @Test func aFileAtTheLimitIsReadAndOnePastItIsALimitError() throws {
        #expect(try readBack([UInt8](repeating: 65, count: 64), hint: 64, limit: 64).count == 64)
        // The hint says it fits, as a file that grew after it was measured would.
        let error = #expect(throws: BagReadError.self) {
            try readBack([UInt8](repeating: 65, count: 65), hint: 10, limit: 64)
        }
        #expect(error?.isLimit == true)
        #expect(error?.reason.contains("limit of 64 bytes") == true)
    }
}
