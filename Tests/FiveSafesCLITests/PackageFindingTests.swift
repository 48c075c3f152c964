import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes validate` on every fixture bag and archive, and on signed bags in each signature state:
/// the rule-level findings about the package, pinned in `Fixtures/expected/packages/<case>.json`.
///
/// These goldens are where the package-stage rules (5S-PKG, RC-BAG, FS-BAG, FS-ZIP, FS-SIG) are triggered;
/// the catalogue test reads them. `FIVESAFES_RECORD=1` rewrites them and fails.
@Suite struct PackageFindingTests {
    static let bags = ["valid", "invalid"].flatMap { kind in
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("bags/\(kind)"))) ?? []).sorted().map { "bags/\(kind)/\($0)" }
    }
    /// The bomb and the 100,000-entry archive run with tight limits, so the limit rule fires quickly.
    static let archives = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("archives"))) ?? [])
        .filter { $0.hasSuffix(".zip") }.sorted().map { "archives/\($0)" }

    @Test(arguments: bags + archives)
    func packageFindingsMatchTheirGolden(_ fixture: String) throws {
        var arguments = ["validate", "--format", "json", "--level", "optional"]
        if fixture.hasSuffix("bomb.zip") || fixture.hasSuffix("many-entries.zip") {
            arguments += ["--max-size", "104857600", "--max-files", "1000"]
        }
        let result = try CommandRunner.run(arguments + [Fixtures.path(fixture)])
        #expect([0, 1, 2].contains(result.status), "\(result.stderr)")
        try Self.compare(result.stdout, fixture.replacingOccurrences(of: "/", with: "-"))
    }

    /// Under plain RO-Crate the Five Safes packaging rows do not apply; the RO-Crate and tool rows take over.
    @Test(arguments: [
        "archives/two-top-level.zip", "archives/no-bagit.zip", "archives/method-bzip2.zip",
        "bags/invalid/missing-manifest", "bags/invalid/missing-tagmanifest", "bags/invalid/no-external-identifier",
    ])
    func roCrateProfilePackageFindingsMatchTheirGolden(_ fixture: String) throws {
        let result = try CommandRunner.run([
            "validate", "--format", "json", "--level", "optional", "--profile", "ro-crate", Fixtures.path(fixture),
        ])
        #expect([0, 1, 2].contains(result.status), "\(result.stderr)")
        try Self.compare(result.stdout, "ro-crate-" + fixture.replacingOccurrences(of: "/", with: "-"))
    }

    /// 0.5 keeps 0.4's archive section word for word, so its bags get the 5S-PKG rows; the 1.0 Working Draft has no
    /// archive section, so a 1.0 bag is judged by RO-Crate's own BagIt rows (the rows 0.4's replace stay in force).
    @Test(arguments: [
        ("bags/invalid/missing-tagmanifest", "5S-PKG-04", "RC-BAG-06"),
        ("bags/invalid/missing-manifest", "5S-PKG-03", "RC-BAG-04"),
        ("bags/invalid/no-external-identifier", "5S-PKG-09", "RC-BAG-07"),
    ])
    func packageFindingsTakeEachVersionsRows(fixture: String, rule05: String, rule10: String) throws {
        for (version, rule, other) in [("0.5", rule05, rule10), ("1.0-WD", rule10, rule05)] {
            let result = try CommandRunner.run([
                "validate", "--format", "json", "--level", "optional", "--profile-version", version, Fixtures.path(fixture),
            ])
            #expect([0, 1].contains(result.status), "\(result.stderr)")
            #expect(result.stdout.contains("\"rule\": \"\(rule)\""), "\(version): \(rule) expected")
            #expect(!result.stdout.contains("\"rule\": \"\(other)\""), "\(version): \(other) not expected")
        }
    }

    @Test func signatureStatesAreReportedWithTheirRules() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sig-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let signing = Fixtures.path("signing")
        func bag(_ name: String) throws -> String {
            let path = work + "/" + name
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Fixtures.path("bags/valid/request-bag"), toPath: path)
            return path
        }
        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            let result = try CommandRunner.run(arguments)
            #expect(result.status != 64, "\(arguments): \(result.stderr)")
            return result
        }
        let ssh = try bag("ssh")
        _ = try run(["sign", ssh, "--ssh-key", signing + "/ssh-ed25519"])
        let untrusted = work + "/other_signers"
        try "someone@example.org \(try String(contentsOfFile: signing + "/ssh-ecdsa.pub", encoding: .utf8))"
            .write(toFile: untrusted, atomically: true, encoding: .utf8)
        let tampered = try bag("tampered")
        _ = try run(["sign", tampered, "--ssh-key", signing + "/ssh-ed25519"])
        try "External-Identifier: urn:uuid:00000000-0000-4000-8000-000000000000\nPayload-Oxum: 0.0\n"
            .write(toFile: tampered + "/bag-info.txt", atomically: true, encoding: .utf8)
        _ = try run(["zip", "--refresh", tampered, "--force"])  // a signed bag is refreshed only when forced
        let garbage = try bag("garbage")
        try FileManager.default.createDirectory(atPath: garbage + "/signatures", withIntermediateDirectories: true)
        try "not a signature".write(toFile: garbage + "/signatures/1-ssh-0000000000000000.sig", atomically: true, encoding: .utf8)
        let purpose = try bag("purpose")
        _ = try run(["sign", purpose, "--key", signing + "/leaf-purpose.key", "--cert", signing + "/leaf-purpose.pem", "--force"])
        let unsigned = try bag("unsigned")
        let cases: [(String, [String])] = [
            ("signature-trusted", ["--allowed-signers", signing + "/allowed_signers", ssh]),
            ("signature-no-trust-given", [ssh]),
            ("signature-untrusted", ["--allowed-signers", untrusted, ssh]),
            ("signature-mismatch", ["--allowed-signers", signing + "/allowed_signers", tampered]),
            ("signature-garbage", ["--allowed-signers", signing + "/allowed_signers", garbage]),
            ("signature-wrong-purpose", ["--trust", signing + "/root-ca.pem", purpose]),
            ("signature-required", ["--require-signature", unsigned]),
        ]
        for (name, arguments) in cases {
            let result = try run(["validate", "--format", "json", "--level", "optional"] + arguments)
            try Self.compare(result.stdout, name, replacing: work)
        }
    }

    /// Compares the package findings of a JSON report (rule, severity, file, message) with the golden.
    static func compare(_ report: String, _ name: String, replacing folder: String? = nil) throws {
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let issues = (object?["issues"] as? [[String: Any]] ?? []).filter { issue in
            let rule = issue["rule"] as? String ?? ""
            return ["5S-PKG", "RC-BAG", "FS-BAG", "FS-ZIP", "FS-SIG", "RC-MD-01"].contains { rule.hasPrefix($0) }
        }
        var lines = issues.map { issue in
            ["rule", "severity", "file", "message"].map { "\(issue[$0] ?? "null")" }.joined(separator: " | ")
        }
        if let folder { lines = lines.map { $0.replacingOccurrences(of: folder, with: "$WORK") } }
        let actual =
            try String(decoding: JSONSerialization.data(withJSONObject: lines, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
            + "\n"
        let golden = Fixtures.path("expected/packages/\(name).json")
        if FixtureRun.isRecording || !FileManager.default.fileExists(atPath: golden) {
            try FileManager.default.createDirectory(
                atPath: (golden as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded expected/packages/\(name).json; review it and run the tests again")
            return
        }
        #expect(actual == (try String(contentsOfFile: golden, encoding: .utf8)), "package findings of \(name) changed")
    }
}
