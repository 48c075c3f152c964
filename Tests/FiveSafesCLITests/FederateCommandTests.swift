import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes federate` end to end: the federated activity record of the Five Safes 1.0 Working Draft over two
/// node provenance RO-Crates (`Fixtures/crates/valid/record-1.0-snapshot`, `record-1.0-node-b`), the validation of
/// the set, the exit statuses of the CLI contract, and hostile node inputs.
@Suite struct FederateCommandTests {
    static let nodeA = Fixtures.path("crates/valid/record-1.0-snapshot")
    static let nodeB = Fixtures.path("crates/valid/record-1.0-node-b")
    static let nodeAID = "https://tre72.example.org/activities/A123/versions/2"
    static let nodeBID = "https://tre-b.example.org/activities/B7/versions/1"

    func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-federate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func graph(_ metadata: String) throws -> [String: [String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metadata))) as? [String: Any]
        let items = document?["@graph"] as? [[String: Any]] ?? []
        return Dictionary(items.compactMap { item in (item["@id"] as? String).map { ($0, item) } }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theRecordReferencesEachNodeWithItsCopiedValuesAndTheSetValidatesClean() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/record"
        let run = try CommandRunner.run(
            [
                "federate", Self.nodeA, Self.nodeB, "-o", output, "--record", "https://federation.example.org/records/R",
                "--publisher", "https://ror.org/027m9bs27",
            ],
            environment: ["SOURCE_DATE_EPOCH": "1807000000"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            run.stdout.contains(
                "wrote \(output)/ro-crate-metadata.json: federated activity record https://federation.example.org/records/R"))
        #expect(run.stdout.contains("referencing 2 node crates"))
        #expect(run.stdout.contains("\(Self.nodeB) → \(Self.nodeBID)"))
        let entities = try graph(output + "/ro-crate-metadata.json")
        let root = try #require(entities["./"])
        #expect((root["hasPart"] as? [[String: String]])?.map { $0["@id"] } == [Self.nodeAID, Self.nodeBID])
        #expect((root["dct:isVersionOf"] as? [String: String])?["@id"] == "https://federation.example.org/records/R")
        #expect(root["version"] == nil, "a new federated record is a working record")
        #expect(root["datePublished"] as? String == "2027-04-06T08:26:40Z")
        let a = try #require(entities[Self.nodeAID])
        #expect(a["@type"] as? String == "Dataset")
        #expect(a["version"] as? Int == 2)
        #expect(a["datePublished"] as? String == "2027-03-15T10:05:00Z")
        #expect((a["publisher"] as? [String: String])?["@id"] == "https://ror.org/027m9bs27")
        #expect((a["dct:isVersionOf"] as? [String: String])?["@id"] == "https://tre72.example.org/activities/A123")
        #expect((a["about"] as? [String: String])?["@id"] == "https://federation.example.org/records/R")
        #expect((a["conformsTo"] as? [String: String])?["@id"] == "https://w3id.org/ro/crate")
        let b = try #require(entities[Self.nodeBID])
        #expect(b["version"] as? Int == 1)
        #expect((b["publisher"] as? [String: String])?["@id"] == "https://ror.org/03h2bxq36")
        #expect(entities["https://ror.org/03h2bxq36"]?["@type"] as? String == "Organization")
        // The record's publisher is node A's, described as node A describes it.
        #expect((root["publisher"] as? [String: String])?["@id"] == "https://ror.org/027m9bs27")
        #expect(entities["https://ror.org/027m9bs27"]?["name"] as? String == "TRE72")
        // The record written is clean at recommended too, under the 1.0 Working Draft rows.
        let validate = try CommandRunner.run(["validate", "--level", "recommended", "--format", "json", output])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains(#""version": "1.0-WD""#))
    }

    @Test func theJSONReportHoldsTheRecordAndEveryNodesValidation() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bag = folder + "/node-a-bag"
        #expect(try CommandRunner.run(["zip", Self.nodeA, "--bag-dir", bag, "-q"]).status == 0)
        let zip = folder + "/node-b.zip"
        #expect(try CommandRunner.run(["zip", Self.nodeB, "-o", zip, "-q"]).status == 0)
        let run = try CommandRunner.run(["federate", bag, zip, "-o", folder + "/record", "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == true)
        #expect(report?["record"] as? String == folder + "/record/ro-crate-metadata.json")
        let nodes = report?["nodes"] as? [[String: String]] ?? []
        #expect(nodes.map { $0["input"] } == [bag, zip])
        #expect(nodes.map { $0["identifier"] } == [Self.nodeAID, Self.nodeBID])
        let reports = report?["reports"] as? [[String: Any]] ?? []
        #expect(reports.map { $0["input"] as? String } == [folder + "/record", bag, zip])
        #expect((reports.first?["profile"] as? [String: Any])?["version"] as? String == "1.0-WD")
    }

    @Test func anExistingRecordIsRefusedWithoutForceAndKeptAsBakWithIt() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/record"
        #expect(try CommandRunner.run(["federate", Self.nodeA, "-o", output, "-q"]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: output + "/ro-crate-metadata.json"))
        let again = try CommandRunner.run(["federate", Self.nodeA, Self.nodeB, "-o", output])
        #expect(again.status == 2)
        #expect(again.stderr.contains("ro-crate-metadata.json: already exists; use --force"), "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/ro-crate-metadata.json")) == first)
        let forced = try CommandRunner.run(["federate", Self.nodeA, Self.nodeB, "-o", output, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("the old record is kept as \(output)/ro-crate-metadata.json.bak"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/ro-crate-metadata.json.bak")) == first)
    }

    @Test func aNodeThatIsAWorkingRecordIsWrittenAndReportedWithFindings() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // record-1.0 is a working record: no version, so no fixed representation a record may reference.
        let run = try CommandRunner.run(["federate", Fixtures.path("crates/valid/record-1.0"), Self.nodeB, "-o", folder + "/record"])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("[5S-FED-01]"))
        #expect(run.stdout.contains("has no integer version: only a fixed snapshot"))
    }

    @Test func aNodeWhoseRecordIdentityIsTheFederatedRecordsIsAFinding() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandRunner.run([
            "federate", Self.nodeA, "-o", folder + "/record", "--record", "https://tre72.example.org/activities/A123",
        ])
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stdout.contains("uses the federated record's identity `https://tre72.example.org/activities/A123`"))
    }

    /// A node crate with different metadata in a scratch folder.
    func node(_ folder: String, _ name: String, metadata: String) throws -> String {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data(metadata.utf8).write(to: URL(fileURLWithPath: path + "/ro-crate-metadata.json"))
        return path
    }

    @Test func hostileAndUnusableNodesAreRefusedNamingTheInputAndNothingIsWritten() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let snapshot = try String(contentsOfFile: Self.nodeA + "/ro-crate-metadata.json", encoding: .utf8)
        let malformed = try node(folder, "malformed", metadata: "{\"@graph\": [")
        let noIdentifier = try node(
            folder, "no-identifier",
            metadata: snapshot.replacingOccurrences(of: "\"identifier\": {\n        \"@id\": \"\(Self.nodeAID)\"\n      },", with: ""))
        let twin = try node(folder, "twin", metadata: snapshot)
        let cases: [([String], Int32, String)] = [
            (
                [malformed], 2,
                "malformed: refused as a node crate: [RC-MD-02] ro-crate-metadata.json:1:13: the metadata file is not valid JSON"
            ),
            ([folder + "/missing"], 2, "missing: no such file or directory"),
            (
                [Fixtures.path("archives/dotdot.zip")], 2,
                "dotdot.zip: refused as a node crate: [FS-ZIP-001] request/../../evil.txt: the entry"
            ),
            ([Fixtures.path("archives/not-a-zip.zip")], 2, "not-a-zip.zip: refused as a node crate"),
            ([noIdentifier], 2, "no-identifier: not a node crate a record can reference"),
            ([Self.nodeA, twin], 2, "twin: has the same identifier \(Self.nodeAID) as \(Self.nodeA)"),
            ([Self.nodeA, Self.nodeA + "/"], 64, "is given twice (also as \(Self.nodeA))"),
            ([Self.nodeA, "--record", "not an iri"], 64, "--record not an iri is not an absolute IRI"),
        ]
        for (arguments, status, message) in cases {
            let output = folder + "/record"
            let run = try CommandRunner.run(["federate"] + arguments + ["-o", output])
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output + "/ro-crate-metadata.json"), "\(arguments) wrote a record")
        }
        let stripped = try String(contentsOfFile: noIdentifier + "/ro-crate-metadata.json", encoding: .utf8)
        #expect(!stripped.contains("\"identifier\""), "the no-identifier node still has one")
    }

    @Test func theRecordIsNeverWrittenIntoANodeCrate() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let node = folder + "/node-a"
        try FileManager.default.copyItem(atPath: Self.nodeA, toPath: node)
        for output in [node, node + "/record"] {
            let run = try CommandRunner.run(["federate", node, "-o", output])
            #expect(run.status == 64, "\(output): \(run.stderr)")
            #expect(run.stderr.contains("\(node): "), "\(run.stderr)")
            #expect(run.stderr.contains("write the record to a folder of its own"), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: node + "/record"))
        let metadata = try Data(contentsOf: URL(fileURLWithPath: node + "/ro-crate-metadata.json"))
        #expect(metadata == (try Data(contentsOf: URL(fileURLWithPath: Self.nodeA + "/ro-crate-metadata.json"))))
    }

    @Test func withoutNodesOrOutputItIsAUsageError() throws {
        #expect(try CommandRunner.run(["federate", "-o", "record"]).status == 64)
        #expect(try CommandRunner.run(["federate", Self.nodeA]).status == 64)
    }

    @Test func inspectListsTheNodeCratesOfAFederatedRecord() throws {
        let record = Fixtures.path("crates/valid/record-1.0-federated")
        let text = try CommandRunner.run(["inspect", record])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Node crates"))
        #expect(text.stdout.contains(Self.nodeBID) && text.stdout.contains("TRE B"))
        let json = try CommandRunner.run(["inspect", "--format", "json", record])
        let summary = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let nodes = (summary?["record"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.map { $0["id"] as? String } == [Self.nodeAID, Self.nodeBID])
        #expect(nodes.map { $0["version"] as? String } == ["2", "1"])
        #expect(nodes.first?["publisher"] as? String == "TRE72")
        #expect(nodes.first?["about"] as? [String] == ["https://federation.example.org/records/R"])
        // A record that references no node crate has no `nodes` member.
        let plain = try CommandRunner.run(["inspect", "--format", "json", Self.nodeA])
        #expect(!plain.stdout.contains("\"nodes\""))
    }

    @Test func explainCitesTheDraftsFederationSectionsAndWhereTheyAreSilent() throws {
        let fed = try CommandRunner.run(["validate", "--explain", "5S-FED-01"])
        #expect(fed.status == 0)
        #expect(fed.stdout.contains("Spec: https://w3id.org/5s-crate/1.0#node-provenance-ro-crates"))
        #expect(fed.stdout.contains("The draft names no property that marks a record as federated"))
        let ref = try CommandRunner.run(["validate", "--explain", "5S-REF-01"])
        #expect(ref.stdout.contains("Spec: https://w3id.org/5s-crate/1.0#referencing-another-ro-crate"))
        #expect(ref.stdout.contains("Profile versions: 1.0-WD only"))
    }
}
