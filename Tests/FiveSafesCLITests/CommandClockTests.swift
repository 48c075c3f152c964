import FiveSafesTestSupport
import Foundation
import Testing

/// `SOURCE_DATE_EPOCH` is read once, by the CLI, with one rule (issue 20, item 3): whole seconds since 1970 fix
/// `init`'s `datePublished`, `zip`'s entry times and `Bagging-Date`; anything else is a usage error naming the
/// variable, for every command that reads it; `zip` alone also refuses times before 1980 (ZIP's earliest).
@Suite struct CommandClockTests {
    static func run(_ arguments: [String], epoch: String, in work: Workspace) throws -> CommandRunner.Result {
        try CommandRunner.runProgram(
            CommandRunner.executable.path, arguments, environment: ["SOURCE_DATE_EPOCH": epoch], directory: work.folder)
    }

    @Test func initStampsTheEpochAsDatePublished() throws {
        let work = try Workspace("clock-init")
        defer { work.remove() }
        try work.write("A:V12G\n", to: "request/mutations.txt")
        let made = try Self.run(["init", "request", "-q"] + Workspace.initFlags, epoch: "1700000000", in: work)
        #expect(made.status == 0, "\(Workspace.output(made))")
        #expect(work.text("request/ro-crate-metadata.json").contains(#""datePublished": "2023-11-14T22:13:20Z""#))
    }

    @Test func zipStampsTheEpochOnTheBag() throws {
        let work = try Workspace("clock-zip")
        defer { work.remove() }
        try work.copyFixture("crates/valid/request", to: "my-crate")
        let made = try Self.run(["zip", "my-crate", "--bag-dir", "bag", "-q"], epoch: "1700000000", in: work)
        #expect(made.status == 0, "\(Workspace.output(made))")
        #expect(work.text("bag/bag-info.txt").contains("Bagging-Date: 2023-11-14"), "\(work.text("bag/bag-info.txt"))")
    }

    @Test(arguments: [
        ["init", "request", "-q"], ["zip", "my-crate", "-o", "out.zip"], ["sign", "request.zip", "--ssh-key", "key"],
    ])
    func aValueThatIsNotWholeSecondsIsAUsageError(command: [String]) throws {
        let work = try Workspace("clock-bad")
        defer { work.remove() }
        try work.copyFixture("crates/valid/request", to: "my-crate")
        try work.write("A:V12G\n", to: "request/mutations.txt")
        #expect(try work.run(["zip", "my-crate", "-o", "request.zip", "-q"]).status == 0)
        try FileManager.default.copyItem(atPath: SignCLI.key("ssh-ed25519"), toPath: work.path("key"))
        let extra = command[0] == "init" ? Workspace.initFlags : []
        for epoch in ["1700000000.5", "soon", "1e9"] {
            let result = try Self.run(command + extra, epoch: epoch, in: work)
            #expect(result.status == 64, "\(command) \(epoch): \(Workspace.output(result))")
            #expect(
                result.stderr.contains("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got \(epoch)"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: work.path("out.zip")))
        #expect(!FileManager.default.fileExists(atPath: work.path("request/ro-crate-metadata.json")))
    }

    @Test func zipAloneRefusesTimesBefore1980() throws {
        let work = try Workspace("clock-1980")
        defer { work.remove() }
        try work.copyFixture("crates/valid/request", to: "my-crate")
        let early = try Self.run(["zip", "my-crate", "-o", "early.zip"], epoch: "1000", in: work)
        #expect(early.status == 64, "\(Workspace.output(early))")
        #expect(early.stderr.contains("from 1980 on (ZIP's earliest date)"), "\(early.stderr)")
        try work.write("A:V12G\n", to: "request/mutations.txt")
        let made = try Self.run(["init", "request", "-q"] + Workspace.initFlags, epoch: "1000", in: work)
        #expect(made.status == 0, "\(Workspace.output(made))")
        #expect(work.text("request/ro-crate-metadata.json").contains(#""datePublished": "1970-01-01T00:16:40Z""#))
    }
}
