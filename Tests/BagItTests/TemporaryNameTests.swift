import BagIt
import Foundation
import Testing

@Suite struct TemporaryNameTests {
    /// The id of a process that has exited (spawned and waited for), so no process has it now.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func killedRunsLeftoversAreRemovedAndLiveOnesKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tmpname-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/.out.zip.1-2.fivesafes.tmp-not-ours", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dead = try Self.deadPID()
        let live = ProcessInfo.processInfo.processIdentifier
        let staleFile = folder + "/.out.zip.\(dead)-7.fivesafes.tmp"
        let staleFolder = folder + "/.out.zip.\(dead)-8.fivesafes.tmp"
        let running = folder + "/.out.zip.\(live)-9.fivesafes.tmp"
        let otherOutput = folder + "/.other.zip.\(dead)-10.fivesafes.tmp"
        let userFile = folder + "/out.zip.fivesafes.tmp"
        for file in [staleFile, running, otherOutput, userFile] {
            try #require(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        }
        try FileManager.default.createDirectory(atPath: staleFolder + "/data", withIntermediateDirectories: true)
        try #require(FileManager.default.createFile(atPath: staleFolder + "/data/a.txt", contents: Data("x".utf8)))

        let fresh = TemporaryName.beside(folder + "/out.zip")

        let exists = { (path: String) in FileManager.default.fileExists(atPath: path) }
        #expect(!exists(staleFile) && !exists(staleFolder), "a dead run's file and folder are removed")
        #expect(exists(running), "a running process's temporary is kept")
        #expect(exists(otherOutput), "only temporaries of this output are touched")
        #expect(exists(userFile) && exists(folder + "/.out.zip.1-2.fivesafes.tmp-not-ours"), "names outside the scheme are kept")
        #expect(fresh.hasPrefix(folder + "/.out.zip.\(live)-") && fresh.hasSuffix(TemporaryName.suffix))
        #expect(!exists(fresh), "the new name is only a name")
    }
}
