import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes migrate` end to end: the changes printed, the exit statuses of the CLI contract.
@Suite struct MigrateCommandTests {
    func copyOfRequest() throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-migrate-cli-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/valid/request"), toPath: target)
        return target
    }

    @Test func migratePrintsEveryChangeAndTheResultValidatesAs05() throws {
        let folder = try copyOfRequest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dry = try CommandRunner.run(["migrate", folder, "--to", "0.5", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("would change ./ conformsTo: https://w3id.org/5s-crate/0.4 → https://w3id.org/5s-crate/0.5"))
        #expect(dry.stdout.contains("(dry run, nothing written)"))
        let run = try CommandRunner.run(["migrate", folder, "--to", "0.5", "--no-backup"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("changed ./ executionType: added workflow"))
        #expect(run.stdout.contains("0.4 → 0.5: 6 changes in \(folder)/ro-crate-metadata.json"), "\(run.stdout)")
        let validate = try CommandRunner.run(["validate", "--format", "json", folder])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains(#""version": "0.5""#))
        let again = try CommandRunner.run(["migrate", folder, "--to", "0.5"])
        #expect(again.status == 0 && again.stdout.contains("already conforms to Five Safes RO-Crate 0.5: nothing to do"))
    }

    @Test func migrateTo10PrintsEveryChangeAndTheResultValidatesAsA10WorkingRecord() throws {
        let folder = try copyOfRequest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = "https://tre72.example.com/records/81"
        let run = try CommandRunner.run(["migrate", folder, "--to", "1.0", "--no-backup", "--record", record])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("changed ./ dct:isVersionOf: added \(record)"))
        #expect(run.stdout.contains("@type: CreateAction → AskAction"))
        #expect(run.stdout.contains("0.4 → 1.0: "), "\(run.stdout)")
        let validate = try CommandRunner.run(["validate", "--format", "json", "--level", "recommended", folder])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains(#""version": "1.0-WD""#))
        let again = try CommandRunner.run(["migrate", folder, "--to", "1.0"])
        #expect(again.status == 0 && again.stdout.contains("already conforms to Five Safes RO-Crate 1.0: nothing to do"))
        // A 1.0 crate is not migrated back.
        let back = try CommandRunner.run(["migrate", folder, "--to", "0.5"])
        #expect(back.status == 2 && back.stderr.contains("does not conform to Five Safes RO-Crate 0.4 or 0.5-DRAFT"))
    }

    @Test(arguments: [
        (["--to", "1.0", "--identifier", "not an iri"], Int32(64)),
        (["--to", "0.5", "--record", "urn:uuid:0a4a7a36-6c8e-4d47-9a35-0c1f2b3d4e5f"], Int32(64)),
        (["--to", "0.6"], Int32(64)),
        ([] as [String], Int32(64)),
    ])
    func usageErrorsExitSixtyFour(extra: [String], status: Int32) throws {
        let folder = try copyOfRequest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandRunner.run(["migrate", folder] + extra)
        #expect(run.status == status, "\(run.stderr)")
    }

    @Test func metadataThatIsNotJSONExitsTwoNamingTheFileAndStaysAsItWas() throws {
        let folder = try copyOfRequest()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = Data(#"{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [ {"@id": "./",,]}"#.utf8)
        try broken.write(to: URL(fileURLWithPath: folder + "/ro-crate-metadata.json"))
        let run = try CommandRunner.run(["migrate", folder, "--to", "0.5"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("ro-crate-metadata.json"), "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/ro-crate-metadata.json")) == broken)
    }

    @Test func aMissingCrateExitsTwo() throws {
        let run = try CommandRunner.run(["migrate", "/nonexistent/crate", "--to", "0.5"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("fivesafes migrate:"))
    }
}
