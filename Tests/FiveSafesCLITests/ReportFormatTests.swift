import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// The CI report formats as CI systems read them: SARIF 2.1.0 checked against the OASIS schema (Python
/// `jsonschema`), JUnit XML parsed by libxml2 (`xmllint`) and by Python, GitHub workflow commands matched exactly.
@Suite struct ReportFormatTests {
    static let inputs = [
        Fixtures.path("crates/valid/result"),
        Fixtures.path("official/0.4/example-request/data"),
        Fixtures.path("official/0.4/example-result/data"),
        Fixtures.path("official/0.4/example-request.bagit.zip"),
        "/no/such/crate",
    ]

    /// The official 0.4 request: its root lacks name, description, datePublished and license (Fixtures/README.md).
    let request = Fixtures.path("official/0.4/example-request/data")

    // MARK: SARIF

    @Test(arguments: inputs)
    func sarifConformsToTheOfficialSchema(input: String) throws {
        let result = try CommandRunner.run(["validate", "--format", "sarif", "--level", "optional", input])
        #expect([0, 1, 2].contains(result.status))
        let schema = Fixtures.path("schemas/sarif-2.1.0.json")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft4Validator.check_schema(schema)
            log = json.load(sys.stdin)
            jsonschema.Draft4Validator(schema).validate(log)
            run = log["runs"][0]
            rules = run["tool"]["driver"]["rules"]
            assert len({rule["id"] for rule in rules}) == len(rules), "duplicate rule ids"
            for rule in rules:
                assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"], rule["id"]
                assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note"), rule["id"]
            for result in run["results"]:
                assert rules[result["ruleIndex"]]["id"] == result["ruleId"], result
                # A row's level cases (RC-CE-06 for a software agent, RO-Crate 1.1 cases) only lower a finding's level.
                rank = {"note": 0, "warning": 1, "error": 2}
                assert rank[result["level"]] <= rank[rules[result["ruleIndex"]]["defaultConfiguration"]["level"]], result
            print(len(rules), len(run["results"]))
            """
        let check = try CommandRunner.runProgram(
            CommandRunner.python,
            CommandRunner.pythonArguments(["-c", script, schema]),
            stdin: result.stdout
        )
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func sarifListsEveryCatalogueRuleAndLocatesFindings() throws {
        let result = try CommandRunner.run(["validate", "--format", "sarif", request])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "fivesafes")
        #expect(driver["version"] as? String != nil)
        #expect(driver["informationUri"] as? String != nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let listed = try CommandRunner.run(["validate", "--list-rules", "--profile", "five-safes-crate"])
        let catalogueCount = listed.stdout.split(separator: "\n").count - 1
        #expect(rules.count == catalogueCount, "every rule of the applied catalogue, not only violated ones")
        let rootName = try #require(rules.first { $0["id"] as? String == "RC-ROOT-04" })
        #expect((rootName["name"] as? String)?.wholeMatch(of: /[A-Z][A-Za-z0-9]+/) != nil)
        #expect((rootName["helpUri"] as? String)?.hasPrefix("https://") == true)
        #expect((rootName["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")

        let results = try #require(run["results"] as? [[String: Any]])
        let missingName = try #require(results.first { $0["ruleId"] as? String == "RC-ROOT-04" })
        #expect(missingName["level"] as? String == "error")
        #expect((missingName["message"] as? [String: Any])?["text"] as? String == "the root data entity `./` has no name")
        let location = try #require((missingName["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(uri == "file://" + request + "/ro-crate-metadata.json")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 14)
        #expect(region["startColumn"] as? Int == 9)
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["name"] as? String == "./")
        #expect(logical["kind"] as? String == "object")
    }

    @Test func sarifNamesRelativeInputsRelatively() throws {
        let result = try CommandRunner.runProgram(
            CommandRunner.executable.path,
            ["validate", "--format", "sarif", "official/0.4/example-request/data/"],
            directory: Fixtures.root.path
        )
        #expect(result.stdout.contains("\"uri\": \"official/0.4/example-request/data/ro-crate-metadata.json\""))
    }

    // MARK: JUnit

    @Test(arguments: inputs)
    func junitIsWellFormedXMLForLibxml2(input: String) throws {
        let result = try CommandRunner.run(["validate", "--format", "junit", "--level", "recommended", input])
        #expect([0, 1, 2].contains(result.status))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("junit-\(UUID().uuidString).xml")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let xmllint = try CommandRunner.runProgram("/usr/bin/env", ["xmllint", "--noout", file.path])
        #expect(xmllint.status == 0, "xmllint (libxml2-utils, installed by `make test-deps`): \(xmllint.stderr)")
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            assert root.tag == "testsuites", root.tag
            suites = root.findall("testsuite")
            assert len(suites) == 1
            suite = suites[0]
            cases = suite.findall("testcase")
            count = lambda tag: sum(1 for case in cases if case.find(tag) is not None)
            for element in (root, suite):
                assert int(element.get("tests")) == len(cases)
                assert int(element.get("failures")) == count("failure")
                assert int(element.get("errors")) == count("error")
                assert int(element.get("skipped")) == count("skipped")
                float(element.get("time"))
            assert all(case.get("name") and case.get("classname") for case in cases)
            print(len(cases), count("failure"), count("error"), count("skipped"))
            """
        let parsed = try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-c", script, file.path]))
        #expect(parsed.status == 0, "\(parsed.stderr)")
        if input == "/no/such/crate" {
            #expect(parsed.stdout.split(separator: " ")[2] == "1", "an unreadable input is a JUnit error")
        }
    }

