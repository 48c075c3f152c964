import FiveSafesTestSupport
import Foundation
import Testing

/// Our bags against Python's `bagit` (the test venv, `make test-deps`), and pinned findings on the official
/// example packages.
@Suite struct BagInteropTests {
    /// `python -m bagit --validate FOLDER`: exit 0 means valid.
    static func pythonBagit(_ folder: String) throws -> CommandRunner.Result {
        try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-m", "bagit", "--validate", folder]))
    }

    @Test func pythonBagitIsInstalled() throws {
        let result = try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-c", "import bagit"]))
        #expect(result.status == 0, "Python bagit is missing from \(CommandRunner.python); run `make test-deps`: \(result.stderr)")
    }

    @Test(arguments: ["request", "result"])
    func pythonBagitValidatesWhatWeZipAndExtract(_ crate: String) throws {
        let folder = try ZipCommandTests.temporaryFolder("interop")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = folder + "/\(crate).zip"
        let made = try CommandRunner.run(["zip", Fixtures.path("crates/valid/\(crate)"), "-o", zip, "--no-progress"])
        #expect(made.status == 0, "\(ZipCommandTests.output(made))")
        let extracted = try CommandRunner.run(["zip", "--extract", zip, "-d", folder + "/out"])
        #expect(extracted.status == 0, "\(ZipCommandTests.output(extracted))")
        let checked = try Self.pythonBagit(folder + "/out/\(crate)")
        #expect(checked.status == 0, "bagit: \(checked.stderr)")

        let bag = try CommandRunner.run(["zip", Fixtures.path("crates/valid/\(crate)"), "--bag-dir", folder + "/bag", "--no-progress"])
        #expect(bag.status == 0, "\(ZipCommandTests.output(bag))")
        let bagChecked = try Self.pythonBagit(folder + "/bag")
        #expect(bagChecked.status == 0, "bagit: \(bagChecked.stderr)")
    }

    /// Rules that say a bag breaks RFC 8493 itself (what Python's bagit checks). The others are Five Safes or
    /// RO-Crate rules bagit knows nothing of: External-Identifier (5S-PKG-09/10), a SHA-512 tag manifest
    /// (5S-PKG-04), BagIt ≥ 1.0 (5S-PKG-06), the crate metadata (RC-BAG-01), fetch.txt in a TRE (FS-BAG-008),
    /// and the label spelling (RC-BAG-03, a SHOULD).
    static let rfcRules: Set<String> = [
        "FS-BAG-001", "FS-BAG-002", "FS-BAG-003", "FS-BAG-004", "FS-BAG-005", "FS-BAG-006", "FS-BAG-007",
        "RC-BAG-02", "RC-BAG-05", "5S-PKG-03",
    ]

    /// Bags where Python bagit (1.9) and we disagree on purpose.
    static let expectedDisagreements: [String: String] = [
        // bagit reads bagit.txt labels case-sensitively and rejects `BagIt-version` ("Missing required tag");
        // RO-Crate 1.1's implementation notes and every Five Safes example use that spelling: we accept it.
        "valid/rocrate-bagit-version": "bagit rejects the label case",
        // `bagit-version`: bagit rejects it; for us it is the RC-BAG-03 SHOULD only.
        "invalid/lowercase-bagit-version": "bagit rejects the label case",
        // bagit decodes only %0A and %0D, not %25, so it looks for `data/100%25 done.txt` and finds neither.
        "valid/percent-encoded-name": "bagit does not decode %25",
    ]

