import BagIt
import FiveSafesTestSupport
import Foundation
import Synchronization
import Testing

/// `BlockObserver` on the checksum pass of both bag sources: the observer sees exactly the bytes that were hashed,
/// ends each file it saw with `nil`, and the digests do not change (issue #15: one read per file for hash, size
/// and the secrets scan).
@Suite struct BlockObserverTests {
    /// Collects what sinks were given: path → bytes, and the paths whose end was seen.
    final class Recorder: Sendable {
        private let state = Mutex<(bytes: [String: [UInt8]], ended: Set<String>)>(([:], []))

        func observer(only wanted: @escaping @Sendable (String) -> Bool = { _ in true }) -> BlockObserver {
            BlockObserver { path in
                guard wanted(path) else { return nil }
                return { block in
                    self.state.withLock { state in
                        if let block { state.bytes[path, default: []] += Array(block) } else { state.ended.insert(path) }
                    }
                }
            }
        }

        var bytes: [String: [UInt8]] { state.withLock { $0.bytes } }
        var ended: Set<String> { state.withLock { $0.ended } }
    }

    @Test func theFolderChecksumPassShowsEveryHashedFileWhole() throws {
        let folder = try BagTest.temporaryFolder("observe-folder")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/result"))
        _ = try BagPackager(options: BagTest.options).writeDirectory(payload: payload, to: folder + "/bag")
        let plain = BagVerifier().verify(DirectoryBagSource(root: folder + "/bag"))
        var source = DirectoryBagSource(root: folder + "/bag")
        let recorder = Recorder()
        source.observer = recorder.observer { $0.hasPrefix("data/") }
        let observed = BagVerifier().verify(source)
        #expect(observed.problems.isEmpty && plain.problems.isEmpty, "\(observed.problems)")
        #expect(observed.hashedFiles == plain.hashedFiles && observed.hashedBytes == plain.hashedBytes)
        let expected = Set(payload.map { "data/" + $0.path })
        #expect(recorder.ended == expected)
        for file in payload {
            #expect(recorder.bytes["data/" + file.path] ?? [] == Array(try Data(contentsOf: URL(fileURLWithPath: file.source))))
        }
    }

    @Test func theZipPassShowsEveryFileByArchiveName() throws {
        let folder = try BagTest.temporaryFolder("observe-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let payload = try BagTest.payload(of: Fixtures.path("crates/valid/request"))
        _ = try BagPackager(options: BagTest.options).writeZip(payload: payload, bagName: "request", to: folder + "/bag.zip")
        let recorder = Recorder()
        let source = try ZipBagSource(path: folder + "/bag.zip", observer: recorder.observer())
        #expect(source.problems.isEmpty && BagVerifier().verify(source).problems.isEmpty)
        for file in payload {
            let name = "request/data/" + file.path
            #expect(recorder.ended.contains(name), "\(name)")
            #expect(recorder.bytes[name] ?? [] == Array(try Data(contentsOf: URL(fileURLWithPath: file.source))))
        }
        #expect(recorder.ended.contains("request/manifest-sha512.txt"))
    }
}
