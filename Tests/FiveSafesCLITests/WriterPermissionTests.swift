import FiveSafesTestSupport
import Foundation
import Testing

/// Every atomic rewrite keeps the replaced file's mode (a 0600 metadata file or report stays 0600), and a new file
/// gets the usual default.
@Suite struct WriterPermissionTests {
    func copyOfRequest() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-perm-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/valid/request"), toPath: folder + "/crate")
        return folder + "/crate"
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    func setMode(_ mode: Int, _ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func provenanceAddKeepsAPrivateMetadataFilePrivate() throws {
        let crate = try copyOfRequest()
        let metadata = crate + "/ro-crate-metadata.json"
        try setMode(0o600, metadata)
        let before = try String(contentsOfFile: metadata, encoding: .utf8)
        let added = try CommandRunner.run(["provenance", "add", "check", crate, "--agent", "https://tre72.example.com/#crate-validator"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try String(contentsOfFile: metadata, encoding: .utf8) != before, "the metadata was rewritten")
        #expect(try mode(metadata) == 0o600)
    }

    @Test func initUpdateKeepsTheModesOfMetadataAndPreview() throws {
        let crate = try copyOfRequest()
        #expect(try CommandRunner.run(["init", crate, "--update"]).status == 0, "a first update writes the preview")
        try "more\n".write(toFile: crate + "/notes.txt", atomically: true, encoding: .utf8)
        try setMode(0o640, crate + "/ro-crate-metadata.json")
        try setMode(0o600, crate + "/ro-crate-preview.html")
        let updated = try CommandRunner.run(["init", crate, "--update"])
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(try String(contentsOfFile: crate + "/ro-crate-metadata.json", encoding: .utf8).contains("notes.txt"))
        #expect(try mode(crate + "/ro-crate-metadata.json") == 0o640)
        #expect(try mode(crate + "/ro-crate-preview.html") == 0o600)
    }

    @Test func aReplacedReportKeepsItsModeAndANewOneGetsTheDefault() throws {
        let crate = try copyOfRequest()
        let folder = (crate as NSString).deletingLastPathComponent
        let report = folder + "/report.json"
        try "{}".write(toFile: report, atomically: true, encoding: .utf8)
        try setMode(0o600, report)
        let replaced = try CommandRunner.run(["validate", crate, "--format", "json", "--output", report])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("\"valid\""))
        #expect(try mode(report) == 0o600)

        let fresh = folder + "/fresh.json"
        #expect(try CommandRunner.run(["validate", crate, "--format", "json", "--output", fresh]).status == 0)
        let umask = {
            let old = Foundation.umask(0); Foundation.umask(old); return Int(old)
        }()
        #expect(try mode(fresh) == 0o644 & ~umask)
    }
}
