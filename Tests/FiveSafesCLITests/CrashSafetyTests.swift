import Crypto
import FiveSafesTestSupport
import Foundation
import Testing

/// One command that writes, on a prepared folder.
struct WriteScenario: Sendable, CustomTestStringConvertible {
    var name: String
    /// Builds the user's files in the work folder (the same every time).
    var prepare: @Sendable (_ work: String) throws -> Void
    var arguments: [String]
    var environment: [String: String] = [:]

    var testDescription: String { name }
}

/// "No lost data": every command that writes is killed with SIGKILL at random points over many runs, run out
/// of file-size budget (`ulimit -f`), and pointed at read-only folders; the user's files must survive, and no
/// half-written output may sit under a final name.
///
/// The rule checked after every run, whatever happened: each file that existed before still holds its old bytes
/// or the bytes a complete run gives it (the old bytes then still exist, e.g. as `.bak`); each new file is either
/// exactly what a complete run writes, complete in its own format where a run is not byte-for-byte repeatable
/// (JSON, HTML), or a hidden fivesafes temporary file.
@Suite(.serialized) struct CrashSafetyTests {
    /// Kill runs per scenario: `FIVESAFES_KILL_ITERATIONS`, 12 by default.
    static let iterations = ProcessInfo.processInfo.environment["FIVESAFES_KILL_ITERATIONS"].flatMap(Int.init) ?? 12

    static let scenarios: [WriteScenario] = [
        WriteScenario(
            name: "init", prepare: { try Files.userFolder(at: $0 + "/crate", withMetadata: false) }, arguments: Files.initArguments),
        WriteScenario(
            name: "init --update", prepare: { try Files.userFolder(at: $0 + "/crate", withMetadata: true) },
            arguments: ["init", "crate", "--update"]
        ),
        WriteScenario(
            name: "init --force", prepare: { try Files.userFolder(at: $0 + "/crate", withMetadata: true) },
            arguments: Files.initArguments + ["--force"]
        ),
        WriteScenario(
            name: "zip", prepare: { try Files.userFolder(at: $0 + "/crate", withMetadata: true) },
            arguments: ["zip", "crate", "-o", "request.zip", "--external-identifier", Files.externalID],
            environment: ["SOURCE_DATE_EPOCH": "1700000000"]
        ),
        WriteScenario(
            name: "zip --force", prepare: Files.crateAndZip,
            arguments: ["zip", "crate", "-o", "request.zip", "--force", "--external-identifier", Files.externalID],
            environment: ["SOURCE_DATE_EPOCH": "1700000000"]
        ),
        WriteScenario(name: "zip --extract", prepare: Files.crateAndZip, arguments: ["zip", "--extract", "request.zip", "-d", "out"]),
        WriteScenario(name: "zip --refresh", prepare: Files.changedBag, arguments: ["zip", "--refresh", "bag"]),
        WriteScenario(name: "sign (bag folder)", prepare: Files.bagAndKey, arguments: ["sign", "bag", "--ssh-key", "key"]),
        WriteScenario(name: "sign (ZIP)", prepare: Files.crateAndZipAndKey, arguments: ["sign", "request.zip", "--ssh-key", "key"]),
        WriteScenario(
            name: "provenance add", prepare: Files.bagAndKey,
            arguments: [
                "provenance", "add", "check", "bag", "--agent", "https://tre.example.org/#checker", "--agent-name", "Checker",
                "--tre", "https://tre.example.org/", "--tre-name", "TRE", "--start", "2026-11-23T09:00:05Z",
            ]
        ),
    ]