    static func bags() -> [String] {
        ["valid", "invalid"].flatMap { kind in
            ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("bags/\(kind)"))) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/\($0)" }
        }
    }

    @Test func thereAreFixtureBags() {
        #expect(Self.bags().count >= 18, "run Fixtures/scripts/make_bags.py")
    }

    @Test(arguments: BagInteropTests.bags())
    func ourVerdictAgreesWithPythonBagit(_ name: String) throws {
        let folder = Fixtures.path("bags/\(name)")
        let report = try CommandRunner.run(["validate", "--level", "optional", "--format", "json", folder])
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let rules = (json?["issues"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        let oursValid = rules.allSatisfy { !Self.rfcRules.contains($0) }
        let theirs = try Self.pythonBagit(folder)
        let theirsValid = theirs.status == 0
        let detail =
            "ours: \(rules.filter { $0.contains("BAG") || $0.contains("PKG") }), bagit: \(theirs.stderr.split(separator: "\n").last ?? "")"
        if let reason = Self.expectedDisagreements[name] {
            #expect(oursValid != theirsValid, "expected a disagreement (\(reason)) on \(name); \(detail)")
        } else {
            #expect(oursValid == theirsValid, "\(name): \(detail)")
        }
        #expect(oursValid == (name.hasPrefix("valid/") || Self.outsideRFC.contains(name)), "\(name): \(detail)")
    }

    /// Invalid fixtures whose one defect breaks a Five Safes / RO-Crate rule (or a SHOULD), not RFC 8493.
    static let outsideRFC: Set<String> = [
        "invalid/missing-tagmanifest", "invalid/old-version", "invalid/no-external-identifier",
        "invalid/non-uuid-external-identifier", "invalid/fetch-present", "invalid/no-metadata",
        "invalid/lowercase-bagit-version",
    ]

    // MARK: Official examples

    static let official = [
        "official/0.4/example-request.bagit.zip", "official/0.4/example-result.bagit.zip",
        "official/0.4/example-result", "official/0.4/example-hutch",
    ]

    static let packageRulePrefixes = ["FS-BAG-", "FS-ZIP-", "RC-BAG-", "RC-ZIP-", "5S-PKG-"]

    /// The bag and ZIP findings of one official package: `[{rule, severity, file, line, subject}]` sorted, where
    /// `subject` is the first `quoted` name in the message (the payload path a manifest line is about).
    static func packageFindings(_ relative: String) throws -> [[String: Any]] {
        let result = try CommandRunner.run(["validate", "--level", "optional", "--format", "json", Fixtures.path(relative)])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let issues = (json?["issues"] as? [[String: Any]]) ?? []
        let findings: [[String: Any]] = issues.compactMap { issue in
            guard let rule = issue["rule"] as? String, packageRulePrefixes.contains(where: rule.hasPrefix) else { return nil }
            var finding: [String: Any] = ["rule": rule, "severity": issue["severity"] ?? NSNull(), "file": issue["file"] ?? NSNull()]
            if let line = issue["line"] { finding["line"] = line }
            let quoted = ((issue["message"] as? String) ?? "").split(separator: "`", omittingEmptySubsequences: false)
            if quoted.count >= 3 { finding["subject"] = String(quoted[1]) }
            return finding
        }
        func key(_ finding: [String: Any]) -> String {
            let line = String(format: "%06d", (finding["line"] as? Int) ?? 0)
            return "\(finding["rule"] ?? "") \(finding["file"] ?? "") \(line) \(finding["subject"] ?? "")"
        }
        return findings.sorted { key($0) < key($1) }
    }

    @Test func officialPackagesHaveTheirPinnedBagFindings() throws {
        var actual: [String: Any] = [:]
        for relative in Self.official { actual[relative] = try Self.packageFindings(relative) }
        let data = try JSONSerialization.data(withJSONObject: actual, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        let text = String(decoding: data, as: UTF8.self) + "\n"
        let golden = Fixtures.repositoryRoot.appendingPathComponent("Tests/FiveSafesCLITests/Goldens/official-packages.json")
        if FixtureRun.isRecording || !FileManager.default.fileExists(atPath: golden.path) {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded Goldens/official-packages.json; review the diff and run the tests again")
            return
        }
        #expect(
            text == (try String(contentsOf: golden, encoding: .utf8)), "bag/zip findings of the official packages differ from the golden")
    }

    /// The facts of requirements.md §5.1 the golden must show, checked independently of it.
    @Test func officialFindingsMatchTheKnownDefects() throws {
        let result = try Self.packageFindings("official/0.4/example-result")
        let stale = Set(result.filter { $0["rule"] as? String == "FS-BAG-001" }.compactMap { $0["file"] as? String })
        #expect(stale == ["manifest-sha512.txt"])
        let report = try CommandRunner.run(["validate", "--format", "json", Fixtures.path("official/0.4/example-result")])
        for file in ["data/ro-crate-metadata.json", "data/ro-crate-preview.html", "data/index.html"] {
            #expect(report.stdout.contains("`\(file)` has changed"), "\(file) should be reported stale")
        }
        #expect(result.filter { $0["rule"] as? String == "FS-BAG-001" }.count == 3)

        let hutch = try Self.packageFindings("official/0.4/example-hutch")
        let missing = hutch.filter { $0["rule"] as? String == "FS-BAG-002" }
        #expect(missing.count == 8, "\(missing)")
        #expect(hutch.contains { $0["rule"] as? String == "RC-BAG-05" && $0["file"] as? String == "data/outputs/ro-crate-metadata.json" })

        // Every official bagit.txt reads `BagIt-version: 1.0`, the line RO-Crate 1.1's implementation notes give:
        // no RC-BAG-03 (issue 17), so the official ZIPs have no package finding at all.
        for relative in Self.official {
            let findings = try Self.packageFindings(relative)
            #expect(!findings.contains { $0["rule"] as? String == "RC-BAG-03" }, "\(relative)")
        }
        for zip in Self.official where zip.hasSuffix(".zip") {
            let rules = try Self.packageFindings(zip).compactMap { $0["rule"] as? String }
            #expect(rules == [], "\(zip): the official ZIPs verify")
        }
    }
}
