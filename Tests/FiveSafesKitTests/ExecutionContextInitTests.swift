import FiveSafesKit
import Foundation
import Testing

/// `CrateInitializer` for Five Safes 0.5 contexts and 1.0 working records, and `RecordSnapshotter`, through the
/// library: the values the CLI tests do not pin one by one (issue 19, item 2).
@Suite struct ExecutionContextInitTests {
    /// Options for a 0.5 container run of `image`.
    static func container(_ image: String) -> CrateInitializer.Options {
        var options = InitTestSupport.complete
        (options.profileVersion, options.workflow, options.container) = ("0.5", nil, image)
        options.credentials = ["Safe Researcher Training"]
        return options
    }

    /// The image reference becomes the context's url (registry page) and version (tag or digest), as RC-CE-06 asks
    /// of a SoftwareApplication; the draft's own `containerImage` is in no context.
    @Test(arguments: [
        ("ghcr.io/tre/approved-env:v3.1", "https://ghcr.io/tre/approved-env", "v3.1"),
        ("rocker/r-ver:4.4.1", "https://hub.docker.com/r/rocker/r-ver", "4.4.1"),
        ("python", "https://hub.docker.com/_/python", "latest"),
        ("registry.example.org:5000/team/env@sha256:0123abcd", "https://registry.example.org:5000/team/env", "sha256:0123abcd"),
        ("localhost:5000/env:1", "https://localhost:5000/env", "1"),
    ])
    func aContainerImageGivesTheContextsURLAndVersion(_ image: String, _ url: String, _ version: String) throws {
        let folder = try InitTestSupport.folder("init-container")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CrateInitializer(Self.container(image)).run(at: folder)
        let context = try #require(try InitTestSupport.entities(folder)["#execution-context"])
        #expect(context["@type"] as? String == "SoftwareApplication")
        #expect(context["url"] as? String == url && context["version"] as? String == version)
        let report = try InitTestSupport.report(folder)
        #expect(report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    /// A repeated credential is described once; the requester lists each credential once.
    @Test func repeatedCredentialsAreDescribedOnce() throws {
        let folder = try InitTestSupport.folder("init-credentials")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var options = Self.container("python:3.12")
        options.credentials = ["Safe Researcher Training", "TRE72 access agreement", "Safe Researcher Training"]
        try CrateInitializer(options).run(at: folder)
        let entities = try InitTestSupport.entities(folder)
        let person = try #require(entities["https://orcid.org/0000-0002-1825-0097"])
        let credentials = (person["hasCredential"] as? [[String: String]])?.compactMap { $0["@id"] }
        #expect(credentials == ["#credential-safe-researcher-training", "#credential-tre72-access-agreement"])
        #expect(entities["#credential-tre72-access-agreement"]?["@type"] as? String == "EducationalOccupationalCredential")
    }

    /// Without an http(s) record IRI every id is a UUID URN, and each snapshot gets a new one, never the working
    /// record's; the second names the first as its predecessor.
    @Test func snapshotsOfAUUIDRecordGetTheirOwnURNs() throws {
        let base = try InitTestSupport.folder("snapshot-urn")
        defer { try? FileManager.default.removeItem(atPath: base) }
        var options = InitTestSupport.complete
        (options.profileVersion, options.inputs) = ("1.0", [])
        try CrateInitializer(options).run(at: base + "/record")
        let first = try RecordSnapshotter(RecordSnapshotter.Options()).run(record: base + "/record", output: base + "/1")
        var next = RecordSnapshotter.Options()
        next.previous = base + "/1"
        let second = try RecordSnapshotter(next).run(record: base + "/record", output: base + "/2")
        let working = try #require(InitTestSupport.entities(base + "/record")["./"])
        let workingID = (working["identifier"] as? [String: String])?["@id"]
        #expect(first.identifier.hasPrefix("urn:uuid:") && second.identifier.hasPrefix("urn:uuid:"))
        #expect(Set([first.identifier, second.identifier, workingID ?? ""]).count == 3)
        #expect((first.version, second.version, second.previous) == (1, 2, first.identifier))
        #expect(first.record == (working["dct:isVersionOf"] as? [String: String])?["@id"])
    }

    /// A root with an absolute `@id` (the draft's Complete Example) takes the snapshot's IRI, and the descriptor's
    /// `about` with it; `dateModified` goes, `--published` sets `datePublished` apart from `dateCreated`.
    @Test func anAbsoluteRootIDBecomesTheSnapshotsIRI() throws {
        let base = try InitTestSupport.folder("snapshot-absolute")
        defer { try? FileManager.default.removeItem(atPath: base) }
        var options = InitTestSupport.complete
        (options.profileVersion, options.inputs, options.record) = ("1.0", [], "https://tre72.example.org/activities/A123")
        try CrateInitializer(options).run(at: base + "/record")
        let path = base + "/record/ro-crate-metadata.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"./\"", with: "\"https://tre72.example.org/activities/A123/current\"")
            .replacingOccurrences(of: "\"dateCreated\"", with: "\"dateModified\": \"2027-03-14T09:20:31Z\", \"dateCreated\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var snapshot = RecordSnapshotter.Options()
        snapshot.date = Date(timeIntervalSince1970: 1_800_000_000)
        snapshot.published = Date(timeIntervalSince1970: 1_800_086_400)
        let outcome = try RecordSnapshotter(snapshot).run(record: base + "/record", output: base + "/1")
        let entities = try InitTestSupport.entities(base + "/1")
        let root = try #require(entities[outcome.identifier])
        #expect(outcome.identifier == "https://tre72.example.org/activities/A123/versions/1")
        #expect((entities["ro-crate-metadata.json"]?["about"] as? [String: String])?["@id"] == outcome.identifier)
        #expect(root["dateModified"] == nil)
        #expect(root["dateCreated"] as? String == "2027-01-15T08:00:00Z" && root["datePublished"] as? String == "2027-01-16T08:00:00Z")
        let report = try InitTestSupport.report(base + "/1")
        #expect(report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }
}