    @Test(arguments: scenarios)
    func killedAtRandomPointsLosesNothing(_ scenario: WriteScenario) throws {
        // The user's files are made once (init makes new identifiers each time) and copied into every run's folder.
        let template = try Sandbox(preparing: scenario)
        defer { template.remove() }
        // A complete run: how long it takes and what it leaves.
        let reference = try Sandbox(cloning: template)
        defer { reference.remove() }
        let before = try reference.contents()
        let complete = try reference.run(scenario, timeout: 300)
        try #require(complete.status == 0, "the complete run failed: \(complete)\n\(complete.output)")
        let finished = try reference.contents()
        var killedMidRun = 0
        var temporaries = 0
        var rerunsCleaned = 0
        var generator = SystemRandomNumberGenerator()
        for iteration in 0..<Self.iterations {
            let sandbox = try Sandbox(cloning: template)
            defer { sandbox.remove() }
            // Kill times spread over the whole run, start-up included, and every other run over its last third,
            // where small outputs are written.
            let range = iteration.isMultiple(of: 2) ? 0...(complete.seconds * 1.1) : (complete.seconds * 0.67)...(complete.seconds * 1.02)
            let delay = Double.random(in: range, using: &generator)
            let outcome = try sandbox.run(scenario, timeout: 300, killAfter: delay)
            if outcome.signal == 9 { killedMidRun += 1 }
            let after = try sandbox.contents()
            let problems = Self.problems(before: before, after: after, complete: finished, in: sandbox.work)
            let left = after.keys.filter(Self.isTemporary)
            temporaries += left.count
            #expect(problems.isEmpty, "\(scenario.name), run \(iteration), killed after \(delay) s (\(outcome)): \(problems)")
            // The next run that writes there removes what the killed one left (its process is gone).
            if !left.isEmpty, try sandbox.run(scenario, timeout: 300).status == 0 {
                rerunsCleaned += 1
                let remaining = try sandbox.contents().keys.filter(Self.isTemporary)
                #expect(remaining.isEmpty, "\(scenario.name): a later run left \(remaining.sorted().prefix(3))")
            }
        }
        print(
            "kill test \(scenario.name): \(Self.iterations) runs, \(killedMidRun) killed mid-run, complete run "
                + "\(String(format: "%.2f", complete.seconds)) s, \(temporaries) temporary files left by kills, "
                + "\(rerunsCleaned) later runs checked to remove them")
        #expect(killedMidRun > 0, "no kill landed before \(scenario.name) finished; the scenario is too fast to test")
    }

    /// What breaks the rule above, as readable strings.
    static func problems(
        before: [String: SHA256.Digest], after: [String: SHA256.Digest], complete: [String: SHA256.Digest], in work: String
    ) -> [String] {
        var problems: [String] = []
        for (path, old) in before {
            guard let now = after[path] else {
                problems.append("\(path) is gone")
                continue
            }
            if now != old && now != complete[path] && !isComplete(work + "/" + path) {
                problems.append("\(path) holds neither its old nor its new content")
            }
            // Where a complete run keeps the old bytes (a .bak), they must survive any kill too.
            if complete.values.contains(old) && !after.values.contains(old) { problems.append("the old content of \(path) is lost") }
        }
        for (path, now) in after where before[path] == nil && !isTemporary(path) {
            if complete[path] != now && !isComplete(work + "/" + path) {
                problems.append("\(path) is a half-written output under its final name")
            }
        }
        // A folder output (extraction) appears whole or not at all.
        let extracted = complete.keys.filter { $0.hasPrefix("out/") }
        if after.keys.contains(where: { $0.hasPrefix("out/") }) {
            for path in extracted where after[path] != complete[path] { problems.append("out/ is incomplete: \(path)") }
        }
        return problems.sorted()
    }

    /// A temporary file or folder of fivesafes (left only by a kill; never under a final name).
    static func isTemporary(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") && $0.hasSuffix(".fivesafes.tmp") }
    }

    /// Whether a file that differs between runs (times, generated ids) is whole in its own format.
    static func isComplete(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        if path.hasSuffix(".json") { return (try? JSONSerialization.jsonObject(with: data)) != nil }
        if path.hasSuffix(".html") { return String(decoding: data, as: UTF8.self).hasSuffix("</html>\n") }
        return false
    }

