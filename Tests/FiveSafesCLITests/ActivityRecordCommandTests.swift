import FiveSafesTestSupport
import Foundation
import Testing

/// A Five Safes 1.0 working record through the CLI: `init --profile-version 1.0`, `provenance add` (decisions as
/// AuthorizeAction/RejectAction, execution attempts), `provenance snapshot`, `validate` and `inspect` (issue 19).
@Suite struct ActivityRecordCommandTests {
    static let record = "https://tre72.example.org/activities/A123"
    static let checker = ["--agent", "https://orcid.org/0000-0002-9079-593X", "--agent-name", "Stian Output-Checker"]
    static let tre = ["--tre", "https://tre72.example.org/", "--tre-name", "TRE72"]

    /// A workspace holding a fresh working record in `record/`.
    static func workingRecord(_ label: String) throws -> Workspace {
        let workspace = try Workspace(label)
        try workspace.write("SELECT count(*) FROM cohort;\n", to: "record/query.sql")
        let made = try workspace.run(
            ["init", "record", "--profile-version", "1.0", "--record", record, "--input-file", "query.sql", "-q"]
                + InitProfileVersionTests.common)
        #expect(made.status == 0, "\(Workspace.output(made))")
        return workspace
    }

    static func root(_ workspace: Workspace, _ crate: String) throws -> [String: Any] {
        try #require(InitProfileVersionTests.entity("./", in: try InitProfileVersionTests.graph(workspace, crate)))
    }

    static func reference(_ value: Any?) -> String? { (value as? [String: String])?["@id"] }