    @Test func junitHasOneTestCasePerRuleWithFailureMessages() throws {
        let result = try CommandRunner.run(["validate", "--format", "junit", request])
        #expect(result.status == 1)
        let cases = result.stdout.components(separatedBy: "<testcase ").count - 1
        let listed = try CommandRunner.run(["validate", "--list-rules", "--profile", "five-safes-crate"])
        #expect(cases == listed.stdout.split(separator: "\n").count - 1)
        #expect(result.stdout.contains("<failure message=\"the root data entity `./` has no name\" type=\"required\">"))
        #expect(result.stdout.contains("ro-crate-metadata.json:14:9: error: [RC-ROOT-04] the root data entity `./` has no name"))
        #expect(result.stdout.contains("<skipped message=\"not evaluated: applies to result crates; this is a request crate\"/>"))
        #expect(result.stdout.contains("<skipped message=\"recommended rule, below --level required\"/>"))
        #expect(result.stdout.contains("<property name=\"valid\" value=\"false\"/>"))
    }

    // MARK: Paths

    /// Every format names files as seen from the directory the command ran in (issue 16, item 9): editors jump to
    /// text locations, and an unreadable input is named once, not joined to itself.
    @Test func pathsAreAsSeenFromTheWorkingDirectoryInEveryFormat() throws {
        let root = Fixtures.repositoryRoot.path
        let relative = "Fixtures/official/0.4/example-request/data"
        let text = try CommandRunner.runProgram(CommandRunner.executable.path, ["validate", relative], directory: root)
        #expect(text.stdout.contains("\(relative)/ro-crate-metadata.json:14:9: error: [RC-ROOT-04]"), "\(text.stdout)")
        let github = try CommandRunner.runProgram(
            CommandRunner.executable.path, ["validate", "--format", "github", relative], directory: root)
        #expect(github.stdout.contains("file=\(relative)/ro-crate-metadata.json,line=14,col=9::[RC-ROOT-04]"), "\(github.stdout)")

        let missing = try CommandRunner.run(["validate", "--format", "github", "nosuchdir"])
        #expect(missing.status == 2)
        #expect(missing.stdout.hasPrefix("::error file=nosuchdir::[FS-INPUT-001]"), "\(missing.stdout)")
        let sarif = try CommandRunner.run(["validate", "--format", "sarif", "nosuchdir"])
        #expect(sarif.stdout.contains("\"uri\": \"nosuchdir\""), "\(sarif.stdout)")
        #expect(!sarif.stdout.contains("nosuchdir/nosuchdir"))
        let plain = try CommandRunner.run(["validate", "nosuchdir"])
        #expect(plain.stdout.hasPrefix("nosuchdir: error: [FS-INPUT-001]"), "\(plain.stdout)")
    }

    // MARK: GitHub

    @Test func githubAnnotationsMatchExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ci: a,b%-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: request), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["validate", "--format", "github", folder.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let escapedFolder = folder.path.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        let file = escapedFolder + "/ro-crate-metadata.json"
        for (property, missing) in [("04", "name"), ("05", "description"), ("06", "datePublished"), ("07", "license")] {
            let line = "::error file=\(file),line=14,col=9::[RC-ROOT-\(property)] the root data entity `./` has no \(missing)"
            #expect(lines.contains(line), "\(line)\n\(result.stdout)")
        }
        #expect(lines.last?.hasPrefix("\(folder.path): invalid (") == true)

        // Every finding of the JSON report is one workflow command, in report order.
        let json = try CommandRunner.run(["validate", "--format", "json", folder.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let issues = try #require(report["issues"] as? [[String: Any]])
        let words = ["required": "error", "recommended": "warning", "optional": "notice"]
        let expected = issues.map { issue -> String in
            var head = "::\(words[issue["severity"] as? String ?? ""] ?? "?") file=\(escapedFolder)/\(issue["file"] as? String ?? "")"
            if let line = issue["line"] as? Int { head += ",line=\(line)" }
            if let column = issue["column"] as? Int { head += ",col=\(column)" }
            return "\(head)::[\(issue["rule"] as? String ?? "")] \(issue["message"] as? String ?? "")"
        }
        #expect(Array(lines.dropLast()) == expected)
    }
}