    @Test(arguments: ["zip", "zip --extract", "init --update", "provenance add", "sign (ZIP)"])
    func aFullDiskLeavesTheOriginalIntact(_ name: String) throws {
        let scenario = try #require(Self.scenarios.first { $0.name == name })
        let sandbox = try Sandbox(preparing: scenario)
        defer { sandbox.remove() }
        let before = try sandbox.contents()
        // Files written may grow to 2 KiB (reading is not limited): too little for any output here. SIGXFSZ is
        // ignored by the tool, so the write fails with EFBIG and is reported.
        let outcome = try sandbox.run(scenario, timeout: 120, prefix: ["/bin/sh", "-c", "ulimit -f 4 && exec \"$@\"", "sh"])
        #expect(outcome.status == 2, "\(name): \(outcome)\n\(outcome.output)")
        #expect(outcome.output.contains("File too large"), "\(name): \(outcome.output)")
        let after = try sandbox.contents()
        #expect(
            after.filter { !Self.isTemporary($0.key) } == before,
            "\(name) changed files: \(Set(after.keys).symmetricDifference(before.keys))")
        #expect(!after.keys.contains(where: Self.isTemporary), "\(name) left temporary files")
    }

    @Test(arguments: ["zip", "zip --extract", "init", "init --update", "provenance add", "sign (bag folder)", "zip --refresh"])
    func aReadOnlyTargetGivesAClearError(_ name: String) throws {
        let scenario = try #require(Self.scenarios.first { $0.name == name })
        let sandbox = try Sandbox(preparing: scenario)
        defer { sandbox.remove() }
        _ = try CommandRunner.runProgram("/bin/chmod", ["-R", "a-w", sandbox.work])
        let before = try sandbox.contents()
        let outcome = try sandbox.run(scenario, timeout: 120, prefix: Sandbox.withoutRootOverride)
        #expect(outcome.status == 2, "\(name): \(outcome)\n\(outcome.output)")
        #expect(outcome.output.contains("Permission denied") || outcome.output.contains("read-only"), "\(name): \(outcome.output)")
        #expect(!outcome.output.contains("Fatal error"))
        #expect(try sandbox.contents() == before)
    }
}

/// The user's files the scenarios start from.
enum Files {
    static let externalID = "urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb"
    static let initArguments = [
        "init", "crate", "--name", "Kill test", "--license", "CC-BY-4.0", "--workflow", "https://workflowhub.eu/workflows/289?version=1",
        "--agent", "0000-0002-1825-0097", "--agent-name", "Josiah Carberry", "--project", "project81", "--tre", "tre72",
        "--project-name", "Kill tests", "--organization", "https://ror.org/05gq02987", "--organization-name", "Brown University",
        "--input-file", "mutation_list=mutations.txt",
    ]

    /// 24 MiB of payload: enough that hashing and copying take a while, so kills land mid-write.
    static let bigPayload: Data = {
        var bytes = [UInt8](repeating: 0, count: 24 << 20)
        var state: UInt32 = 2_463_534_242
        for index in stride(from: 0, to: bytes.count, by: 4) {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            withUnsafeBytes(of: state) { bytes.replaceSubrange(index..<index + 4, with: $0) }
        }
        return Data(bytes)
    }()

