import FiveSafesTestSupport
import Foundation

/// A fresh temporary folder in which commands run as a user types them (relative paths, the built executable),
/// for the CLI tests that follow one path through several commands.
struct Workspace {
    /// The folder.
    let folder: String

    /// Makes a new empty folder.
    init(_ label: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Runs `fivesafes` in the folder.
    @discardableResult
    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.runProgram(CommandRunner.executable.path, arguments, directory: folder)
    }

    /// A path inside the folder.
    func path(_ relative: String) -> String { folder + "/" + relative }

    /// A file's bytes, nil when missing.
    func bytes(_ relative: String) -> Data? { FileManager.default.contents(atPath: path(relative)) }

    /// A file's text ("" when missing).
    func text(_ relative: String) -> String { bytes(relative).map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// Writes a text file, making folders on the way.
    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Appends text to a file.
    func append(_ text: String, to relative: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(relative)))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Copies a folder of `Fixtures/` in.
    func copyFixture(_ fixture: String, to relative: String) throws {
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: path(relative))
    }

    /// The entry names of a ZIP in the folder (`unzip -Z1`).
    func zipEntries(_ relative: String) throws -> [String] {
        try CommandRunner.runProgram("/usr/bin/unzip", ["-Z1", path(relative)]).stdout.split(separator: "\n").map(String.init)
    }

    /// `init` flags for a complete request (one input value, so every list the writer could make is short).
    static let initFlags = [
        "--name", "Mutation screening for TRE72 project 81", "--license", "CC-BY-4.0",
        "--workflow", "https://workflowhub.eu/workflows/289?version=1", "--agent", "0000-0002-1825-0097",
        "--agent-name", "Josiah Carberry", "--project", "project81", "--tre", "tre72",
        "--project-name", "Protein stability of candidate mutations", "--organization", "https://ror.org/05gq02987",
        "--organization-name", "Brown University", "--input", "fast_mode=true",
    ]

    /// `init` in a new folder holding one input file; returns the command's result.
    @discardableResult
    func initCrate(_ relative: String, inputFile: String = "mutations.txt", contents: String = "A:V12G\n") throws -> CommandRunner.Result {
        try write(contents, to: relative + "/" + inputFile)
        return try run(["init", relative, "--input-file", inputFile, "-q"] + Self.initFlags)
    }

    /// `validate --level recommended` (plus extra arguments) of a path in the folder.
    func validate(_ relative: String, _ extra: [String] = []) throws -> CommandRunner.Result {
        try run(["validate", "--level", "recommended"] + extra + [relative])
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// stdout and stderr together, for failure messages.
    static func output(_ result: CommandRunner.Result) -> String { result.stdout + result.stderr }
}
