import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// 5S-SEC-07 on payload files of any size: the scan streams the whole file, so a secret at the end of a
/// 100 MB log is found, and the same log without it gives no finding.
@Suite struct PayloadSecretsScanTests {
    private func payloadSecretIssues(_ folder: String, input: CrateInput? = nil) throws -> [String] {
        var options = ValidationOptions()
        options.phase = .result  // as the fixture's fixture.json says
        options.level = .recommended  // 5S-SEC-07 is a SHOULD
        let report = try CrateValidator(options: options).validate(input ?? .directory(folder), named: "crate")
        return report.issues.filter { $0.rule == "5S-SEC-07" }.map(\.message)
    }

    @Test func aSecretAtTheEndOfAHundredMegabyteLogIsFound() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fivesafes-secrets-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/invalid/5S-SEC-07-private-key-in-log"), toPath: folder)
        let log = folder + "/outputs/run.log"
        // 100 MB of ordinary log lines, written in blocks (bounded memory in the test too).
        let line = Array("2026-12-05T12:00:00Z step=align sample=eyJ-not-a-token AKIA-short xox ghp_ ok\n".utf8)
        let block = [UInt8]((0..<(1 << 20) / line.count).flatMap { _ in line })
        #expect(FileManager.default.createFile(atPath: log, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: log))
        var written = 0
        while written < 100_000_000 {
            try handle.write(contentsOf: block)
            written += block.count
        }
        #expect(try payloadSecretIssues(folder).isEmpty)

        try handle.write(contentsOf: Array("-----BEGIN OPENSSH PRIVATE KEY-----\nTEST-ONLY\n".utf8))
        try handle.close()
        let found = try payloadSecretIssues(folder)
        #expect(found == ["the payload file `outputs/run.log` contains what looks like a PEM private key (not shown)"])
    }

    /// A bag folder's payload goes through the same streamed scan (it used to be read whole into memory; this
    /// test checks the answer, not the memory): a key after 5 MB of log lines is found.
    @Test func aSecretDeepInALogOfABagFolderIsFound() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fivesafes-bag-secrets-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/invalid/5S-SEC-07-private-key-in-log"), toPath: folder + "/crate")
        let line = "2026-12-05T12:00:00Z step=align ok\n"
        let log = String(repeating: line, count: 5_000_000 / line.utf8.count) + "-----BEGIN RSA PRIVATE KEY-----\nTEST-ONLY\n"
        try Data(log.utf8).write(to: URL(fileURLWithPath: folder + "/crate/outputs/run.log"))
        var options = PackageOptions()
        options.validate = false
        _ = try CratePackager(options: options).package(folder + "/crate", to: folder + "/bag", asBagFolder: true)
        let found = try payloadSecretIssues(folder + "/bag", input: .bag(folder + "/bag"))
        #expect(found == ["the payload file `outputs/run.log` contains what looks like a PEM private key (not shown)"])
    }

    /// A ZIP's payload is scanned in the one pass that reads and hashes it (it used to be skipped: rules saw only
    /// the bytes kept of tag and metadata files); the same crate without the key gives no finding.
    @Test func aSecretInAPayloadFileOfAZipIsFound() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fivesafes-zip-secrets-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/invalid/5S-SEC-07-private-key-in-log"), toPath: folder + "/crate")
        var options = PackageOptions()
        options.validate = false
        _ = try CratePackager(options: options).package(folder + "/crate", to: folder + "/secret.zip")
        let found = try payloadSecretIssues(folder, input: .zip(folder + "/secret.zip"))
        #expect(found == ["the payload file `outputs/run.log` contains what looks like a PEM private key (not shown)"])

        try Data("2026-12-05T12:00:00Z step=align ok\n".utf8).write(to: URL(fileURLWithPath: folder + "/crate/outputs/run.log"))
        _ = try CratePackager(options: options).package(folder + "/crate", to: folder + "/clean.zip")
        #expect(try payloadSecretIssues(folder, input: .zip(folder + "/clean.zip")).isEmpty)
    }
}
