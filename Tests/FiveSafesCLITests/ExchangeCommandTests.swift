import FiveSafesTestSupport
import Foundation
import Testing

/// Exchanges in a Five Safes 1.0 working record through the CLI: `provenance add send` / `receive` (SendAction,
/// ReceiveAction; 1.0 Working Draft, Exchange Processes) and `provenance show` listing a 1.0 record's processes
/// (issue 19, item 2).
@Suite struct ExchangeCommandTests {
    typealias Record = ActivityRecordCommandTests
    static let record = ActivityRecordCommandTests.record
    static let nodeB = "https://tre-b.example.org/node"
    static let snapshotIRI = record + "/versions/1"

    /// A working record signed off and snapshotted to `snapshots/1`.
    static func snapshotted(_ label: String) throws -> Workspace {
        let workspace = try Record.workingRecord(label)
        let decided = try workspace.run(["provenance", "add", "sign-off", "record"] + Record.checker)
        #expect(decided.status == 0, "\(Workspace.output(decided))")
        let taken = try workspace.run(["provenance", "snapshot", "record", "-o", "snapshots/1", "-q"])
        #expect(taken.status == 0, "\(Workspace.output(taken))")
        return workspace
    }

    /// `provenance add send record --object snapshots/1 --recipient <node B>`, which must succeed.
    static func sendSnapshot(_ workspace: Workspace) throws -> CommandRunner.Result {
        let sent = try workspace.run(
            ["provenance", "add", "send", "record", "--object", "snapshots/1", "--recipient", nodeB, "--recipient-name", "TRE node B"])
        #expect(sent.status == 0, "\(Workspace.output(sent))")
        return sent
    }

    static func process(_ type: String, in workspace: Workspace) throws -> [String: Any] {
        let graph = try InitProfileVersionTests.graph(workspace, "record")
        return try #require(graph.first { InitProfileVersionTests.types($0).contains(type) }, "no \(type)")
    }

    @Test func initSignOffSnapshotSendReceiveValidatesClean() throws {
        let workspace = try Self.snapshotted("exchange-e2e")
        defer { workspace.remove() }
        let sent = try Self.sendSnapshot(workspace)
        #expect(sent.stdout.contains("added send action \(Self.record)/exchanges/"), "\(sent.stdout)")
        let send = try Self.process("SendAction", in: workspace)
        let sendID = try #require(send["@id"] as? String)
        #expect(InitProfileVersionTests.types(send) == ["SendAction", "prov:Activity"])
        #expect(Record.reference(send["object"]) == Self.snapshotIRI)
        #expect(Record.reference(send["recipient"]) == Self.nodeB)
        #expect(Record.reference(send["actionStatus"]) == "http://schema.org/CompletedActionStatus")
        #expect(send["endTime"] is String && Record.reference(send["agent"]) != nil && Record.reference(send["provider"]) != nil)
        let graph = try InitProfileVersionTests.graph(workspace, "record")
        // Referencing Another RO-Crate: the snapshot's identifier, reachable through hasPart, with the copies.
        let reference = try #require(InitProfileVersionTests.entity(Self.snapshotIRI, in: graph))
        let snapshotRoot = try Record.root(workspace, "snapshots/1")
        #expect(InitProfileVersionTests.types(reference) == ["Dataset"])
        #expect(reference["version"] as? Int == 1 && Record.reference(reference["dct:isVersionOf"]) == Self.record)
        #expect(reference["datePublished"] as? String == snapshotRoot["datePublished"] as? String)
        #expect(Record.reference(reference["conformsTo"]) == "https://w3id.org/ro/crate")
        let root = try Record.root(workspace, "record")
        #expect((root["hasPart"] as? [[String: String]])?.contains { $0["@id"] == Self.snapshotIRI } == true)
        #expect((root["mentions"] as? [[String: String]])?.contains { $0["@id"] == sendID } == true)
        #expect(InitProfileVersionTests.entity(Self.nodeB, in: graph)?["name"] as? String == "TRE node B")

        let received = try workspace.run(
            ["provenance", "add", "receive", "record", "--object", Self.snapshotIRI, "--sender", Self.nodeB, "--informed-by", sendID])
        #expect(received.status == 0, "\(Workspace.output(received))")
        let receive = try Self.process("ReceiveAction", in: workspace)
        #expect(Record.reference(receive["sender"]) == Self.nodeB && Record.reference(receive["object"]) == Self.snapshotIRI)
        #expect(Record.reference(receive["prov:wasInformedBy"]) == sendID)
        #expect((receive["@id"] as? String)?.hasPrefix(Self.record + "/exchanges/") == true)

        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        let json = try workspace.run(["validate", "--level", "recommended", "--format", "json", "record"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["issues"] as? [Any])?.isEmpty == true, "\(json.stdout)")
        #expect((report["profile"] as? [String: Any])?["version"] as? String == "1.0-WD", "checked against the 1.0 rows")
    }

    @Test func aBareIRIObjectIsReferencedWithANote() throws {
        let workspace = try Self.snapshotted("exchange-iri")
        defer { workspace.remove() }
        let other = "https://tre-a.example.org/records/R/assets/output-17"
        let sent = try workspace.run(["provenance", "add", "send", "record", "--object", other, "--recipient", Self.nodeB])
        #expect(sent.status == 0, "\(Workspace.output(sent))")
        #expect(sent.stderr.contains("referenced by IRI only"), "\(sent.stderr)")
        let reference = try #require(InitProfileVersionTests.entity(other, in: try InitProfileVersionTests.graph(workspace, "record")))
        #expect(InitProfileVersionTests.types(reference) == ["Dataset"] && reference["version"] == nil)
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
    }

