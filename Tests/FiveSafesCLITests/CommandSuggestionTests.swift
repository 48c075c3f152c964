import FiveSafesTestSupport
import Testing

/// A mistyped subcommand gets a suggestion and the usage exit status (issue 16, item 10).
@Suite struct CommandSuggestionTests {
    @Test(arguments: [
        (["valdate", "crate"], "did you mean `fivesafes validate`?"),
        (["inspcet"], "did you mean `fivesafes inspect`?"),
        (["provenance", "shwo", "crate"], "did you mean `fivesafes provenance show`?"),
    ])
    func aMistypedSubcommandIsSuggested(arguments: [String], suggestion: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(suggestion), "\(result.stderr)")
    }

    @Test func wordsFarFromEveryCommandAndRealCommandsGetNoSuggestion() throws {
        let unrelated = try CommandRunner.run(["xyzzy"])
        #expect(unrelated.status == 64)
        #expect(!unrelated.stderr.contains("did you mean"), "\(unrelated.stderr)")
        let real = try CommandRunner.run(["validate", "--list-rules"])
        #expect(real.status == 0 && !real.stderr.contains("did you mean"))
        // A crate folder that happens to look like a command is an argument, not a typo.
        let path = try CommandRunner.run(["validate", "inspect"])
        #expect(!path.stderr.contains("did you mean"), "\(path.stderr)")
    }
}
