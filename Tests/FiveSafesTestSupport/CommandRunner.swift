import Foundation

/// Runs the built `fivesafes` executable, as a user or CI script would.
public struct CommandRunner {
    /// What a run produced.
    public struct Result {
        /// Exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
    }

    /// The executable beside the test bundle (SwiftPM builds products and tests into one folder).
    public static let executable: URL = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            folder.appendingPathComponent("fivesafes"),
            folder.deletingLastPathComponent().appendingPathComponent("fivesafes"),
            Fixtures.repositoryRoot.appendingPathComponent(".build/debug/fivesafes"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// Runs `fivesafes` with arguments, optional standard input and extra environment.
    public static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable.path, arguments, stdin: stdin, environment: environment)
    }

    /// Runs any program and collects its output.
    public static func runProgram(
        _ path: String,
        _ arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot fill one pipe and block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A Python interpreter for interoperability checks: `FIVESAFES_TEST_PYTHON`, the test venv, or python3.
    public static var python: String {
        if let configured = ProcessInfo.processInfo.environment["FIVESAFES_TEST_PYTHON"] { return configured }
        let venv = Fixtures.repositoryRoot.appendingPathComponent(".venv-test/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/env"
    }

    /// Arguments to run a Python snippet with ``python``.
    public static func pythonArguments(_ arguments: [String]) -> [String] {
        python == "/usr/bin/env" ? ["python3"] + arguments : arguments
    }
}
