import BagIt
import FiveSafesTestSupport
import Foundation

/// Shared helpers of the bag tests: temporary folders, payload listings, tree snapshots, archive verdicts.
enum BagTest {
    /// A new empty folder under the system temporary folder; the caller removes it.
    static func temporaryFolder(_ label: String = "bags") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every regular file under `folder` as payload, paths relative to it, sorted.
    static func payload(of folder: String) throws -> [PayloadFile] {
        try tree(folder).filter { !$0.value.isDirectory }.keys.sorted().map { path in
            PayloadFile(
                source: folder + "/" + path, path: path, size: Int64(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)).count))
        }
    }

    /// One node of a folder snapshot.
    struct Node: Equatable, CustomStringConvertible {
        var isDirectory: Bool
        var bytes: Data

        var description: String { isDirectory ? "<dir>" : "<\(bytes.count) bytes>" }
    }

    /// Every entry under `folder` (relative path → node), never following symbolic links.
    static func tree(_ folder: String) throws -> [String: Node] {
        var result: [String: Node] = [:]
        let manager = FileManager.default
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            for name in try manager.contentsOfDirectory(atPath: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let attributes = try manager.attributesOfItem(atPath: folder + "/" + child)
                if attributes[.type] as? FileAttributeType == .typeDirectory {
                    result[child] = Node(isDirectory: true, bytes: Data())
                    pending.append(child)
                } else {
                    result[child] = Node(isDirectory: false, bytes: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + child)))
                }
            }
        }
        return result
    }

    /// Names of every entry anywhere under `folder` (for "no evil.txt appeared" checks).
    static func allNames(under folder: String) -> Set<String> {
        let names = FileManager.default.enumerator(atPath: folder)?.compactMap {
            ($0 as? String)?.split(separator: "/").last.map(String.init)
        }
        return Set(names ?? [])
    }

    /// The problem kinds `validate` would see for a ZIP: what reading it in place finds and, when the
    /// whole archive could be read, what verifying the bag inside finds (as `CrateValidator.loadZip` does).
    static func archiveKinds(_ path: String, limits: ArchiveLimits = ArchiveLimits()) -> [BagProblem.Kind] {
        problems(path, limits: limits).map(\.kind).sorted { $0.rawValue < $1.rawValue }
    }

    /// The problems behind ``archiveKinds(_:limits:)``.
    static func problems(_ path: String, limits: ArchiveLimits = ArchiveLimits()) -> [BagProblem] {
        let source: ZipBagSource
        do {
            source = try ZipBagSource(path: path, limits: limits)
        } catch {
            return [BagProblem(.zipUnreadable, file: path, error.reason)]
        }
        if source.isTruncated { return source.problems }
        return source.problems + BagVerifier().verify(source).problems
    }

    /// Entry name → compression method as Info-ZIP's `zipinfo` shows it (`stor`, `defN`, `defF`, …), from
    /// `unzip -Z -s`, a reader independent of ours and of libarchive.
    static func entryMethods(_ zip: String) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-Z", "-s", zip]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var methods: [String: String] = [:]
        // `-rw-r--r--  2.0 unx   300000 b- stor 20-Jan-01 00:00 auto/data/random.bin`
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
            guard fields.count == 9, fields[0].count == 10 else { continue }
            methods[String(fields[8])] = String(fields[5])
        }
        return methods
    }

    /// Kinds sorted by name, so two lists compare as multisets.
    static func sorted(_ kinds: [BagProblem.Kind]) -> [BagProblem.Kind] {
        kinds.sorted { $0.rawValue < $1.rawValue }
    }

    /// Fixed options for written bags.
    static let options = BagOptions(
        externalIdentifier: "urn:uuid:6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f",
        baggingDate: "2020-01-01",
        modified: 1_577_836_800,
        softwareAgent: "fivesafes tests"
    )
}