    @Test func initDecideExecuteSnapshotTwiceAndEachValidatesClean() throws {
        let workspace = try Self.workingRecord("record-e2e")
        defer { workspace.remove() }
        for arguments in [
            ["provenance", "add", "check", "record"] + Self.checker + Self.tre,
            ["provenance", "add", "sign-off", "record", "--note", "Approved for the two sites"] + Self.checker,
            ["provenance", "add", "execute", "record", "--status", "active"],
        ] {
            let added = try workspace.run(arguments)
            #expect(added.status == 0, "\(arguments): \(Workspace.output(added))")
        }
        try workspace.write("count\n42\n", to: "record/outputs/counts.csv")
        let ended = try workspace.run(["provenance", "add", "execute", "record", "--result", "outputs/counts.csv"])
        #expect(ended.status == 0, "\(Workspace.output(ended))")
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")

        let graph = try InitProfileVersionTests.graph(workspace, "record")
        let decision = try #require(graph.first { InitProfileVersionTests.types($0).contains("AuthorizeAction") })
        let ask = try #require(graph.first { InitProfileVersionTests.types($0).contains("AskAction") })
        #expect(Self.reference(decision["object"]) == Self.reference(ask["object"]))
        #expect(Self.reference(decision["prov:wasInformedBy"]) == ask["@id"] as? String)
        #expect(Self.reference(decision["actionStatus"]) == "http://schema.org/CompletedActionStatus")
        #expect((decision["@id"] as? String)?.hasPrefix(Self.record + "/decisions/") == true)
        let runs = graph.filter { InitProfileVersionTests.types($0).contains("CreateAction") }
        #expect(runs.count == 1, "the active execution is completed in place, not duplicated")
        let run = try #require(runs.first)
        #expect(Self.reference(run["actionStatus"]) == "http://schema.org/CompletedActionStatus")
        #expect(Self.reference(run["result"]) == "outputs/counts.csv" && run["endTime"] != nil)
        let associationID = try #require(Self.reference(run["prov:qualifiedAssociation"]))
        let association = try #require(InitProfileVersionTests.entity(associationID, in: graph))
        #expect(Self.reference(association["prov:hadPlan"]) == Self.reference(ask["object"]))
        #expect(!workspace.text("record/ro-crate-metadata.json").contains("PotentialActionStatus"))
        #expect(try Self.root(workspace, "record")["dateModified"] != nil)

        let first = try workspace.run(["provenance", "snapshot", "record", "-o", "snapshots/1"])
        #expect(first.status == 0, "\(Workspace.output(first))")
        #expect(first.stdout.contains("Wrote snapshot 1 of \(Self.record): \(Self.record)/versions/1"), "\(first.stdout)")
        let firstValid = try workspace.validate("snapshots/1")
        #expect(firstValid.status == 0, "\(Workspace.output(firstValid))")
        let one = try Self.root(workspace, "snapshots/1")
        #expect(one["version"] as? Int == 1 && one["pav:previousVersion"] == nil && one["dateModified"] == nil)
        #expect(Self.reference(one["identifier"]) == Self.record + "/versions/1")
        #expect(Self.reference(one["dct:isVersionOf"]) == Self.record)
        #expect(workspace.text("snapshots/1/outputs/counts.csv") == "count\n42\n")
        #expect(workspace.text("snapshots/1/query.sql") == workspace.text("record/query.sql"))

        let disclosed = try workspace.run(["provenance", "add", "disclose", "record", "--status", "failed"] + Self.checker)
        #expect(disclosed.status == 0, "\(Workspace.output(disclosed))")
        let second = try workspace.run(["provenance", "snapshot", "record", "-o", "snapshots/2", "--previous", "snapshots/1"])
        #expect(second.status == 0, "\(Workspace.output(second))")
        let secondValid = try workspace.validate("snapshots/2")
        #expect(secondValid.status == 0, "\(Workspace.output(secondValid))")
        let two = try Self.root(workspace, "snapshots/2")
        #expect(two["version"] as? Int == 2)
        #expect(Self.reference(two["pav:previousVersion"]) == Self.record + "/versions/1")
        #expect(Self.reference(two["identifier"]) == Self.record + "/versions/2")
        let inspected = try workspace.run(["inspect", "snapshots/2"])
        #expect(inspected.stdout.contains("snapshot 2") && inspected.stdout.contains(Self.record + "/versions/1"), "\(inspected.stdout)")
        let json = try workspace.run(["inspect", "--format", "json", "snapshots/2"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let shown = try #require(summary["record"] as? [String: Any])
        #expect(shown["version"] as? Int == 2 && shown["state"] as? String == "snapshot")
        #expect(shown["previousVersion"] as? String == Self.record + "/versions/1")
        let kinds = (shown["processes"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["AskAction", "AssessAction", "AuthorizeAction", "CreateAction", "AssessAction"], "\(kinds ?? [])")
        #expect((summary["flags"] as? [Any])?.isEmpty == true, "0.4's lifecycle gaps are not reported on a 1.0 record")
        #expect(inspected.stdout.contains("AuthorizeAction  completed  Stian Output-Checker"), "\(inspected.stdout)")
        let described = try #require(
            InitProfileVersionTests.entity(Self.record + "/versions/1", in: try InitProfileVersionTests.graph(workspace, "snapshots/2")))
        #expect(described["version"] as? Int == 1 && Self.reference(described["dct:isVersionOf"]) == Self.record)
        // The first snapshot is never touched by the second.
        #expect(try Self.root(workspace, "snapshots/1")["version"] as? Int == 1)
    }

    /// `init --update` on a working record records the change in `dateModified`; a snapshot taken later drops it.
    @Test func updatingAWorkingRecordSetsDateModified() throws {
        let workspace = try Self.workingRecord("record-update")
        defer { workspace.remove() }
        #expect(try Self.root(workspace, "record")["dateModified"] == nil)
        try workspace.write("a,b\n", to: "record/notes.csv")
        let updated = try workspace.run(["init", "record", "--update", "-q"])
        #expect(updated.status == 0, "\(Workspace.output(updated))")
        let root = try Self.root(workspace, "record")
        #expect(root["dateModified"] is String)
        #expect((root["hasPart"] as? [[String: String]])?.contains { $0["@id"] == "notes.csv" } == true)
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        #expect(try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "-q"]).status == 0)
        #expect(try Self.root(workspace, "snap")["dateModified"] == nil)
    }

    @Test func aRefusalIsARejectActionThatCompleted() throws {
        let workspace = try Self.workingRecord("record-reject")
        defer { workspace.remove() }
        let refused = try workspace.run(["provenance", "add", "sign-off", "record", "--status", "failed"] + Self.checker)
        #expect(refused.status == 0, "\(Workspace.output(refused))")
        let graph = try InitProfileVersionTests.graph(workspace, "record")
        let decision = try #require(graph.first { InitProfileVersionTests.types($0).contains("RejectAction") })
        #expect(Self.reference(decision["actionStatus"]) == "http://schema.org/CompletedActionStatus")
        #expect(!graph.contains { InitProfileVersionTests.types($0).contains("AuthorizeAction") })
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
    }

    @Test(arguments: [
        (["sign-off", "--status", "potential"], "PotentialActionStatus MUST NOT be used"),
        (["sign-off", "--status", "active"], "a 1.0 decision is recorded once made"),
        (["retrieve"], "has no retrieve phase"),
        (["publish"], "provenance snapshot"),
        (["check"], "--agent is required"),
    ])
    func movesThe10ModelHasNoPlaceForAreRefused(_ arguments: [String], _ message: String) throws {
        let workspace = try Self.workingRecord("record-refused")
        defer { workspace.remove() }
        let before = workspace.bytes("record/ro-crate-metadata.json")
        let result = try workspace.run(
            ["provenance", "add", arguments[0], "record"] + arguments.dropFirst() + (arguments[0] == "check" ? [] : Self.checker))
        #expect(result.status == 64, "\(Workspace.output(result))")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(workspace.bytes("record/ro-crate-metadata.json") == before)
    }

    @Test func snapshotRefusesOlderProfilesSnapshotsAndOverwrites() throws {
        let workspace = try Self.workingRecord("record-snapshot-refusals")
        defer { workspace.remove() }
        try workspace.initCrate("request")
        let old = try workspace.run(["provenance", "snapshot", "request", "-o", "snap"])
        #expect(old.status == 2 && old.stderr.contains("declares Five Safes RO-Crate 0.4, not 1.0"), "\(old.stderr)")
        #expect(workspace.bytes("snap") == nil)

        #expect(try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "-q"]).status == 0)
        let original = workspace.bytes("snap/ro-crate-metadata.json")
        let again = try workspace.run(["provenance", "snapshot", "record", "-o", "snap"])
        #expect(again.status == 2 && again.stderr.contains("use --force"), "\(again.stderr)")
        #expect(workspace.bytes("snap/ro-crate-metadata.json") == original)

        let ofSnapshot = try workspace.run(["provenance", "snapshot", "snap", "-o", "snap2"])
        #expect(ofSnapshot.status == 2 && ofSnapshot.stderr.contains("is already a snapshot"), "\(ofSnapshot.stderr)")
        let changed = try workspace.run(["provenance", "add", "check", "snap"] + Self.checker)
        #expect(changed.status == 2 && changed.stderr.contains("MUST NOT be changed"), "\(changed.stderr)")

        let inside = try workspace.run(["provenance", "snapshot", "record", "-o", "record/versions/1"])
        #expect(inside.status == 2 && inside.stderr.contains("inside the working record"), "\(inside.stderr)")

        let badVersion = try workspace.run(["provenance", "snapshot", "record", "-o", "snap3", "--previous", "snap", "--version", "1"])
        #expect(badVersion.status == 64 && badVersion.stderr.contains("must be greater than"), "\(badVersion.stderr)")

        let forced = try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "--force"])
        #expect(forced.status == 0, "\(Workspace.output(forced))")
        #expect(workspace.bytes("snap.bak/ro-crate-metadata.json") == original)
    }

