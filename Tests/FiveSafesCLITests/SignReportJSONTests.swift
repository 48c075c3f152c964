import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 10: `sign --verify --format json` is styled like validate's report and inspect's summary (the
/// `fivesafes` version first, keys in a fixed order, two-space indentation, nulls for absent values), matches its
/// golden `Goldens/sign-verify.json`, and conforms to `Schemas/sign-report.schema.json`.
@Suite struct SignReportJSONTests {
    /// A bag signed by CMS and SSH plus a garbage signature file, verified with allowed_signers only: one valid,
    /// one unchecked, one malformed.
    static func report() throws -> CommandRunner.Result {
        let bag = try SignCLI.bagFolder()
        #expect(try CommandRunner.run(["sign", bag] + SignCLI.cmsP256).status == 0)
        #expect(try CommandRunner.run(["sign", bag, "--ssh-key", SignCLI.key("ssh-ed25519")]).status == 0)
        try "not a signature\n".write(toFile: bag + "/signatures/3-ssh-garbage.sig", atomically: true, encoding: .utf8)
        let parent = (bag as NSString).deletingLastPathComponent
        return try CommandRunner.runProgram(
            CommandRunner.executable.path,
            ["sign", "--verify", "--format", "json", "request", "--allowed-signers", SignCLI.key("allowed_signers")],
            directory: parent
        )
    }

    @Test func matchesTheGoldenAndTheHouseStyle() throws {
        let result = try Self.report()
        #expect(result.status == 1, "a malformed signature fails verification: \(result.stderr)")
        #expect(result.stdout.hasPrefix("{\n  \"fivesafes\": \""), "the version comes first, indented by two spaces")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let counts = object["counts"] as? [String: Int]
        #expect(counts == ["signatures": 3, "valid": 1, "unchecked": 1, "failed": 1], "\(String(describing: counts))")
        let statuses = (object["signers"] as? [[String: Any]])?.compactMap { $0["status"] as? String }
        #expect(statuses == ["unchecked", "valid", "malformed"])
        // The tool's version changes between releases; the golden holds a placeholder.
        let version = try #require(object["fivesafes"] as? String)
        let stable = result.stdout.replacingOccurrences(of: "\"fivesafes\": \"\(version)\"", with: "\"fivesafes\": \"VERSION\"")
        try GoldenFile.expect(stable, matches: "sign-verify.json")
    }

    @Test func conformsToTheSchema() throws {
        let result = try Self.report()
        let file = try SignCLI.folder() + "/report.json"
        try result.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let checked = try JSONSchemaCheck.run([file], schema: "sign-report.schema.json")
        #expect(checked.status == 0 && checked.stdout == "ok 1\n", "\(checked.stderr)")
    }
}
