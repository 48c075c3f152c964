import FiveSafesTestSupport
import Foundation
import Testing

/// `fivesafes disclosure` on the bundled result crate (one disclosive cell): exit statuses, the located finding in
/// every format, recording the evidence, the validate rules it feeds, and ACRO import.
@Suite struct DisclosureCommandTests {
    static let tool = ["--tool-url", "https://tre72.example.com/tools/fivesafes", "--tre", "https://tre72.example.com/"]

    /// A fresh copy of a fixture folder under a temporary folder.
    func copy(_ fixture: String = "disclosure/result-crate") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-disclosure-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: folder + "/copy")
        return folder + "/copy"
    }

    func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func checkFindsTheOneDisclosiveCellAndExitsOne() throws {
        let run = try CommandRunner.run(["disclosure", "check", Fixtures.path("disclosure/result-crate")])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("outputs/admissions.csv: FAIL (5 rows)"))
        #expect(
            run.stdout.contains(
                "outputs/admissions.csv:3:3: fail: [SDC-THRESHOLD] count 7 in column `admissions` is below the threshold 10"))
        #expect(run.stdout.contains("outputs/qa.csv: PASS (4 rows)"))
        #expect(run.stdout.hasSuffix("3 outputs: 1 pass, 1 fail, 0 review, 1 not checked\n"))
    }

    @Test func checkPassesAndExitsZeroWhenThePolicyThresholdIsLower() throws {
        let crate = try copy()
        let policy = crate + "/../policy.yaml"
        try write("threshold: 5\nzeros_are_disclosive: false\nnk: {n: 2, k: 0.9}\nblocked_extensions: [svg, pdf]\n", to: policy)
        let run = try CommandRunner.run(["disclosure", "check", "--policy", policy, crate])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("disclosure check of \(crate) (threshold 5, zeros allowed"))
    }

    @Test func badPolicyIsAUsageErrorNamingTheKey() throws {
        let crate = try copy()
        let policy = crate + "/../policy.yaml"
        try write("treshold: 5\n", to: policy)
        let unknown = try CommandRunner.run(["disclosure", "check", "--policy", policy, crate])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown policy key `treshold`"), "\(unknown.stderr)")
        try write("nk: {n: 2, k: 1.5}\n", to: policy)
        let range = try CommandRunner.run(["disclosure", "check", "--policy", policy, crate])
        #expect(range.status == 64 && range.stderr.contains("`nk.k` must be a number from 0 to 1"), "\(range.stderr)")
    }

    @Test func notACrateExitsTwo() throws {
        let run = try CommandRunner.run(["disclosure", "check", Fixtures.path("disclosure/tables")])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("fivesafes disclosure check: "), "\(run.stderr)")
        let request = try CommandRunner.run(["disclosure", "check", Fixtures.path("crates/valid/request")])
        #expect(request.status == 2 && request.stderr.contains("no outputs/ folder"), "\(request.stderr)")
    }

    @Test func jsonLocatesTheCellAndSummarisesColumns() throws {
        let run = try CommandRunner.run(["disclosure", "check", "--format", "json", Fixtures.path("disclosure/result-crate")])
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["cleared"] as? Bool == false)
        let outputs = try #require(report["outputs"] as? [[String: Any]])
        let admissions = try #require(outputs.first { $0["file"] as? String == "outputs/admissions.csv" })
        #expect(admissions["status"] as? String == "fail")
        let finding = try #require((admissions["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "SDC-THRESHOLD")
        #expect(finding["row"] as? Int == 3 && finding["column"] as? Int == 3 && finding["columnName"] as? String == "admissions")
        let columns = try #require(admissions["columns"] as? [[String: Any]])
        #expect(columns[2]["min"] as? Int == 7 && columns[2]["max"] as? Int == 61 && columns[2]["sum"] as? Int == 151)
        #expect(columns[0]["kind"] as? String == "label")
    }

    @Test func sarifAndHTMLCarryTheFinding() throws {
        let sarif = try CommandRunner.run(["disclosure", "check", "--format", "sarif", Fixtures.path("disclosure/result-crate")])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let threshold = try #require(results.first { $0["ruleId"] as? String == "SDC-THRESHOLD" })
        #expect(threshold["level"] as? String == "error")
        let crate = try copy()
        let page = crate + "/../review.html"
        let html = try CommandRunner.run(["disclosure", "check", "--format", "html", "-o", page, crate])
        #expect(html.status == 1)
        let text = try String(contentsOfFile: page, encoding: .utf8)
        #expect(text.contains("count 7 in column `admissions` is below the threshold 10"))
        #expect(text.contains("<title>Disclosure check of"))
    }

    @Test func recordWritesVerdictsThatValidateAndInspectRead() throws {
        let crate = try copy()
        let recorded = try CommandRunner.run(["disclosure", "record", crate] + Self.tool)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("(failed): 3 output verdicts, 1 not cleared"), "\(recorded.stdout)")
        let validated = try CommandRunner.run(["validate", "--phase", "result", crate])
        #expect(validated.status == 1)
        #expect(
            validated.stdout.contains("[5S-DISC-11] `outputs/admissions.csv` failed disclosure control (SDC-THRESHOLD)"),
            "\(validated.stdout)")
        #expect(!validated.stdout.contains("RC-CE-06") && !validated.stdout.contains("5S-REV-11"), "\(validated.stdout)")
        let inspected = try CommandRunner.run(["inspect", crate])
        #expect(inspected.stdout.contains("DISCLOSURE"))
        #expect(inspected.stdout.contains("fail (SDC-THRESHOLD)"))
        #expect(
            inspected.stdout.contains("outputs/admissions.csv: 1 finding: SDC-THRESHOLD at row 3 column 3: count 7 in column `admissions`"))
    }

    /// Issue 18 item 4: a 0.5 crate gets `disclosureCheckType` and `approvedBy`, defined in its `@context` (no
    /// published context defines them), so every key stays a term; a 0.4 crate gets neither and a note.
    @Test func aFiveSafes05CrateRecordsTheCheckTypeAndApprover() throws {
        let approver = "https://orcid.org/0000-0002-1825-0097"
        let crate = try copy()
        #expect(try CommandRunner.run(["migrate", crate, "--to", "0.5"]).status == 0)
        let recorded = try CommandRunner.run(
            ["disclosure", "record", crate, "--check-type", "hybrid", "--approved-by", approver] + Self.tool)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let data = try #require(FileManager.default.contents(atPath: crate + "/ro-crate-metadata.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let context = try #require(document["@context"] as? [Any])
        let terms = context.compactMap { $0 as? [String: String] }.reduce(into: [String: String]()) { $0.merge($1) { a, _ in a } }
        #expect(terms["disclosureCheckType"] == "https://w3id.org/5s-crate/terms#disclosureCheckType")
        #expect(terms["approvedBy"] == "https://w3id.org/5s-crate/terms#approvedBy")
        let actions = (document["@graph"] as? [[String: Any]] ?? []).filter { $0["disclosureCheckType"] != nil }
        #expect(actions.count == 1)
        #expect(actions.first?["disclosureCheckType"] as? String == "hybrid")
        #expect((actions.first?["approvedBy"] as? [String: String])?["@id"] == approver)
        let validated = try CommandRunner.run(["validate", "--phase", "result", crate])
        #expect(!validated.stdout.contains("RC-MD-05"), "every key is a term: \(validated.stdout)")

        let older = try copy()
        let noted = try CommandRunner.run(["disclosure", "record", older, "--approved-by", approver] + Self.tool)
        #expect(noted.status == 0)
        #expect((noted.stdout + noted.stderr).contains("`approvedBy` was not written: the crate declares no Five Safes 0.5 profile"))
        let untouched = String(decoding: FileManager.default.contents(atPath: older + "/ro-crate-metadata.json") ?? Data(), as: UTF8.self)
        #expect(!untouched.contains("approvedBy") && !untouched.contains("disclosureCheckType"))
    }

    /// The JSON report conforms to `Schemas/disclosure-report.schema.json` on every fixture table (each rule, the
    /// hostile ones, a Parquet stand-in) and with a policy that sets every key, so the schema is the contract.
    @Test func jsonReportsConformToTheirSchema() throws {
        let crate = try copy()
        let tables = Fixtures.path("disclosure/tables")
        for name in try FileManager.default.contentsOfDirectory(atPath: tables) {
            try FileManager.default.copyItem(atPath: tables + "/" + name, toPath: crate + "/outputs/" + name)
        }
        try write("figure\n", to: crate + "/outputs/chart.svg")
        let policy = crate + "/../policy.yaml"
        try write("threshold: 5\nzeros_are_disclosive: false\nrounding_base: 5\ncount_columns: [patients]\n", to: policy)
        var reports: [String] = []
        for (index, extra) in [[], ["--policy", policy]].enumerated() {
            let run = try CommandRunner.run(["disclosure", "check", "--format", "json", crate] + extra)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("{\n  \"fivesafes\": "), "the house JSON style: the version first")
            let path = crate + "/../report-\(index).json"
            try write(run.stdout, to: path)
            reports.append(path)
        }
        let checked = try JSONSchemaCheck.run(reports, schema: "disclosure-report.schema.json")
        #expect(checked.status == 0 && checked.stdout == "ok 2\n", "\(checked.stderr)")
    }

    @Test func anExceptionReleasesTheOutputForCheckAndValidate() throws {
        let crate = try copy()
        let unknown = try CommandRunner.run(["disclosure", "record", crate, "--exception", "outputs/nope.csv=why"] + Self.tool)
        #expect(unknown.status == 64 && unknown.stderr.contains("not an output of the crate"), "\(unknown.stderr)")
        let recorded = try CommandRunner.run(
            ["disclosure", "record", crate, "--exception", "outputs/admissions.csv=published by NHS"] + Self.tool)
        #expect(recorded.status == 0 && recorded.stdout.contains("(completed)"), "\(recorded.stdout)\(recorded.stderr)")
        let checked = try CommandRunner.run(["disclosure", "check", crate])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(checked.stdout.contains("released by a recorded exception: published by NHS"))
        let validated = try CommandRunner.run(["validate", "--phase", "result", crate])
        #expect(!validated.stdout.contains("5S-DISC-11"), "\(validated.stdout)")
    }

    @Test func twoCheckersWhoDisagreeAreShownAsAConflict() throws {
        let crate = try copy()
        _ = try CommandRunner.run(["disclosure", "record", crate] + Self.tool)
        try write(
            "region,patients,admissions\nNorth,120,45\nSouth,87,70\nEast,210,61\nWest,154,38\n", to: crate + "/outputs/admissions.csv")
        let vote = try CommandRunner.run([
            "disclosure", "record", crate, "--vote", "--agent", "https://tre72.example.com/people/kb",
            "--agent-name", "K. Brandt", "--tre", "https://tre72.example.com/",
        ])
        #expect(vote.status == 0 && vote.stdout.hasPrefix("added disclosure action"), "\(vote.stderr)")
        let inspected = try CommandRunner.run(["inspect", crate])
        #expect(
            inspected.stdout.contains(
                "conflict: #fivesafes-disclosure-check fail (SDC-THRESHOLD); https://tre72.example.com/people/kb pass"),
            "\(inspected.stdout)")
        let validated = try CommandRunner.run(["validate", "--phase", "result", crate])
        #expect(
            validated.stdout.contains(
                "the checkers disagree (#fivesafes-disclosure-check: fail, https://tre72.example.com/people/kb: pass)"))
    }

    @Test func blockedAndParquetOutputs() throws {
        let crate = try copy()
        try write("<svg/>", to: crate + "/outputs/figure.svg")
        try write("PAR1", to: crate + "/outputs/table.parquet")
        try FileManager.default.removeItem(atPath: crate + "/outputs/admissions.csv")
        let run = try CommandRunner.run(["disclosure", "check", crate])
        #expect(run.status == 1)
        #expect(run.stdout.contains("outputs/figure.svg: fail: [SDC-EXT] `outputs/figure.svg` has an extension the policy blocks (.svg)"))
        #expect(
            run.stdout.contains(
                "outputs/table.parquet: not-checked: [SDC-UNCHECKED] Parquet is not read (no maintained Swift Parquet reader)"))
    }

    @Test func symlinkedOutputIsNotFollowed() throws {
        let crate = try copy()
        let outside = crate + "/../secret.csv"
        try write("id,n\na,1\n", to: outside)
        try FileManager.default.createSymbolicLink(atPath: crate + "/outputs/linked.csv", withDestinationPath: outside)
        let run = try CommandRunner.run(["disclosure", "check", crate])
        #expect(run.status == 1)
        #expect(run.stdout.contains("outputs/linked.csv: REVIEW"))
        #expect(run.stdout.contains("[SDC-READ] `outputs/linked.csv` is a symbolic link to `\(outside)`; links are not followed"))
    }

    @Test func hostileTablesAreLocatedFindings() throws {
        let crate = try copy()
        try write("region,n\nNorth,120\n\"South,45\n", to: crate + "/outputs/unclosed.csv")
        try write("region,n\nNorth,120\nSouth,45,9\n", to: crate + "/outputs/ragged.csv")
        try Data([0x61, 0x2C, 0x62, 0x0A, 0xFF, 0xFE, 0x2C, 0x33, 0x0A]).write(to: URL(fileURLWithPath: crate + "/outputs/bad-utf8.csv"))
        let run = try CommandRunner.run(["disclosure", "check", crate])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "outputs/unclosed.csv:3: review: [SDC-READ] row 3 (line 3): a quoted field opened on line 3 is never closed"),
            "\(run.stdout)")
        #expect(run.stdout.contains("outputs/ragged.csv:3:3: review: [SDC-SHAPE] row 3 has 3 fields, the header 2"))
        #expect(run.stdout.contains("outputs/bad-utf8.csv:2:2: fail: [SDC-THRESHOLD] count 3 in column `b` is below the threshold 10"))
    }

    @Test func acroImportRecordsItsVerdictsWithTheException() throws {
        let crate = try copy()
        let run = try CommandRunner.run([
            "disclosure", "import", Fixtures.path("disclosure/acro"), crate, "--tool-url", "https://github.com/AI-SDC/ACRO",
            "--tre", "https://tre72.example.com/",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "outputs/admissions.csv: FAIL ACRO: fail; threshold: 1 cells may need suppressing — exception: South is one hospital"))
        #expect(run.stdout.contains("(completed): 2 output verdicts, 0 not cleared"))
        let document = try String(contentsOfFile: crate + "/ro-crate-metadata.json", encoding: .utf8)
        #expect(document.contains("\"conditionsOfAccess\": \"South is one hospital whose admissions are published by the NHS anyway\""))
        #expect(document.contains("\"text\": \"threshold: 10\\nzeros_are_disclosive: true"))
        let validated = try CommandRunner.run(["validate", "--phase", "result", crate])
        #expect(!validated.stdout.contains("5S-DISC-11"))
        #expect(!validated.stdout.contains("RC-CE-06"))
    }

    @Test func acroChecksumMismatchAndWrongShapeAreErrorsNamingTheFile() throws {
        let crate = try copy()
        let acro = try copy("disclosure/acro")
        try write("region,patients,admissions\nNorth,120,45\n", to: acro + "/admissions.csv")
        let mismatch = try CommandRunner.run(["disclosure", "import", acro, crate])
        #expect(mismatch.status == 2)
        #expect(
            mismatch.stderr.contains("checksum mismatch: admissions.csv does not match checksums/admissions.csv.txt"), "\(mismatch.stderr)")
        try write("{\"results\": {\"output_0\": {\"status\": \"maybe\", \"files\": []}}}", to: acro + "/results.json")
        let shape = try CommandRunner.run(["disclosure", "import", acro + "/results.json", crate])
        #expect(shape.status == 2)
        #expect(shape.stderr.contains("results.json: results.output_0.status must be \"pass\", \"fail\" or \"review\""), "\(shape.stderr)")
        try write("[1, 2]", to: acro + "/results.json")
        let array = try CommandRunner.run(["disclosure", "import", acro, crate])
        #expect(array.status == 2 && array.stderr.contains("not ACRO results"), "\(array.stderr)")
    }

    @Test func acroFileThatDiffersFromTheCrateCopyIsRefused() throws {
        let crate = try copy()
        try write("region,patients,admissions\nNorth,120,45\n", to: crate + "/outputs/admissions.csv")
        let run = try CommandRunner.run(["disclosure", "import", Fixtures.path("disclosure/acro"), crate])
        #expect(run.status == 2)
        #expect(run.stderr.contains("outputs/admissions.csv is not the file ACRO judged"), "\(run.stderr)")
    }
}
