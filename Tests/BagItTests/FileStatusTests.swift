import BagIt
import Foundation
import Testing

/// `FileStatus` is the payload listing's one `lstat`: kinds, sizes, and links not followed.
@Suite struct FileStatusTests {
    @Test func tellsKindsAndSizesWithoutFollowingLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filestatus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(repeating: 7, count: 1234).write(to: URL(fileURLWithPath: folder + "/file.bin"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/file.bin")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: folder + "/missing")

        let file = try #require(FileStatus(linkAt: folder + "/file.bin"))
        #expect(file.kind == .regular)
        #expect(file.size == 1234)
        #expect(FileStatus(linkAt: folder + "/sub")?.kind == .directory)
        #expect(FileStatus(linkAt: folder + "/link")?.kind == .symbolicLink)
        #expect(FileStatus(linkAt: folder + "/dangling")?.kind == .symbolicLink)
        #expect(FileStatus(linkAt: "/dev/null")?.kind == .other)
        #expect(FileStatus(linkAt: folder + "/missing") == nil)
    }
}