    @Test func aPreviousSnapshotOfAnotherRecordIsRefused() throws {
        let workspace = try Self.workingRecord("record-other")
        defer { workspace.remove() }
        let other = try workspace.run(["init", "other", "--profile-version", "1.0", "-q"] + InitProfileVersionTests.common)
        #expect(other.status == 0, "\(Workspace.output(other))")
        #expect(try workspace.run(["provenance", "snapshot", "other", "-o", "other-1", "-q"]).status == 0)
        let mixed = try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "--previous", "other-1"])
        #expect(mixed.status == 2 && mixed.stderr.contains("not of this record's \(Self.record)"), "\(mixed.stderr)")
        #expect(workspace.bytes("snap") == nil)
    }

    /// Hostile records: a link in the record is named and never followed or copied; unreadable metadata, a
    /// `version` that is not an integer and a root without an identifier are refused naming the file, and nothing
    /// is written.
    @Test func hostileRecordsAreRefusedOrLinksLeftOut() throws {
        let workspace = try Self.workingRecord("record-hostile")
        defer { workspace.remove() }
        try workspace.write("secret\n", to: "outside.txt")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path("record/leak.txt"), withDestinationPath: workspace.path("outside.txt"))
        let linked = try workspace.run(["provenance", "snapshot", "record", "-o", "snap"])
        #expect(linked.status == 0, "\(Workspace.output(linked))")
        #expect(linked.stderr.contains("skipped the symbolic link leak.txt"), "\(linked.stderr)")
        #expect(workspace.bytes("snap/leak.txt") == nil && workspace.bytes("snap/query.sql") != nil)

        let metadata = workspace.text("record/ro-crate-metadata.json")
        for (broken, message) in [
            (String(metadata.prefix(200)), "not a readable RO-Crate metadata document"),
            (
                metadata.replacingOccurrences(of: "\"dateCreated\"", with: "\"version\": \"1.10\", \"dateCreated\""),
                "not a positive JSON integer"
            ),
            (metadata.replacingOccurrences(of: "\"identifier\"", with: "\"alternateName\""), "no single {\"@id\": …} identifier"),
        ] {
            try workspace.write(broken, to: "broken/ro-crate-metadata.json")
            let refused = try workspace.run(["provenance", "snapshot", "broken", "-o", "broken-snap"])
            #expect(refused.status == 2, "\(Workspace.output(refused))")
            #expect(refused.stderr.contains("broken/ro-crate-metadata.json") && refused.stderr.contains(message), "\(refused.stderr)")
            #expect(workspace.bytes("broken-snap") == nil)
        }
    }

    /// 0.5 requests go through the same review phases as 0.4 ones (0.5 keeps the review model) and stay clean; the
    /// validation phase names the 0.5 profile it checked against.
    @Test func a05WorkflowRequestThroughEveryPhaseValidatesClean() throws {
        let workspace = try Workspace("request05-phases")
        defer { workspace.remove() }
        let made = try workspace.run(
            ["init", "request", "--profile-version", "0.5", "-q"] + InitProfileVersionTests.common + InitProfileVersionTests.credential
                + InitProfileVersionTests.workflow)
        #expect(made.status == 0, "\(Workspace.output(made))")
        try Self.review(workspace, retrieve: true)
        let valid = try workspace.validate("request")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        let graph = try InitProfileVersionTests.graph(workspace, "request")
        let validation = graph.first { ($0["name"] as? String)?.hasPrefix("Validation") == true }
        #expect(Self.reference(validation?["instrument"]) == "https://w3id.org/5s-crate/0.5")
    }

    /// A script context has no Workflow RO-Crate to retrieve: 5S-DL-01 (a SHOULD on result crates) is not asked of
    /// it, and the reviewed 0.5 script request validates clean.
    @Test func a05ScriptRequestThroughTheReviewValidatesClean() throws {
        let workspace = try Workspace("request05-script")
        defer { workspace.remove() }
        try workspace.write("summary(cohort)\n", to: "request/analysis.R")
        let made = try workspace.run(
            ["init", "request", "--profile-version", "0.5", "--script", "analysis.R", "-q"] + InitProfileVersionTests.common
                + InitProfileVersionTests.credential + InitProfileVersionTests.input)
        #expect(made.status == 0, "\(Workspace.output(made))")
        try Self.review(workspace, retrieve: false)
        let checked = try workspace.validate("request")
        #expect(checked.status == 0, "\(checked.stdout)")
    }

    /// check, validate, (retrieve,) sign-off, execute, disclose, publish on `request/`.
    static func review(_ workspace: Workspace, retrieve: Bool) throws {
        let software = ProvenanceCommandTests.validator
        let policy = [
            "--instrument", "https://tre72.example.com/agreement-policy/81", "--instrument-name", "Agreement policy for project 81",
        ]
        try workspace.write("n\n12\n", to: "request/outputs/summary.csv")
        var steps = [["check", "request"] + software, ["validate", "request"] + software]
        if retrieve { steps.append(["retrieve", "request"] + software) }
        steps += [
            ["sign-off", "request"] + Self.checker + policy, ["execute", "request", "--result", "outputs/summary.csv"],
            ["disclose", "request"] + Self.checker, ["publish", "request"] + software,
        ]
        for arguments in steps {
            let added = try workspace.run(["provenance", "add"] + arguments)
            #expect(added.status == 0, "\(arguments): \(Workspace.output(added))")
        }
    }
}
