import FiveSafesTestSupport
import Foundation
import Testing

/// One case of `Fixtures/hostile/cases.json` (written by `Fixtures/scripts/make_hostile.py`).
struct HostileCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var what: String
    var args: [String]
    var exit: Int32
    var contains: [String]
    var seconds: Double
    var memoryMiB: Double
    var writes: String?
    var large: Bool?
    var absent: [String]?
    /// Paths in the case folder made as FIFOs before the run (git cannot hold one).
    var fifos: [String]?

    var testDescription: String { "\(name): \(what)" }
}

/// The hostile-input suite: every case runs the real executable on a copy of its input inside a fresh sandbox
/// folder, and must give its exit code and its clear message, within its time and memory bounds, without a
/// crash, and without writing anything outside the one path it may write (nothing at all when it fails).
@Suite struct HostileInputTests {
    static let root = Fixtures.path("hostile")

    static let cases: [HostileCase] = {
        struct Manifest: Decodable { var cases: [HostileCase] }
        guard let data = FileManager.default.contents(atPath: root + "/cases.json"),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [] }
        return manifest.cases
    }()

    /// The large inputs are not committed: written once per test run when missing.
    static let largeFilesReady: Bool = {
        let missing = cases.filter { $0.large == true }.contains {
            !FileManager.default.fileExists(atPath: "\(root)/\($0.name)/ro-crate-metadata.json")
        }
        guard missing else { return true }
        let script = Fixtures.path("scripts/make_hostile.py")
        let result = try? CommandRunner.runProgram("/usr/bin/env", ["python3", script, "--large"])
        return result?.status == 0
    }()

    @Test(arguments: cases)
    func hostileInputIsHandled(_ hostile: HostileCase) throws {
        if hostile.large == true { try #require(Self.largeFilesReady, "make_hostile.py --large failed") }
        let sandbox = try Sandbox(copying: "\(Self.root)/\(hostile.name)")
        defer { sandbox.remove() }
        for fifo in hostile.fifos ?? [] {
            try #require(mkfifo(sandbox.work + "/case/" + fifo, 0o644) == 0, "mkfifo \(fifo)")
        }
        let before = try sandbox.snapshot()
        let arguments = hostile.args.map { $0.replacingOccurrences(of: "{case}", with: "case") }
        let outcome = try BoundedProcess.run(
            CommandRunner.executable.path, arguments, in: sandbox.work, environment: ["NO_COLOR": "1"],
            timeout: hostile.seconds
        )
        let context = Comment(rawValue: "\(hostile.name): \(outcome)\n\(outcome.output.prefix(2000))")
        #expect(!outcome.timedOut, context)
        #expect(outcome.signal == nil, context)
        #expect(outcome.status == hostile.exit, context)
        #expect(outcome.seconds <= hostile.seconds, context)
        #expect(outcome.peakMiB <= hostile.memoryMiB, context)
        for text in hostile.contains {
            #expect(outcome.output.contains(text), "missing \(text.debugDescription); \(context)")
        }
        for secret in hostile.absent ?? [] {
            #expect(!outcome.output.contains(secret), "printed the secret \(secret.debugDescription)")
        }
        for crash in ["Fatal error", "Stack dump", "Backtrace", "Segmentation fault"] {
            #expect(!outcome.output.contains(crash), context)
        }
        // Nothing written outside the allowed path, and nothing at all by a command that failed.
        let allowed = outcome.status == 0 ? hostile.writes.map { "work/" + $0 } : nil
        let changes = try sandbox.snapshot().changes(since: before).filter { path in
            guard let allowed else { return true }
            return path != allowed && !path.hasPrefix(allowed + "/")
        }
        #expect(changes.isEmpty, "wrote or changed \(changes.prefix(10)) (\(hostile.name))")
    }

    @Test func everyCaseFolderIsInTheManifest() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(Self.root)/\(name)", isDirectory: &isDirectory) && isDirectory.boolValue
        }
        #expect(Set(folders) == Set(Self.cases.map(\.name)))
        #expect(Self.cases.count >= 60, "the hostile suite lost cases: \(Self.cases.count)")
    }
}

/// A fresh folder holding `work/case` (a copy of a case folder; a `FROM` file names a fixture copied in as
/// `crate.zip`) and `outside/` with a sentinel file, so writes anywhere in it can be seen.
struct Sandbox {
    let root: String
    var work: String { root + "/work" }

    /// A sandbox with `caseFolder` copied to `work/case` (an empty work folder when nil).
    init(copying caseFolder: String?) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
        try Data("sentinel\n".utf8).write(to: URL(fileURLWithPath: root + "/outside/sentinel.txt"))
        try manager.createDirectory(atPath: work, withIntermediateDirectories: true)
        guard let caseFolder else { return }
        try manager.copyItem(atPath: caseFolder, toPath: work + "/case")
        if let from = manager.contents(atPath: work + "/case/FROM") {
            let relative = String(decoding: from, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            try manager.copyItem(atPath: Fixtures.path(relative), toPath: work + "/case/crate.zip")
        }
    }

    /// Every path under the sandbox with its type, and for files and links their size and modification time (links
    /// are not followed).
    func snapshot() throws -> TreeSnapshot {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        let walker = manager.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String {
            let attributes = try manager.attributesOfItem(atPath: root + "/" + relative)
            let type = (attributes[.type] as? FileAttributeType)?.rawValue ?? "?"
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            // A folder's own size and time change when a temporary file comes and goes: only its entries count.
            guard attributes[.type] as? FileAttributeType != .typeDirectory else {
                entries[relative] = type
                continue
            }
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            entries[relative] = "\(type) \(size) \(time)"
        }
        return TreeSnapshot(entries: entries)
    }

    func remove() {
        // Make everything writable again first (some tests make folders read-only).
        _ = try? CommandRunner.runProgram("/bin/chmod", ["-R", "u+rwX", root])
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// A folder tree's paths and attributes, compared before and after a command.
struct TreeSnapshot {
    var entries: [String: String]

    /// Paths added, removed or changed since `earlier`, sorted.
    func changes(since earlier: TreeSnapshot) -> [String] {
        let paths = Set(entries.keys).union(earlier.entries.keys)
        return paths.filter { entries[$0] != earlier.entries[$0] }.sorted()
    }
}
