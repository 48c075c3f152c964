import FiveSafesTestSupport
import Foundation
import Testing

/// Real `--format json` output validated against `Schemas/report.schema.json` by a JSON Schema implementation
/// (Python `jsonschema`, installed into the test venv by `make test`).
@Suite struct ReportSchemaTests {
    static let inputs = [
        Fixtures.path("crates/valid/result"),
        Fixtures.path("official/0.4/example-result/data"),
        "/no/such/crate",
    ]

    @Test(arguments: inputs)
    func jsonReportConformsToTheSchema(input: String) throws {
        let report = try CommandRunner.run(["validate", "--format", "json", "--level", "optional", input])
        #expect([0, 1, 2].contains(report.status))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json")
        try report.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try JSONSchemaCheck.run([file.path], schema: "report.schema.json")
        #expect(result.status == 0 && result.stdout == "ok 1\n", "\(result.stderr)")
    }
}
