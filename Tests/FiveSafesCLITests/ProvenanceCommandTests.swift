import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes provenance` as a TRE operator runs it: exit statuses, timeline, exports checked by rdflib and dot.
@Suite struct ProvenanceCommandTests {
    static let validator = [
        "--agent", "https://tre72.example.com/#crate-validator", "--agent-name", "TRE72 crate validator",
        "--agent-version", "2.3.1", "--tre", "https://tre72.example.com/", "--tre-name", "TRE72",
    ]

    func copyOfResult() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-provcli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/valid/result"), toPath: folder + "/crate")
        return folder + "/crate"
    }

    func copyOfRequest() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-provcli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("crates/valid/request"), toPath: folder + "/crate")
        return folder + "/crate"
    }

    @Test func addExitsZeroAndARefusedMoveExitsOneNamingTheRule() throws {
        let crate = try copyOfRequest()
        let added = try CommandRunner.run(["provenance", "add", "check", crate] + Self.validator)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("added check action #check-"))
        let refused = try CommandRunner.run(["provenance", "add", "check", crate, "--status", "active"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused [5S-REV-04]") && refused.stderr.contains("--force"), "\(refused.stderr)")
        let forced = try CommandRunner.run(["provenance", "add", "check", crate, "--status", "active", "--force"])
        #expect(forced.status == 0 && forced.stderr.contains("forced past [5S-REV-04]"), "\(forced.stderr)")
        let disclose = try CommandRunner.run(["provenance", "add", "disclose", crate] + Self.validator)
        #expect(disclose.status == 1 && disclose.stderr.contains("[5S-SIGN-01]"), "\(disclose.stderr)")
    }

    /// Review actions in every spelling `provenance show` counts (and a few naive readers would): sanitize removes
    /// them all, after which show sees no review phase and the request validates with no client-made phase.
    @Test func sanitizeRemovesEveryReviewActionSpellingThatShowCounts() throws {
        let crate = try copyOfRequest()
        let metadata = crate + "/ro-crate-metadata.json"
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metadata))) as? [String: Any])
        var graph = try #require(document["@graph"] as? [[String: Any]])
        graph += [
            [
                "@id": "#plain-type-sign-off", "type": "AssessAction", "name": "signed off (type, no @type)",
                "additionalType": ["@id": "https://w3id.org/shp#SignOff"], "actionStatus": "http://schema.org/CompletedActionStatus",
            ],
            [
                "@id": "#untyped-check", "name": "check with only an additionalType",
                "additionalType": ["@id": "https://w3id.org/shp#CheckValue"],
            ],
            [
                "@id": "#string-phase", "@type": "UpdateAction", "name": "phase as a string",
                "additionalType": "https://w3id.org/shp#GenerateCheckValue",
            ],
            ["@id": "#compact-phase", "@type": "AssessAction", "name": "compact phase", "additionalType": ["@id": "shp:DisclosureCheck"]],
            ["@id": "#plain-type-download", "type": "DownloadAction", "name": "download (type, no @type)"],
        ]
        document["@graph"] = graph
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: metadata))

        let shownBefore = try CommandRunner.run(["provenance", "show", crate, "--format", "json"])
        #expect(
            shownBefore.stdout.contains("#plain-type-sign-off") && shownBefore.stdout.contains("#untyped-check"), "\(shownBefore.stdout)")

        let sanitized = try CommandRunner.run(["provenance", "sanitize", crate])
        #expect(sanitized.status == 0, "\(sanitized.stderr)")
        for id in ["#plain-type-sign-off", "#untyped-check", "#string-phase", "#compact-phase", "#plain-type-download"] {
            #expect(sanitized.stdout.contains(id), "\(id) not removed: \(sanitized.stdout)")
        }
        let after = try String(contentsOfFile: metadata, encoding: .utf8)
        #expect(!after.contains("#plain-type-sign-off") && !after.contains("#untyped-check") && !after.contains("#plain-type-download"))
        #expect(after.contains("CreateAction"), "the run request is kept")
        let shownAfter = try CommandRunner.run(["provenance", "show", crate, "--format", "json"])
        #expect(
            shownAfter.status == 0 && !shownAfter.stdout.contains("\"phase\": \"sign-off\"")
                && !shownAfter.stdout.contains("\"phase\": \"check\""),
            "\(shownAfter.stdout)")
    }

    /// A disclosure check that fails after the crate was approved and published (issue 16, item 10): the later
    /// failure decides the phase, so `provenance show` flags it and `validate` reports 5S-DISC-08.
    @Test func aDisclosureFailedAfterPublishingIsFlagged() throws {
        let crate = try copyOfResult()
        let before = try CommandRunner.run(["validate", crate])
        #expect(before.status == 0, "\(before.stdout)")
        let failed = try CommandRunner.run([
            "provenance", "add", "disclose", crate, "--status", "failed", "--new",
            "--agent", "https://tre72.example.com/people/ro",
        ])
        #expect(failed.status == 0, "\(failed.stderr)")
        let shown = try CommandRunner.run(["provenance", "show", crate])
        #expect(shown.stdout.contains("anomaly: [5S-DISC-08]"), "\(shown.stdout)")
        let validated = try CommandRunner.run(["validate", crate])
        #expect(validated.status == 1 && validated.stdout.contains("[5S-DISC-08]"), "\(validated.stdout)")
    }

    @Test func anUnreadableCrateExitsTwo() throws {
        #expect(try CommandRunner.run(["provenance", "show", "/no/such/crate"]).status == 2)
        let notJSON = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-bad-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: notJSON, withIntermediateDirectories: true)
        try "{not json".write(toFile: notJSON + "/ro-crate-metadata.json", atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["provenance", "add", "check", notJSON] + Self.validator).status == 2)
    }

    @Test(arguments: [
        ["provenance", "add", "lunch", "."],
        ["provenance", "add", "check", ".", "--status", "done"],
        ["provenance", "export", "."],
        ["provenance", "export", ".", "--format", "svg"],
        ["provenance", "show"],
        ["provenance", "add", "check", "Fixtures/crates/valid/request", "--start", "yesterday", "--agent", "x"],
    ])
    func usageErrorsExitSixtyFour(arguments: [String]) throws {
        let result = try CommandRunner.runProgram(CommandRunner.executable.path, arguments, directory: Fixtures.repositoryRoot.path)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }

    @Test func showPrintsTheTimelineAsTextAndJSON() throws {
        let text = try CommandRunner.run(["provenance", "show", Fixtures.path("crates/valid/result")])
        #expect(text.status == 0)
        let phases = text.stdout.split(separator: "\n").dropFirst().prefix(7).map { String($0.prefix { $0 != " " }) }
        #expect(phases == ["check", "validate", "retrieve", "sign-off", "execute", "disclose", "publish"], "\(text.stdout)")
        #expect(text.stdout.contains("no gaps or anomalies"))
        let json = try CommandRunner.run(["provenance", "show", "--format", "json", Fixtures.path("crates/valid/request")])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["phases"] as? [[String: Any]])?.first?["status"] as? String == "potential")
    }

    @Test func showFlagsGapsAndAnomalies() throws {
        let crate = try copyOfRequest()
        _ = try CommandRunner.run(["provenance", "add", "check", crate, "--status", "failed"] + Self.validator)
        _ = try CommandRunner.run(["provenance", "add", "execute", crate, "--status", "active", "--force"])
        let shown = try CommandRunner.run(["provenance", "show", crate])
        #expect(shown.stdout.contains("gap: no validation phase is recorded"), "\(shown.stdout)")
        #expect(shown.stdout.contains("anomaly: [5S-CHK-01]") && shown.stdout.contains("anomaly: [5S-SIGN-01]"), "\(shown.stdout)")
    }

    @Test func sanitizeReportsWhatItRemoved() throws {
        let crate = try copyOfResult()
        let result = try CommandRunner.run(["provenance", "sanitize", crate])
        #expect(result.status == 0)
        #expect(result.stdout.contains("removed 6 review-phase actions"), "\(result.stdout)")
        #expect(result.stdout.contains("removed AssessAction #signoff-69274947-c77f-4ad7-b71c-9b4039770481 (and its root mention)"))
    }
}
