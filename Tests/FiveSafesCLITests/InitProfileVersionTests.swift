import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes init --profile-version 0.5` (execution types and contexts, credentials) and `--profile-version 1.0`
/// (a working record), each checked by `validate --level recommended` under its own catalogue (issue 19, item 2).
@Suite struct InitProfileVersionTests {
    /// Values every request needs, without the workflow and the input (which depend on the execution type).
    static let common = [
        "--name", "Survival analysis for project 81", "--license", "CC-BY-4.0", "--agent", "0000-0002-1825-0097",
        "--agent-name", "Josiah Carberry", "--project", "project81", "--project-name", "Protein stability",
        "--organization", "https://ror.org/05gq02987", "--organization-name", "Brown University",
    ]
    static let workflow = ["--workflow", "https://workflowhub.eu/workflows/289?version=1", "--input", "fast_mode=true"]
    static let credential = ["--credential", "Safe Researcher Training"]
    /// A non-workflow run still lists its inputs (5S-RUN-07).
    static let input = ["--input", "cohort=A123"]

    /// One execution type: its flags, the files the folder holds, and the mainEntity and its type that result.
    struct Case: Sendable, CustomTestStringConvertible {
        let type: String
        let flags: [String]
        let files: [String]
        let mainEntity: String
        let contextType: String
        var testDescription: String { type }
    }

    static let cases = [
        Case(
            type: "workflow", flags: workflow, files: [], mainEntity: "https://workflowhub.eu/workflows/289?version=1",
            contextType: "Dataset"),
        Case(
            type: "script", flags: ["--script", "analysis.R"], files: ["analysis.R"], mainEntity: "analysis.R",
            contextType: "SoftwareSourceCode"),
        Case(
            type: "notebook", flags: ["--notebook", "./eda.ipynb"], files: ["eda.ipynb"], mainEntity: "eda.ipynb",
            contextType: "SoftwareSourceCode"),
        Case(
            type: "query", flags: ["--query", "cohort.sql"], files: ["cohort.sql"], mainEntity: "cohort.sql",
            contextType: "SoftwareSourceCode"),
        Case(
            type: "query", flags: ["--query-text", "SELECT count(*) FROM cohort"], files: [], mainEntity: "#execution-context",
            contextType: "SoftwareSourceCode"),
        Case(
            type: "interactive", flags: ["--execution-type", "interactive"], files: [], mainEntity: "#execution-context",
            contextType: "CreativeWork"),
        Case(
            type: "container", flags: ["--container", "ghcr.io/tre/approved-env:v3.1"], files: [], mainEntity: "#execution-context",
            contextType: "SoftwareApplication"),
        Case(
            type: "custom", flags: ["--execution-type", "custom"], files: [], mainEntity: "#execution-context", contextType: "CreativeWork"),
    ]

    static func graph(_ workspace: Workspace, _ crate: String) throws -> [[String: Any]] {
        let data = try #require(workspace.bytes(crate + "/ro-crate-metadata.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(document["@graph"] as? [[String: Any]])
    }

    static func entity(_ id: String, in graph: [[String: Any]]) -> [String: Any]? {
        graph.first { $0["@id"] as? String == id }
    }

    static func types(_ entity: [String: Any]?) -> [String] {
        (entity?["@type"] as? [String]) ?? [(entity?["@type"] as? String) ?? ""]
    }

    @Test(arguments: cases) func aCleanRequestForEachExecutionType(_ item: Case) throws {
        let workspace = try Workspace("init05")
        defer { workspace.remove() }
        for file in item.files { try workspace.write("content of \(file)\n", to: "request/" + file) }
        let inputs = item.type == "workflow" ? [] : Self.input
        let made = try workspace.run(
            ["init", "request", "--profile-version", "0.5", "-q"] + Self.common + Self.credential + inputs + item.flags)
        #expect(made.status == 0, "\(Workspace.output(made))")
        let valid = try workspace.validate("request")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        #expect(valid.stdout.contains("five-safes-crate 0.5"), "\(valid.stdout)")
        let graph = try Self.graph(workspace, "request")
        let root = try #require(Self.entity("./", in: graph))
        #expect(root["executionType"] as? String == item.type)
        #expect((root["mainEntity"] as? [String: String])?["@id"] == item.mainEntity)
        #expect(Self.types(Self.entity(item.mainEntity, in: graph)).contains(item.contextType))
        let run = try #require(graph.first { Self.types($0).contains("CreateAction") })
        #expect((run["instrument"] as? [String: String])?["@id"] == item.mainEntity)
        let person = try #require(Self.entity("https://orcid.org/0000-0002-1825-0097", in: graph))
        #expect((person["hasCredential"] as? [String: String])?["@id"] == "#credential-safe-researcher-training")
        let inspected = try workspace.run(["inspect", "request"])
        #expect(inspected.stdout.contains("type") && inspected.stdout.contains(item.type), "\(inspected.stdout)")
    }

    /// Without `--credential` the same crate is held to 5S-AGENT-10: the 0.5 rows really are what checked it.
    @Test func withoutACredentialTheRecommendedLevelAsksForOne() throws {
        let workspace = try Workspace("init05-nocred")
        defer { workspace.remove() }
        try workspace.write("q <- 1\n", to: "request/analysis.R")
        let made = try workspace.run(
            ["init", "request", "--profile-version", "0.5", "--script", "analysis.R", "-q"] + Self.common + Self.input)
        #expect(made.status == 0, "\(Workspace.output(made))")
        let checked = try workspace.validate("request")
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("5S-AGENT-10"), "\(checked.stdout)")
    }

    @Test(arguments: [
        (["--profile-version", "0.5", "--script", "missing.R"], "--script missing.R is not a file in the crate folder"),
        (["--script", "analysis.R"], "need --profile-version 0.5"),
        (
            ["--profile-version", "0.5", "--execution-type", "query", "--script", "analysis.R"],
            "--script does not go with --execution-type query"
        ),
        (["--profile-version", "0.5", "--execution-type", "batch"], "--execution-type batch is not one of workflow, script"),
        (["--profile-version", "0.5", "--execution-type", "notebook"], "--execution-type notebook needs --notebook FILE"),
        (["--profile-version", "0.5", "--query", "q.sql", "--query-text", "SELECT 1"], "not both"),
        (["--profile-version", "0.5", "--container", "env:1"] + workflow, "--workflow does not go with --execution-type container"),
        (["--profile-version", "0.5", "--execution-type", "container"], "--execution-type container needs --container IMAGE"),
        (["--profile-version", "0.7"], "--profile-version 0.7 is not 0.4, 0.5-DRAFT, 0.5 or 1.0"),
        (["--profile-version", "1.0", "--record", "not an iri"], "--record not an iri is not an absolute IRI"),
        (["--record", "https://tre72.example.org/activities/A123"] + workflow, "--record needs --profile-version 1.0"),
    ])
    func badExecutionFlagsAreRefusedWithExit64(_ flags: [String], _ message: String) throws {
        let workspace = try Workspace("init05-bad")
        defer { workspace.remove() }
        try workspace.write("q <- 1\n", to: "request/analysis.R")
        try workspace.write("SELECT 1;\n", to: "request/q.sql")
        let result = try workspace.run(["init", "request"] + Self.common + Self.input + flags)
        #expect(result.status == 64, "\(Workspace.output(result))")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(workspace.bytes("request/ro-crate-metadata.json") == nil)
    }

    /// A script that is a symbolic link is refused like an `--input-file` one: fivesafes never follows links.
    @Test func aScriptThatIsASymbolicLinkIsRefused() throws {
        let workspace = try Workspace("init05-link")
        defer { workspace.remove() }
        try workspace.write("secret\n", to: "outside.R")
        try FileManager.default.createDirectory(atPath: workspace.path("request"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path("request/analysis.R"), withDestinationPath: workspace.path("outside.R"))
        let result = try workspace.run(
            ["init", "request", "--profile-version", "0.5", "--script", "analysis.R"] + Self.common + Self.input)
        #expect(result.status == 64)
        #expect(result.stderr.contains("analysis.R is a symbolic link"), "\(result.stderr)")
    }

    @Test func aWorkingRecordValidatesCleanUnderTheWorkingDraft() throws {
        let workspace = try Workspace("init10")
        defer { workspace.remove() }
        try workspace.write("SELECT count(*) FROM cohort;\n", to: "record/query.sql")
        let made = try workspace.run(
            [
                "init", "record", "--profile-version", "1.0", "--record", "https://tre72.example.org/activities/A123",
                "--input-file", "query.sql", "-q",
            ] + Self.common)
        #expect(made.status == 0, "\(Workspace.output(made))")
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        #expect(valid.stdout.contains("five-safes-crate 1.0-WD"), "\(valid.stdout)")
        let text = workspace.text("record/ro-crate-metadata.json")
        #expect(!text.contains("PotentialActionStatus"))
        let graph = try Self.graph(workspace, "record")
        let root = try #require(Self.entity("./", in: graph))
        #expect((root["identifier"] as? [String: String])?["@id"] == "https://tre72.example.org/activities/A123/current")
        #expect((root["dct:isVersionOf"] as? [String: String])?["@id"] == "https://tre72.example.org/activities/A123")
        #expect(root["version"] == nil && root["pav:previousVersion"] == nil)
        let ask = try #require(graph.first { Self.types($0).contains("AskAction") })
        #expect((ask["actionStatus"] as? [String: String])?["@id"] == "http://schema.org/CompletedActionStatus")
        let planID = try #require((ask["object"] as? [String: String])?["@id"])
        let plan = try #require(Self.entity(planID, in: graph))
        #expect(Self.types(plan).contains("prov:Plan"))
        #expect((plan["@id"] as? String)?.hasPrefix("https://tre72.example.org/activities/A123/plans/") == true)
        let inspected = try workspace.run(["inspect", "record"])
        #expect(inspected.stdout.contains("working record") && inspected.stdout.contains("activities/A123/current"), "\(inspected.stdout)")
    }

    /// `1.0-WD`, the label `validate` uses, is the same as `1.0`; without `--record` the ids are UUID URNs.
    @Test func aWorkingRecordWithoutARecordIRIGetsUUIDURNs() throws {
        let workspace = try Workspace("init10-urn")
        defer { workspace.remove() }
        let made = try workspace.run(["init", "record", "--profile-version", "1.0-WD", "-q"] + Self.common)
        #expect(made.status == 0, "\(Workspace.output(made))")
        let valid = try workspace.validate("record")
        #expect(valid.status == 0, "\(Workspace.output(valid))")
        let root = try #require(Self.entity("./", in: try Self.graph(workspace, "record")))
        #expect((root["identifier"] as? [String: String])?["@id"]?.hasPrefix("urn:uuid:") == true)
        #expect((root["dct:isVersionOf"] as? [String: String])?["@id"]?.hasPrefix("urn:uuid:") == true)
    }
}