    @Test(arguments: [
        (["send", "--object", snapshotIRI], "needs --object"),
        (["send", "--object", snapshotIRI, "--recipient", "node-b"], "--recipient node-b is not an absolute IRI"),
        (["send", "--object", snapshotIRI, "--recipient", nodeB, "--informed-by", nodeB], "--informed-by does not apply to send"),
        (["receive", "--object", record, "--sender", nodeB], "cannot reference itself"),
        (["receive", "--object", "record", "--sender", nodeB], "is a working record (no version)"),
        (["send", "--object", snapshotIRI, "--recipient", nodeB, "--status", "potential"], "PotentialActionStatus MUST NOT be used"),
        (["send", "--object", "snapshots/1", "--recipient", nodeB, "--end", "2000-01-01T00:00:00Z"], "(5S-XCH-03)"),
        (["check", "--object", snapshotIRI], "--object applies to send and receive only"),
    ])
    func badExchangesAreRefusedAndNothingIsWritten(_ arguments: [String], _ message: String) throws {
        let workspace = try Self.snapshotted("exchange-refused")
        defer { workspace.remove() }
        let before = workspace.bytes("record/ro-crate-metadata.json")
        let result = try workspace.run(["provenance", "add", arguments[0], "record"] + arguments.dropFirst())
        #expect(result.status == 64, "\(Workspace.output(result))")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(workspace.bytes("record/ro-crate-metadata.json") == before)
    }

    /// A receipt cannot end before the dispatch it names began (5S-XCH-04).
    @Test func aReceiptBeforeItsDispatchIsRefused() throws {
        let workspace = try Self.snapshotted("exchange-order")
        defer { workspace.remove() }
        let sent = try workspace.run(
            [
                "provenance", "add", "send", "record", "--object", Self.snapshotIRI, "--recipient", Self.nodeB, "--start",
                "2030-01-01T00:00:00Z",
                "--end", "2030-01-01T00:01:00Z",
            ])
        #expect(sent.status == 0, "\(Workspace.output(sent))")
        let sendID = try #require(try Self.process("SendAction", in: workspace)["@id"] as? String)
        let early = try workspace.run(
            [
                "provenance", "add", "receive", "record", "--object", Self.snapshotIRI, "--sender", Self.nodeB, "--informed-by", sendID,
                "--end", "2029-12-31T23:59:00Z",
            ])
        #expect(early.status == 64 && early.stderr.contains("(5S-XCH-04)"), "\(Workspace.output(early))")
    }

    /// A hostile or missing snapshot given as `--object` is refused naming the file; the record is not touched.
    @Test func anUnreadableSnapshotObjectIsRefusedNamingTheFile() throws {
        let workspace = try Self.snapshotted("exchange-hostile")
        defer { workspace.remove() }
        let before = workspace.bytes("record/ro-crate-metadata.json")
        let metadata = workspace.text("snapshots/1/ro-crate-metadata.json")
        try workspace.write(String(metadata.prefix(120)), to: "broken/ro-crate-metadata.json")
        for (object, message) in [("broken", "broken/ro-crate-metadata.json"), ("missing-folder", "missing-folder")] {
            let result = try workspace.run(["provenance", "add", "send", "record", "--object", object, "--recipient", Self.nodeB])
            #expect(result.status == 2, "\(Workspace.output(result))")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(workspace.bytes("record/ro-crate-metadata.json") == before)
        }
    }

    /// 0.4 crates have no exchanges: refused with 64 and a pointer to migrate, nothing written.
    @Test func exchangesAreRefusedOnOlderProfiles() throws {
        let workspace = try Workspace("exchange-04")
        defer { workspace.remove() }
        try workspace.initCrate("request")
        let before = workspace.bytes("request/ro-crate-metadata.json")
        let result = try workspace.run(
            ["provenance", "add", "send", "request", "--object", Self.snapshotIRI, "--recipient", Self.nodeB])
        #expect(result.status == 64, "\(Workspace.output(result))")
        #expect(result.stderr.contains("is not a 1.0 working record"), "\(result.stderr)")
        #expect(workspace.bytes("request/ro-crate-metadata.json") == before)
    }

    /// `provenance show` on a 1.0 record lists its processes, not 0.4's lifecycle with a false "no sign-off" gap.
    @Test func showListsA10RecordsProcesses() throws {
        let workspace = try Self.snapshotted("exchange-show")
        defer { workspace.remove() }
        _ = try Self.sendSnapshot(workspace)
        let text = try workspace.run(["provenance", "show", "record"])
        #expect(text.status == 0, "\(Workspace.output(text))")
        #expect(text.stdout.contains("activity record \(Self.record)") && text.stdout.contains("working record"), "\(text.stdout)")
        #expect(text.stdout.contains("AuthorizeAction  completed  Stian Output-Checker"), "\(text.stdout)")
        #expect(text.stdout.contains("SendAction") && text.stdout.contains("to TRE node B"), "\(text.stdout)")
        #expect(!text.stdout.contains("gap:") && !text.stdout.contains("PHASE"), "\(text.stdout)")

        let json = try workspace.run(["provenance", "show", "record", "--format", "json"])
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(shown["record"] as? String == Self.record && shown["state"] as? String == "working record")
        let kinds = (shown["processes"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["AskAction", "AuthorizeAction", "SendAction"], "\(kinds ?? [])")
        #expect(shown["phases"] == nil && shown["flags"] == nil)

        let snapshot = try workspace.run(["provenance", "show", "snapshots/1", "--format", "json"])
        let snapshotShown = try #require(try JSONSerialization.jsonObject(with: Data(snapshot.stdout.utf8)) as? [String: Any])
        #expect(snapshotShown["state"] as? String == "snapshot" && snapshotShown["version"] as? Int == 1)
    }
}
