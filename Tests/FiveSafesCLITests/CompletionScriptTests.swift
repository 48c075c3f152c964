import FiveSafesTestSupport
import Testing

/// The README's shell-completion commands work (issue 16, item 10): every shell gets a script naming every
/// subcommand, and bash accepts the script it is given.
@Suite struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyShellGetsAScriptNamingTheSubcommands(shell: String) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        for command in ["init", "validate", "inspect", "zip", "sign", "provenance"] {
            #expect(result.stdout.contains(command), "\(shell): \(command)")
        }
    }

    @Test func bashAcceptsTheScript() throws {
        let script = try CommandRunner.run(["--generate-completion-script", "bash"]).stdout
        let checked = try CommandRunner.runProgram("/bin/bash", ["-n"], stdin: script)
        #expect(checked.status == 0, "\(checked.stderr)")
    }
}
