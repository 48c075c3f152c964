import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes zip` as a user runs it: packaging, refusing, extracting, refreshing, exit statuses.
@Suite struct ZipCommandTests {
    static let request = Fixtures.path("crates/valid/request")
    static let identifier = "urn:uuid:6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"

    static func temporaryFolder(_ label: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func listing(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).sorted()
    }

    static func output(_ result: CommandRunner.Result) -> String { result.stdout + result.stderr }

    @Test func zipOfTheValidRequestValidatesAndUnzipAcceptsIt() throws {
        let folder = try Self.temporaryFolder("zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = folder + "/request.zip"
        let made = try CommandRunner.run(["zip", Self.request, "-o", zip, "--no-progress"])
        #expect(made.status == 0, "\(Self.output(made))")
        #expect(made.stdout.contains("wrote \(zip)"), "\(made.stdout)")
        #expect(Self.listing(folder) == ["request.zip"], "temporary files left beside the output")

        let validated = try CommandRunner.run(["validate", "--level", "recommended", zip])
        #expect(validated.status == 0, "\(Self.output(validated))")

        let tested = try CommandRunner.runProgram("/usr/bin/unzip", ["-t", zip])
        #expect(tested.status == 0, "\(Self.output(tested))")
        #expect(tested.stdout.contains("No errors detected"))
        let listed = try CommandRunner.runProgram("/usr/bin/unzip", ["-Z1", zip])
        let tops = Set(listed.stdout.split(separator: "\n").map { $0.split(separator: "/").first.map(String.init) ?? "" })
        #expect(tops == ["request"], "one top-level folder, the bag")
        #expect(listed.stdout.contains("request/data/ro-crate-metadata.json\n"))
    }

    /// The tool's own backups (`<name>.bak` beside `<name>`, left by `init --force`) are not packaged; a user's file
    /// that merely ends in `.bak` is (issue 16, item 10).
    @Test func theToolsOwnBackupsAreLeftOutOfTheZip() throws {
        let folder = try Self.temporaryFolder("zip-bak")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.request, toPath: folder + "/crate")
        try "{}".write(toFile: folder + "/crate/ro-crate-metadata.json.bak", atomically: true, encoding: .utf8)
        try "old".write(toFile: folder + "/crate/input1.txt.bak", atomically: true, encoding: .utf8)
        try "mine".write(toFile: folder + "/crate/archive.bak", atomically: true, encoding: .utf8)
        let zip = folder + "/request.zip"
        let made = try CommandRunner.run(["zip", folder + "/crate", "-o", zip, "--no-progress", "--no-validate"])
        #expect(made.status == 0, "\(Self.output(made))")
        let listed = try CommandRunner.runProgram("/usr/bin/unzip", ["-Z1", zip]).stdout
        #expect(!listed.contains("ro-crate-metadata.json.bak") && !listed.contains("input1.txt.bak"), "\(listed)")
        #expect(listed.contains("crate/data/archive.bak\n"), "\(listed)")
        #expect(listed.contains("crate/data/input1.txt\n"))
    }

    /// The README's chain (issue 16, item 4): zip a crate, extract the ZIP into a folder, and the printed bag path is
    /// what the next command takes; given the outer folder, commands name the bag inside it.
    @Test func extractSaysWhereTheBagIsAndTheNextCommandWorks() throws {
        let folder = try Self.temporaryFolder("zip-chain")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.request, toPath: folder + "/my-crate")
        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.runProgram(CommandRunner.executable.path, arguments, directory: folder)
        }
        #expect(try run(["zip", "my-crate/", "-o", "request.zip", "--no-progress"]).status == 0)
        let extracted = try run(["zip", "--extract", "request.zip", "-d", "incoming"])
        #expect(extracted.status == 0, "\(Self.output(extracted))")
        #expect(extracted.stdout.contains("the bag is incoming/my-crate"), "\(extracted.stdout)")
        let sanitized = try run(["provenance", "sanitize", "incoming/my-crate/"])
        #expect(sanitized.status == 0, "\(Self.output(sanitized))")
        for arguments in [["provenance", "sanitize", "incoming"], ["validate", "incoming"], ["inspect", "incoming"]] {
            let outer = try run(arguments)
            #expect(outer.status == 2)
            #expect(Self.output(outer).contains("it holds one bag, `incoming/my-crate`"), "\(arguments): \(Self.output(outer))")
        }
    }

    @Test func anExistingOutputIsKeptAndExitsTwoWithoutForce() throws {
        let folder = try Self.temporaryFolder("zip-exists")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = folder + "/request.zip"
        let old = Data("an older file the user wants to keep\n".utf8)
        try old.write(to: URL(fileURLWithPath: zip))
        let result = try CommandRunner.run(["zip", Self.request, "-o", zip, "--no-progress"])
        #expect(result.status == 2, "\(Self.output(result))")
        #expect(result.stderr.contains("--force"), "\(result.stderr)")
        #expect(Self.bytes(zip) == old)
        #expect(Self.listing(folder) == ["request.zip"])
    }

    @Test func forceReplacesTheOutputAndKeepsTheOldOneAsBak() throws {
        let folder = try Self.temporaryFolder("zip-force")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = folder + "/request.zip"
        let old = Data("the previous package\n".utf8)
        try old.write(to: URL(fileURLWithPath: zip))
        let result = try CommandRunner.run(["zip", Self.request, "-o", zip, "--force", "--no-progress"])
        #expect(result.status == 0, "\(Self.output(result))")
        #expect(Self.bytes(zip + ".bak") == old)
        #expect(Self.bytes(zip)?.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(Self.listing(folder) == ["request.zip", "request.zip.bak"])
        #expect(try CommandRunner.run(["validate", zip]).status == 0)
    }

    @Test func anInvalidCrateExitsOneAndWritesNothing() throws {
        let folder = try Self.temporaryFolder("zip-invalid")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let crate = Fixtures.path("crates/invalid/5S-AGENT-01-no-agent")
        let result = try CommandRunner.run(["zip", crate, "-o", folder + "/bad.zip", "--no-progress"])
        #expect(result.status == 1, "\(Self.output(result))")
        #expect(result.stdout.contains("5S-AGENT-01"), "the report names the rule: \(result.stdout)")
        #expect(Self.listing(folder).isEmpty)
        let bag = try CommandRunner.run(["zip", crate, "--bag-dir", folder + "/bag", "--no-progress"])
        #expect(bag.status == 1)
        #expect(Self.listing(folder).isEmpty)
    }

    /// The archives `--extract` must refuse (the limits keep the bomb and the 100,000 entries quick).
    static let hostile = [
        "dotdot.zip", "absolute.zip", "backslash.zip", "symlink.zip", "duplicate.zip", "case-collision.zip",
        "unicode-collision.zip", "encrypted-flag.zip", "truncated.zip", "not-a-zip.zip", "bomb.zip", "many-entries.zip",
    ]

    @Test(.timeLimit(.minutes(2)), arguments: ZipCommandTests.hostile)
    func extractRefusesAHostileArchiveAndCreatesNothing(_ name: String) throws {
        let folder = try Self.temporaryFolder("extract")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/parent", withIntermediateDirectories: false)
        let absoluteExisted = FileManager.default.fileExists(atPath: "/tmp/abs.txt")
        let result = try CommandRunner.run([
            "zip", "--extract", Fixtures.path("archives/\(name)"), "-d", folder + "/parent/out",
            "--max-size", "100000000", "--max-files", "1000",
        ])
        #expect(result.status == 2, "\(name): \(Self.output(result))")
        #expect(result.stderr.contains("nothing was extracted"), "\(name): \(result.stderr)")
        #expect(Self.listing(folder) == ["parent"], "\(name) left \(Self.listing(folder))")
        if !absoluteExisted { #expect(!FileManager.default.fileExists(atPath: "/tmp/abs.txt")) }
    }

    @Test func extractOfTheValidArchiveGivesTheBag() throws {
        let folder = try Self.temporaryFolder("extract-ok")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["zip", "--extract", Fixtures.path("archives/request.zip"), "-d", folder + "/out"])
        #expect(result.status == 0, "\(Self.output(result))")
        let bag = Fixtures.path("bags/valid/request-bag")
        #expect(Self.listing(folder + "/out/request") == Self.listing(bag))
        for path in Self.listing(bag) {
            #expect(Self.bytes(folder + "/out/request/" + path) == Self.bytes(bag + "/" + path), "\(path)")
        }
    }

    @Test func sourceDateEpochAndIdentifierGiveByteIdenticalZips() throws {
        let folder = try Self.temporaryFolder("zip-repro")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        for name in ["one.zip", "two.zip"] {
            let result = try CommandRunner.run(
                [
                    "zip", Fixtures.path("crates/valid/result"), "-o", folder + "/" + name, "--external-identifier", Self.identifier,
                    "--bag-name", "result", "--no-progress",
                ],
                environment: environment
            )
            #expect(result.status == 0, "\(Self.output(result))")
            #expect(result.stdout.contains(Self.identifier))
        }
        let one = try #require(Self.bytes(folder + "/one.zip"))
        #expect(one == Self.bytes(folder + "/two.zip"))
        let listed = try CommandRunner.runProgram("/usr/bin/unzip", ["-l", folder + "/one.zip"])
        #expect(listed.stdout.contains("2023-11-14"), "entry times come from SOURCE_DATE_EPOCH: \(listed.stdout)")
        let info = try CommandRunner.runProgram("/usr/bin/unzip", ["-p", folder + "/one.zip", "result/bag-info.txt"])
        #expect(info.stdout.contains("Bagging-Date: 2023-11-14\n"))
        #expect(info.stdout.contains("External-Identifier: \(Self.identifier)\n"))
    }

    @Test func bagDirThenRefreshAfterEditingAPayloadFileValidatesClean() throws {
        let folder = try Self.temporaryFolder("zip-refresh")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bag = folder + "/request-bag"
        let made = try CommandRunner.run(["zip", Self.request, "--bag-dir", bag, "--no-progress"])
        #expect(made.status == 0, "\(Self.output(made))")
        #expect(try CommandRunner.run(["validate", "--level", "recommended", bag]).status == 0)

        // Same length, so the crate's contentSize stays right and only the bag is stale.
        let input = bag + "/data/input1.txt"
        var bytes = try #require(Self.bytes(input))
        bytes[0] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: input))
        let stale = try CommandRunner.run(["validate", "--format", "json", bag])
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("\"FS-BAG-001\""), "\(stale.stdout)")

        let refreshed = try CommandRunner.run(["zip", "--refresh", bag])
        #expect(refreshed.status == 0, "\(Self.output(refreshed))")
        let clean = try CommandRunner.run(["validate", "--level", "recommended", bag])
        #expect(clean.status == 0, "\(Self.output(clean))")
    }
}
