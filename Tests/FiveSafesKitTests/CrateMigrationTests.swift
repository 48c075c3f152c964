import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import JSONLD
import Testing

/// `fivesafes migrate --to 0.5` as a library call: the official 0.4 request round trip, byte preservation, every
/// change reported, and the refusals.
@Suite struct CrateMigrationTests {
    /// A copy of a folder of the repository's fixtures in a fresh temporary folder.
    static func copy(_ relative: String) throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-migrate-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Fixtures.path(relative), toPath: target)
        for name in ["expected.json", "fixture.json"] { try? FileManager.default.removeItem(atPath: target + "/" + name) }
        return target
    }

    static func metadata(_ folder: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/ro-crate-metadata.json")))
    }

    /// `rule entity` of every finding, for comparing reports of the same crate before and after.
    static func findings(_ folder: String, level: Severity = .optional) throws -> (Set<String>, String?) {
        let report = try FixtureRun.report(for: folder, level: level)
        return (Set(report.issues.map { "\($0.rule) \($0.severity.rawValue) \($0.location.entity ?? "-")" }), report.profile.version)
    }

    @Test func theOfficial04RequestMigratesTo05WithNoNewFindingsButTheNewCredentialRow() throws {
        let folder = try Self.copy("official/0.4/example-request/data")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (before, beforeVersion) = try Self.findings(folder)
        let result = try CrateMigrator().migrate(folder, to: .v05, options: .init(backup: false))
        let (after, afterVersion) = try Self.findings(folder)
        #expect(beforeVersion == "0.4" && afterVersion == "0.5")
        #expect(result.from == "0.4" && result.written && result.backupPath == nil)
        // New findings come only from the 0.5 row the 0.4 request cannot satisfy (no hasCredential), none from
        // the execution-context rows the migration is responsible for.
        let added = after.subtracting(before).sorted()
        #expect(added == ["5S-AGENT-10 recommended https://orcid.org/0000-0001-9842-9718"], "\(added)")
        // Nothing the original had disappears except what 0.5 no longer asks.
        let removed = before.subtracting(after).sorted()
        #expect(removed.allSatisfy { $0.hasPrefix("5S-WF-05 ") }, "\(removed)")
        let changes = Set(result.changes.map { "\($0.entity) \($0.property)" })
        #expect(
            changes.isSuperset(of: ["./ conformsTo", "./ executionType", "@context executionType", "https://w3id.org/5s-crate/0.4 @id"]),
            "\(changes)")
    }

    /// The official 0.4 result and Hutch crates: their validation phase checked 0.4, and migrating does not rewrite
    /// history, so 5S-VAL-04 (the validation's instrument is the declared profile) and 0.5's new credential row are
    /// the new findings, both from the version change; the 0.4 Profile entity stays for that instrument. The result
    /// also describes the TRE's validator, a SoftwareApplication without an author, which 0.5's Software Author
    /// Attribution asks of all software (5S-SW-01).
    @Test(arguments: ["official/0.4/example-result/data", "official/0.4/example-hutch/data"])
    func theOfficial04ResultsMigrateWithOnlyVersionFindingsAdded(path: String) throws {
        let folder = try Self.copy(path)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (before, _) = try Self.findings(folder)
        let result = try CrateMigrator().migrate(folder, to: .v05, options: .init(backup: false))
        let (after, version) = try Self.findings(folder)
        #expect(version == "0.5")
        #expect(before.subtracting(after).isEmpty, "\(before.subtracting(after).sorted())")
        let added = after.subtracting(before).map { String($0.prefix { $0 != " " }) }.sorted()
        let software = path.contains("result") ? ["5S-SW-01"] : []
        #expect(added == (["5S-AGENT-10", "5S-VAL-04"] + software).sorted(), "\(after.subtracting(before).sorted())")
        #expect(result.changes.contains { $0.entity == "https://w3id.org/5s-crate/0.5" && $0.property == "@type" })
    }

    @Test func onlyTheChangedEntitiesAndTheContextAreRewritten() throws {
        let folder = try Self.copy("crates/valid/request")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try JSONDocumentEditor(try Self.metadata(folder))
        let result = try CrateMigrator().migrate(folder, to: .v05)
        let migrated = try JSONDocumentEditor(try Self.metadata(folder))
        let text = { (editor: JSONDocumentEditor, range: Range<Int>) in String(decoding: editor.bytes[range], as: UTF8.self) }
        let changedIDs: Set<String> = ["./", "https://w3id.org/5s-crate/0.4"]
        #expect(original.items.count == migrated.items.count)
        for (old, new) in zip(original.items, migrated.items) {
            let id = old.node.value.objectValue?["@id"]?.value.stringValue ?? ""
            if changedIDs.contains(id) {
                #expect(text(original, old.range) != text(migrated, new.range), "\(id) changed")
            } else {
                #expect(text(original, old.range) == text(migrated, new.range), "\(id) kept byte for byte")
            }
        }
        // The bytes after the last item (closing brackets, final newline) are kept too.
        let tail = { (editor: JSONDocumentEditor) in Array(editor.bytes[(editor.items.last?.range.upperBound ?? 0)...]) }
        #expect(tail(original) == tail(migrated))
        #expect(
            result.changes.map(\.description).contains(
                "./ conformsTo: https://w3id.org/5s-crate/0.4 → https://w3id.org/5s-crate/0.5 (the crate now declares Five Safes RO-Crate 0.5)"
            ))
        // The old file is kept as .bak, byte for byte.
        let backup = try #require(result.backupPath)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: backup))) == original.bytes)
        // Clean at recommended but for the requester's missing credential (a 0.5 row the 0.4 crate never had).
        try FileManager.default.removeItem(atPath: backup)
        let report = try FixtureRun.report(for: folder, level: .recommended)
        #expect(report.issues.map(\.rule) == ["5S-AGENT-10"], "\(report.issues.map(\.message))")
    }

    @Test func aSecondMigrationFindsNothingToDo() throws {
        let folder = try Self.copy("crates/valid/request")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try CrateMigrator().migrate(folder, to: .v05, options: .init(backup: false))
        let once = try Self.metadata(folder)
        let again = try CrateMigrator().migrate(folder, to: .v05)
        #expect(again.from == nil && again.changes.isEmpty && !again.written)
        #expect(try Self.metadata(folder) == once)
    }

    @Test func aResultCrateKeepsTheProfileItsValidationCheckedAndAddsThe05One() throws {
        let folder = try Self.copy("crates/valid/result")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CrateMigrator().migrate(folder, to: .v05, options: .init(backup: false))
        let changes = result.changes.map { "\($0.entity) \($0.property)" }
        #expect(changes.contains("https://w3id.org/5s-crate/0.5 @type"), "\(changes)")
        let report = try FixtureRun.report(for: folder, level: .required)
        #expect(report.issues.isEmpty, "\(report.issues.map(\.message))")
        #expect(report.profile.version == "0.5")
    }

    @Test func aDryRunWritesNothing() throws {
        let folder = try Self.copy("crates/valid/request")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try Self.metadata(folder)
        let result = try CrateMigrator().migrate(folder, to: .v05, options: .init(dryRun: true))
        #expect(!result.written && result.changes.count >= 3)
        #expect(try Self.metadata(folder) == before)
        #expect(!FileManager.default.fileExists(atPath: folder + "/ro-crate-metadata.json.bak"))
    }

    @Test func aSignedBagIsRefusedUnlessForcedAndAnyBagIsToldToRefreshItsManifests() throws {
        let bag = try Self.copy("official/0.4/example-request")
        defer { try? FileManager.default.removeItem(atPath: bag) }
        try FileManager.default.createDirectory(atPath: bag + "/signatures", withIntermediateDirectories: true)
        try Data("signature".utf8).write(to: URL(fileURLWithPath: bag + "/signatures/1-ssh-test.sig"))
        let before = try Self.metadata(bag + "/data")
        #expect(throws: FiveSafesError.self) { try CrateMigrator().migrate(bag, to: .v05) }
        #expect(try Self.metadata(bag + "/data") == before)
        var migrator = CrateMigrator()
        migrator.commandLine = { hint in hint == .refreshBag(bag) ? "REFRESH-BAG" : "OTHER" }
        let forced = try migrator.migrate(bag, to: .v05, options: .init(force: true, backup: false))
        #expect(forced.written)
        // The note names the front end's way to refresh that bag (the CLI: `fivesafes zip --refresh BAG`).
        #expect(forced.notes.contains { $0.contains("run `REFRESH-BAG`") } && forced.notes.contains { $0.contains("sign it again") })
    }

    @Test func aBagWhoseDataIsALinkIsRefusedAndNothingChanges() throws {
        let outside = try Self.copy("crates/valid/request")
        let bag = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-migrate-link-\(UUID().uuidString)").path
        defer { for path in [outside, bag] { try? FileManager.default.removeItem(atPath: path) } }
        try FileManager.default.createDirectory(atPath: bag, withIntermediateDirectories: true)
        try Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8).write(to: URL(fileURLWithPath: bag + "/bagit.txt"))
        try FileManager.default.createSymbolicLink(atPath: bag + "/data", withDestinationPath: outside)
        let before = try Self.metadata(outside)
        #expect(throws: FiveSafesError.self) { try CrateMigrator().migrate(bag, to: .v05) }
        #expect(try Self.metadata(outside) == before)
        #expect(!FileManager.default.fileExists(atPath: outside + "/ro-crate-metadata.json.bak"))
    }

    @Test func aCrateOfNoOlderFiveSafesVersionIsRefusedForEitherTarget() throws {
        let folder = try Self.copy("crates/valid/ro-crate-1.1")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // ro-crate-1.1 still declares 0.4; make it a plain RO-Crate.
        let text = String(decoding: try Self.metadata(folder), as: UTF8.self).replacing(
            "https://w3id.org/5s-crate/0.4", with: "https://example.org/other-profile")
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/ro-crate-metadata.json"))
        do {
            _ = try CrateMigrator().migrate(folder, to: .v05)
            Issue.record("migrated a crate that is not Five Safes 0.4")
        } catch {
            #expect(error.code == .unreadableInput)
            #expect(error.description.contains("does not conform to Five Safes RO-Crate 0.4 or 0.5-DRAFT"))
        }
        do {
            _ = try CrateMigrator().migrate(folder, to: .v10)
            Issue.record("migrated a crate that is not Five Safes 0.4 to 1.0")
        } catch {
            #expect(error.code == .unreadableInput)
            #expect(error.description.contains("does not conform to Five Safes RO-Crate 0.4, 0.5-DRAFT or 0.5"))
        }
    }
}