    /// A researcher's folder: inputs, a large data file, and (optionally) the crate metadata from `init`.
    static func userFolder(at folder: String, withMetadata: Bool) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("crates/valid/request/input1.txt")))
            .write(to: URL(fileURLWithPath: folder + "/mutations.txt"))
        try bigPayload.write(to: URL(fileURLWithPath: folder + "/big.bin"))
        if withMetadata {
            let work = (folder as NSString).deletingLastPathComponent
            let result = try CommandRunner.runProgram(CommandRunner.executable.path, initArguments, directory: work)
            guard result.status == 0 else { throw Failure(description: "init failed: \(result.stderr)") }
        }
    }

    static func crateAndZip(_ work: String) throws {
        try userFolder(at: work + "/crate", withMetadata: true)
        let result = try CommandRunner.runProgram(
            CommandRunner.executable.path,
            ["zip", "crate", "-o", "request.zip", "--external-identifier", externalID, "--bag-info", "Source-Organization=earlier"],
            environment: ["SOURCE_DATE_EPOCH": "1600000000"], directory: work
        )
        guard result.status == 0 else { throw Failure(description: "zip failed: \(result.stderr)") }
    }

    static func crateAndZipAndKey(_ work: String) throws {
        try crateAndZip(work)
        try key(work)
    }

    static func bag(_ work: String) throws {
        try userFolder(at: work + "/crate", withMetadata: true)
        let result = try CommandRunner.runProgram(
            CommandRunner.executable.path, ["zip", "crate", "--bag-dir", "bag", "--external-identifier", externalID],
            environment: ["SOURCE_DATE_EPOCH": "1700000000"], directory: work
        )
        guard result.status == 0 else { throw Failure(description: "zip --bag-dir failed: \(result.stderr)") }
    }

    /// A bag whose large payload file changed after bagging (so `--refresh` rewrites the manifests).
    static func changedBag(_ work: String) throws {
        try bag(work)
        var changed = bigPayload
        changed[0] ^= 0xFF
        try changed.write(to: URL(fileURLWithPath: work + "/bag/data/big.bin"))
    }

    static func bagAndKey(_ work: String) throws {
        try bag(work)
        try key(work)
    }

    /// The test-only ed25519 key (deterministic signatures, so complete runs are byte-for-byte repeatable).
    static func key(_ work: String) throws {
        try FileManager.default.copyItem(atPath: Fixtures.path("signing/ssh-ed25519"), toPath: work + "/key")
        chmod(work + "/key", 0o600)
    }

    struct Failure: Error, CustomStringConvertible { var description: String }
}

extension Sandbox {
    /// setpriv dropping the capabilities that let root ignore file permissions (nothing when not root).
    static let withoutRootOverride: [String] =
        geteuid() == 0
        ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-dac_override,-dac_read_search,-fowner", "--"]
        : []

    /// A sandbox whose work folder holds what `scenario` starts from.
    init(preparing scenario: WriteScenario) throws {
        self = try Sandbox(copying: nil)
        try scenario.prepare(work)
    }

    /// A sandbox whose work folder is a copy of `other`'s.
    init(cloning other: Sandbox) throws {
        self = try Sandbox(copying: nil)
        try FileManager.default.removeItem(atPath: work)
        let copy = try CommandRunner.runProgram("/bin/cp", ["-a", other.work, work])
        guard copy.status == 0 else { throw Files.Failure(description: "cp -a: \(copy.stderr)") }
    }

    /// Runs the scenario's command in the work folder.
    func run(_ scenario: WriteScenario, timeout: Double, killAfter: Double? = nil, prefix: [String] = []) throws -> BoundedProcess.Outcome {
        try BoundedProcess.run(
            CommandRunner.executable.path, scenario.arguments, in: work, prefix: prefix,
            environment: scenario.environment.merging(["NO_COLOR": "1"]) { old, _ in old }, timeout: timeout, killAfter: killAfter
        )
    }

    /// Every file under the work folder (not folders) with a SHA-256 of its bytes; links by their target.
    func contents() throws -> [String: SHA256.Digest] {
        var result: [String: SHA256.Digest] = [:]
        let manager = FileManager.default
        let walker = manager.enumerator(atPath: work)
        while let relative = walker?.nextObject() as? String {
            let path = work + "/" + relative
            let attributes = try manager.attributesOfItem(atPath: path)
            switch attributes[.type] as? FileAttributeType {
            case .typeRegular?:
                let data = manager.contents(atPath: path) ?? Data()
                result[relative] = SHA256.hash(data: data)
            case .typeSymbolicLink?:
                result[relative] = SHA256.hash(data: Data(((try? manager.destinationOfSymbolicLink(atPath: path)) ?? "").utf8))
            default:
                continue
            }
        }
        return result
    }
}
