import FiveSafesKit
import Foundation
import Testing
import XMLSupport

/// `CrateInitializer`: every crate it makes validates clean at `recommended`, and it never loses a user's file.
@Suite struct InitCrateTests {
    @Test func anEmptyFolderBecomesACleanRequestCrate() throws {
        let folder = try InitTestSupport.folder()
        let outcome = try CrateInitializer(InitTestSupport.complete).run(at: folder)
        #expect(outcome.described.isEmpty)
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
        #expect(report.phase == .request)
        let entities = try InitTestSupport.entities(folder)
        let root = try #require(entities["./"])
        #expect((root["conformsTo"] as? [String: String])?["@id"] == "https://w3id.org/5s-crate/0.4")
        let run = try #require(entities.values.first { $0["@type"] as? String == "CreateAction" })
        #expect(run["actionStatus"] as? String == "http://schema.org/PotentialActionStatus")
        #expect((run["@id"] as? String)?.wholeMatch(of: /#query-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
        let person = try #require(entities["https://orcid.org/0000-0002-1825-0097"])
        #expect(person["@type"] as? String == "Person")
        #expect((person["memberOf"] as? [String: String])?["@id"] == (root["sourceOrganization"] as? [String: String])?["@id"])
        #expect(entities["https://workflowhub.eu/workflows/289/ro_crate?version=1"]?["@type"] as? String == "DataDownload")
        #expect(entities["https://spdx.org/licenses/CC-BY-4.0"]?["description"] != nil)
    }

