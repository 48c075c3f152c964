import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Writes keep the user's metadata: every key, order and unknown property, and the bytes outside edited entities.
@Suite struct ProvenanceRoundTripTests {
    /// A small crate with unknown keys, an odd key order, four-space indentation and no trailing newline.
    static let original = """
        {
            "@context": "https://w3id.org/ro/crate/1.2/context",
            "x-unknown-top": {"kept": [1, 2.50, true]},
            "@graph": [
                {"@type": "CreativeWork", "@id": "ro-crate-metadata.json", "about": {"@id": "./"}, "conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}},
                {
                    "name": "Odd but valid",
                    "@id": "./",
                    "@type": "Dataset",
                    "x-custom": "keep me",
                    "mainEntity": {"@id": "https://example.org/wf"},
                    "mentions": {"@id": "#run"}
                },
                {"@id": "#run", "@type": "CreateAction", "name": "Run the workflow please", "actionStatus": "http://schema.org/PotentialActionStatus", "instrument": {"@id": "https://example.org/wf"}, "x-extra": 1e3},
                {"@id": "https://example.org/wf", "@type": "Dataset", "name": "Workflow", "description": "caf\\u00e9 — ünïcode"}
            ]
        }
        """

    func write(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-rt-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/ro-crate-metadata.json", atomically: true, encoding: .utf8)
        return folder
    }

    func read(_ folder: String) throws -> String {
        try String(contentsOfFile: folder + "/ro-crate-metadata.json", encoding: .utf8)
    }

    @Test func untouchedEntitiesAndTopLevelKeysStayByteIdentical() throws {
        let folder = try write(Self.original)
        var request = ProvenanceRequest(phase: .check)
        request.agent = "https://tre.example.org/#validator"
        _ = try LifecycleScript.recorder.record(request, in: folder)
        let edited = try read(folder)
        let lines = Self.original.split(separator: "\n", omittingEmptySubsequences: false)
        // Everything up to the root and every line of the entities that were not edited is still there, in order.
        for unchanged in [lines[0], lines[1], lines[2], lines[3], lines[4], lines[12], lines[13]] {
            #expect(edited.contains(unchanged), "lost: \(unchanged)")
        }
        #expect(edited.hasSuffix("    ]\n}"), "the end of the file changed")
        // The root keeps its unknown key and key order, with the mention added at the end of `mentions`.
        let root = try #require(edited.range(of: "\"name\": \"Odd but valid\""))
        let custom = try #require(edited.range(of: "\"x-custom\": \"keep me\""))
        let mentions = try #require(edited.range(of: "\"mentions\": ["))
        #expect(root.lowerBound < custom.lowerBound && custom.lowerBound < mentions.lowerBound)
        // New entities use the file's four-space indentation.
        #expect(edited.contains("\n        {\n            \"@id\": \"#check-"))
        #expect(
            edited.contains(
                "\n            \"additionalType\": {\n                \"@id\": \"https://w3id.org/shp#CheckValue\"\n            },"))
    }

    @Test func theRunIsEditedInPlaceKeepingItsUnknownKeysAndNumbers() throws {
        let folder = try write(Self.original)
        var execute = ProvenanceRequest(phase: .execute, status: .active)
        execute.force = true  // this tiny crate has no sign-off
        _ = try LifecycleScript.recorder.record(execute, in: folder)
        let edited = try read(folder)
        let run = try #require(edited.range(of: "\"@id\": \"#run\""))
        let extra = try #require(edited.range(of: "\"x-extra\": 1e3"))
        let status = try #require(edited.range(of: "\"actionStatus\": \"http://schema.org/ActiveActionStatus\""))
        #expect(run.lowerBound < status.lowerBound && status.lowerBound < extra.lowerBound)
        #expect(edited.contains("\"startTime\": \"2026-11-18T11:06:40Z\""))
        #expect(edited.contains("\"x-unknown-top\": {\"kept\": [1, 2.50, true]}"))
    }

    @Test func sanitizeRemovesClientAssessmentsAndTheirMentionsOnly() throws {
        let folder = try LifecycleScript.copy()
        let before = try read(folder)
        try LifecycleScript.run(folder, until: .retrieve)
        let removed = try ProvenanceSanitizer().sanitize(folder).removed
        #expect(removed.count == 2 && removed.allSatisfy(\.wasMentioned))
        #expect(removed.map(\.types) == [["AssessAction"], ["AssessAction"]])
        let after = try read(folder)
        #expect(!after.contains("AssessAction") && after.contains("#query-9272027a-f6b2-4f30-835b-50b40ce7e7f7"))
        // The request's own entities are kept; only the agents and instruments the phases added remain extra.
        let original = before.split(separator: "\n").prefix(180)
        for line in original where !line.contains("\"mentions\"") { #expect(after.contains(line)) }
        #expect(try ProvenanceSanitizer().sanitize(folder).removed.isEmpty)
    }

    @Test func aBagFolderIsEditedInDataAndRefreshedWhenPublished() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .publish)
        let bag = (crate as NSString).deletingLastPathComponent + "/bag"
        var options = PackageOptions()
        options.validate = false
        _ = try CratePackager(options: options).package(crate, to: bag, asBagFolder: true)
        var publish = LifecycleScript.request(.publish, agent: LifecycleScript.validator, start: "2026-11-25T12:00:00Z")
        publish.tre = LifecycleScript.tre
        let record = try LifecycleScript.recorder.record(publish, in: bag)
        #expect(record.refreshedBag && record.metadataPath.hasSuffix("bag/data/ro-crate-metadata.json"))
        var validation = ValidationOptions()
        validation.level = .recommended
        let report = try CrateValidator(options: validation).validate(.bag(bag), named: "bag")
        #expect(report.isValid, "\(report.issues.map { "\($0.rule) \($0.message)" })")
    }
}
