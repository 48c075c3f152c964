import Foundation

/// Runs a command on a pseudo-terminal (Python's `pty`), as a person at a terminal would.
public enum PseudoTerminal {
    /// Runs `command` (program path first) on a pseudo-terminal and types `input`: at once, or once `prompt` has
    /// shown. The result's stdout is everything the terminal showed; its status is the command's.
    public static func run(_ command: [String], typing input: String, after prompt: String = "") throws -> CommandRunner.Result {
        try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-c", script, input, prompt] + command))
    }

    private static let script = """
        import os, pty, sys
        answers, prompt = sys.argv[1].encode(), sys.argv[2].encode()
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[3], sys.argv[3:])
        output = b""
        typed = False
        while True:
            if not typed and prompt in output:
                os.write(fd, answers)
                typed = True
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(output.decode("utf-8", "replace"))
        sys.exit(os.waitstatus_to_exitcode(status))
        """
}