    @Test func aThousandFilesAreAllDescribed() throws {
        let folder = try InitTestSupport.folder("init-1000")
        for number in 0..<1_000 {
            let name = number % 3 == 0 ? "data/part \(number).csv" : number % 3 == 1 ? "notes/n\(number).txt" : "raw\(number).bin"
            try InitTestSupport.write("value,\(number)\n", to: folder + "/" + name)
        }
        var options = InitTestSupport.complete
        options.inputFiles = ["data/part 0.csv"]
        let outcome = try CrateInitializer(options).run(at: folder)
        #expect(outcome.described.count == 1_000)
        let entities = try InitTestSupport.entities(folder)
        #expect(entities["data/part%20999.csv"]?["encodingFormat"] as? String == "text/csv")
        #expect(entities["notes/n1.txt"]?["contentSize"] as? String == "8")
        #expect(entities["raw2.bin"]?["encodingFormat"] as? String == "application/octet-stream")
        let parts = try #require(entities["./"]?["hasPart"] as? [[String: String]])
        #expect(parts.count == 1_001)
        #expect(!parts.contains { $0["@id"] == "ro-crate-preview.html" || $0["@id"] == "ro-crate-metadata.json" })
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    @Test func everyFlagEndsUpInTheCrate() throws {
        let folder = try InitTestSupport.folder()
        try InitTestSupport.write("A:V12G\n", to: folder + "/mutations.txt")
        var options = InitTestSupport.complete
        options.tre = "tre72"
        options.funding = "Example Research Council award EX/2026/081"
        options.grant = "https://gtr.ukri.org/projects?ref=10038961"
        options.inputFiles = ["mutation_list=mutations.txt"]
        options.profileVersion = "0.5-DRAFT"
        options.description = "Run the mutation screen."
        try CrateInitializer(options).run(at: folder)
        let entities = try InitTestSupport.entities(folder)
        #expect(entities["_:localid:tre72:project81"]?["value"] as? String == "project81")
        #expect(entities["https://gtr.ukri.org/projects?ref=10038961"]?["@type"] as? String == "Grant")
        #expect(entities["#input-fast_mode"]?["value"] as? String == "true")
        #expect((entities["mutations.txt"]?["exampleOfWork"] as? [String: String])?["@id"] == "#param-mutation_list")
        #expect(entities["#param-mutation_list"]?["@type"] as? String == "FormalParameter")
        #expect(entities["https://w3id.org/5s-crate/0.5-DRAFT"] != nil)
        let run = try #require(entities.values.first { $0["@type"] as? String == "CreateAction" })
        #expect((run["object"] as? [[String: String]])?.map { $0["@id"] } == ["#input-fast_mode", "mutations.txt"])
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    @Test(arguments: ["json", "yaml"])
    func answersFilesFillTheValues(format: String) throws {
        let folder = try InitTestSupport.folder()
        let answers = try InitTestSupport.folder("answers") + "/answers.\(format)"
        let text =
            format == "json"
            ? """
            {"name": "Mutation screening for project 81", "licence": "CC-BY-4.0",
             "workflow": "https://workflowhub.eu/workflows/289?version=1", "agent": "https://orcid.org/0000-0002-1825-0097",
             "agent-name": "Josiah Carberry", "projectName": "Protein stability", "project": "project81", "project_name": "ignored duplicate",
             "organization": "https://ror.org/05gq02987", "organization-name": "Brown University",
             "inputs": {"fast_mode": true}}
            """
            : """
            name: Mutation screening for project 81
            license: CC-BY-4.0
            workflow: https://workflowhub.eu/workflows/289?version=1
            agent: 0000-0002-1825-0097
            agent-name: Josiah Carberry
            project-name: Protein stability
            project: project81
            organization: https://ror.org/05gq02987
            organization_name: Brown University
            inputs:
              - fast_mode=true
            """
        try InitTestSupport.write(text, to: answers)
        var options = CrateInitializer.Options()
        options.name = "From the flag"
        try options.merge(answersFile: answers)
        #expect(options.name == "From the flag")
        #expect(options.projectName == "Protein stability")
        #expect(options.missing.isEmpty)
        try CrateInitializer(options).run(at: folder)
        #expect(try InitTestSupport.entities(folder)["#input-fast_mode"]?["value"] as? String == "true")
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    @Test func aYAMLAliasBombIsRefusedAndAnOrdinaryAliasIsRead() throws {
        let folder = try InitTestSupport.folder("answers")
        // Ten levels of ten aliases each: 10^10 values if expanded.
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        bomb += "name: *a9\n"
        try InitTestSupport.write(bomb, to: folder + "/bomb.yaml")
        var options = CrateInitializer.Options()
        do {
            try options.merge(answersFile: folder + "/bomb.yaml")
            Issue.record("the alias bomb was read")
        } catch {
            #expect(error.code == .usage)
            #expect(error.message.contains("more than 10000 values") && error.message.contains("aliases"), "\(error.message)")
        }

        try InitTestSupport.write("name: &title Protein stability\nproject-name: *title\n", to: folder + "/alias.yaml")
        var aliased = CrateInitializer.Options()
        try aliased.merge(answersFile: folder + "/alias.yaml")
        #expect(aliased.name == "Protein stability" && aliased.projectName == "Protein stability")
    }

    @Test func fieldChecksMatchTheFlagChecks() {
        typealias Field = CrateInitializer.Options.Field
        #expect(Field.agent.problem(with: "0000-0002-1825-0097") == nil)
        #expect(Field.agent.problem(with: "0000-0002-1825-0096") != nil)
        #expect(Field.license.problem(with: "CC-BY-4.0") == nil)
        #expect(Field.license.problem(with: "my licence") != nil)
        #expect(Field.organization.problem(with: "https://ror.org/05gq02987") == nil)
        #expect(Field.organization.problem(with: "Brown University") != nil)
        #expect(Field.input.problem(with: "fast_mode=true") == nil)
        #expect(Field.input.problem(with: "bad name=1") != nil)
        #expect(Field.name.problem(with: "anything at all") == nil)
        #expect(Field.agent.problem(with: "") == nil, "an empty answer skips the question")
    }

    @Test func unknownAnswerKeysAreUsageErrors() throws {
        let answers = try InitTestSupport.folder("answers") + "/answers.yaml"
        try InitTestSupport.write("nmae: typo\n", to: answers)
        var options = CrateInitializer.Options()
        #expect(throws: FiveSafesError(.usage, "")) { try options.merge(answersFile: answers) }
    }

    @Test func missingValuesAreAllListedInOneError() throws {
        let folder = try InitTestSupport.folder()
        var options = CrateInitializer.Options()
        options.agent = "0000-0002-1825-0096"
        options.workflow = "not an iri"
        do {
            try CrateInitializer(options).run(at: folder)
            Issue.record("expected a usage error")
        } catch {
            #expect(error.code == .usage)
            // The library names settings by their names; the CLI passes its flags instead (InitCommandTests).
            for setting in [
                "name", "license", "agentName", "project", "projectName", "organization", "organizationName", "input or inputFile",
            ] {
                #expect(error.message.contains("- \(setting) is required"), "\(setting): \(error.message)")
            }
            #expect(error.message.contains("agent 0000-0002-1825-0096 is not an ORCID iD"))
            #expect(error.message.contains("workflow not an iri is not an http(s) IRI"))
            #expect(!error.message.contains("--"), "no flag spelled by the library: \(error.message)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/ro-crate-metadata.json"))
    }

    @Test func theWorkflowOutsideWorkflowHubNeedsADownload() throws {
        var options = InitTestSupport.complete
        options.workflow = "https://example.org/workflows/7"
        #expect(throws: FiveSafesError(.usage, "")) { try CrateInitializer(options).run(at: try InitTestSupport.folder()) }
        options.workflowDownload = "https://example.org/workflows/7/crate.zip"
        let folder = try InitTestSupport.folder()
        try CrateInitializer(options).run(at: folder)
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    @Test func thePreviewEscapesMarkupAndIsWellFormed() throws {
        let folder = try InitTestSupport.folder()
        var options = InitTestSupport.complete
        options.name = "Screening <script>alert('x')</script> & more"
        options.agentName = "<img src=x onerror=alert(1)>"
        try CrateInitializer(options).run(at: folder)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/ro-crate-preview.html")))
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("<img"))
        let parsed = MarkupReader.parseXML(bytes)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.root?.descendants(named: "h1").first?.textContent == "Screening <script>alert('x')</script> & more")
        #expect(parsed.root?.descendants(named: "script").isEmpty == true)
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }
}
