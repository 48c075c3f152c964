import FiveSafesTestSupport
import Foundation
import Testing

/// Modes are subcommands (issue 20, item 3): `zip extract`, `zip refresh` and `sign verify` do what the older flags
/// `zip --extract`, `zip --refresh` and `sign --verify` do, with the same output and exit status; `zip CRATE` and
/// `sign TARGET` are the default subcommands `zip create` and `sign add`.
@Suite struct ModeSubcommandTests {
    /// A workspace with the valid request crate as `my-crate/` and its deterministic ZIP `request.zip`.
    static func workspace(_ label: String) throws -> Workspace {
        let work = try Workspace(label)
        try work.copyFixture("crates/valid/request", to: "my-crate")
        let zipped = try work.run([
            "zip", "my-crate", "-o", "request.zip", "-q", "--external-identifier", "urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb",
        ])
        #expect(zipped.status == 0, "\(Workspace.output(zipped))")
        return work
    }

    /// Every file under a folder with its bytes, by relative path.
    static func tree(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let name as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            if !isFolder.boolValue { files[name] = FileManager.default.contents(atPath: folder + "/" + name) }
        }
        return files
    }

    @Test func zipExtractAndTheOlderFlagGiveTheSameFolderAndOutput() throws {
        let work = try Self.workspace("extract-spellings")
        defer { work.remove() }
        let new = try work.run(["zip", "extract", "request.zip", "-o", "incoming"])
        let old = try work.run(["zip", "--extract", "request.zip", "-d", "incoming"])
        #expect(new.status == 0, "\(Workspace.output(new))")
        #expect(new.stdout.contains("into incoming; the bag is incoming/my-crate"), "\(new.stdout)")
        // The older spelling finds the folder taken, exactly as the new one would.
        #expect(old.status == 2 && old.stderr.hasPrefix("fivesafes zip: "), "\(Workspace.output(old))")
        let again = try work.run(["zip", "extract", "request.zip", "-o", "incoming"])
        #expect(again.status == 2 && again.stderr == old.stderr, "\(again.stderr) vs \(old.stderr)")

        let older = try work.run(["zip", "--extract", "request.zip", "-d", "incoming-2"])
        #expect(older.status == 0, "\(Workspace.output(older))")
        #expect(older.stdout == new.stdout.replacingOccurrences(of: "incoming", with: "incoming-2"), "\(older.stdout)")
        let tree = Self.tree(work.path("incoming"))
        #expect(tree.keys.contains("my-crate/data/ro-crate-metadata.json"), "\(tree.keys.sorted())")
        #expect(Self.tree(work.path("incoming-2")) == tree)
        // `-d` is accepted by `zip extract` too.
        #expect(try work.run(["zip", "extract", "request.zip", "-d", "incoming-3", "-q"]).status == 0)
        #expect(Self.tree(work.path("incoming-3")) == tree)
    }

    @Test func zipRefreshAndTheOlderFlagRepairTheSameBagTheSameWay() throws {
        let work = try Self.workspace("refresh-spellings")
        defer { work.remove() }
        for bag in ["new-bag", "old-bag"] {
            #expect(try work.run(["zip", "my-crate", "--bag-dir", bag, "-q", "--external-identifier", "urn:uuid:1"]).status == 0)
            try work.append("late change\n", to: bag + "/data/input1.txt")
            let stale = try work.run(["zip", bag, "-o", bag + ".zip"])
            #expect(stale.status == 1, "a changed payload is refused before the refresh: \(Workspace.output(stale))")
        }
        let new = try work.run(["zip", "refresh", "new-bag"])
        let old = try work.run(["zip", "--refresh", "old-bag"])
        #expect(new.status == 0 && old.status == 0, "\(Workspace.output(new)) \(Workspace.output(old))")
        #expect(new.stdout.contains("refreshed the manifests of new-bag"), "\(new.stdout)")
        #expect(old.stdout == new.stdout.replacingOccurrences(of: "new-bag", with: "old-bag"))
        #expect(old.stderr == new.stderr.replacingOccurrences(of: "new-bag", with: "old-bag"))
        let refreshed = Self.tree(work.path("new-bag"))
        #expect(refreshed["manifest-sha512.txt"] != nil)
        for (name, bytes) in refreshed where name != "bag-info.txt" && name != "tagmanifest-sha512.txt" {
            #expect(Self.tree(work.path("old-bag"))[name] == bytes, "\(name) differs")
        }
        #expect(try work.run(["zip", "new-bag", "-o", "new-bag.zip", "-q"]).status == 0, "the refreshed bag zips")
    }

    @Test func zipCreateIsWhatZipCrateDoes() throws {
        let work = try Self.workspace("create-spelling")
        defer { work.remove() }
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let identifier = ["--external-identifier", "urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb", "-q"]
        for (arguments, output) in [(["zip", "create", "my-crate"], "a.zip"), (["zip", "my-crate"], "b.zip")] {
            let made = try CommandRunner.runProgram(
                CommandRunner.executable.path, arguments + ["-o", output] + identifier, environment: environment, directory: work.folder)
            #expect(made.status == 0, "\(Workspace.output(made))")
        }
        #expect(work.bytes("a.zip") != nil && work.bytes("a.zip") == work.bytes("b.zip"))
    }

    @Test func signVerifyAndTheOlderFlagPrintTheSameReport() throws {
        let zip = try SignCLI.zip()
        defer { try? FileManager.default.removeItem(atPath: (zip as NSString).deletingLastPathComponent) }
        let signed = try CommandRunner.run(["sign", "add", zip] + SignCLI.cmsP256)
        #expect(signed.status == 0 && signed.stdout.contains("signatures/1-cms-"), "\(Workspace.output(signed))")
        #expect(try CommandRunner.run(["sign", zip, "--ssh-key", SignCLI.key("ssh-ed25519")]).status == 0)
        let untrusted = ["--trust", SignCLI.key("other-ca.pem")]
        for (extra, status) in [(SignCLI.trust, Int32(0)), (SignCLI.trust + ["--format", "json"], 0), (untrusted, 1)] {
            let new = try CommandRunner.run(["sign", "verify", zip] + extra)
            let old = try CommandRunner.run(["sign", "--verify", zip] + extra)
            #expect(new.status == status, "\(extra): \(Workspace.output(new))")
            #expect(old.status == new.status && old.stdout == new.stdout && old.stderr == new.stderr, "\(extra)")
            #expect(new.stdout.contains("signatures/1-cms-"), "\(new.stdout)")
        }
        let demanded = try CommandRunner.run(["sign", "verify", "--require-signature", zip, "--trust", SignCLI.key("root-ca.pem")])
        #expect(demanded.status == 1, "the SSH signature is unchecked: \(demanded.stdout)")
        let keyed = try CommandRunner.run(["sign", "verify", zip] + SignCLI.cmsP256)
        #expect(keyed.status == 64, "sign verify takes no signing key: \(keyed.stderr)")
    }

    @Test func helpListsTheSubcommandsAndHidesTheOlderFlags() throws {
        let zip = try CommandRunner.run(["zip", "--help"]).stdout
        #expect(zip.contains("create (default)") && zip.contains("extract") && zip.contains("refresh"), "\(zip)")
        let sign = try CommandRunner.run(["sign", "--help"]).stdout
        #expect(sign.contains("add (default)") && sign.contains("verify"), "\(sign)")
        let create = try CommandRunner.run(["zip", "create", "--help"]).stdout
        #expect(create.contains("--bag-dir") && !create.contains("--extract") && !create.contains("--refresh"), "\(create)")
        let add = try CommandRunner.run(["sign", "add", "--help"]).stdout
        #expect(add.contains("--ssh-key") && !add.contains("--verify"), "\(add)")
        let extract = try CommandRunner.run(["zip", "extract", "--help"]).stdout
        #expect(extract.contains("--max-size") && extract.contains("--output"), "\(extract)")
    }

    /// Under `zip` and `sign`, a word that is not a subcommand is the default subcommand's argument: a crate folder
    /// named like a typo of `extract` is packaged, not answered with "did you mean".
    @Test func aPathUnderADefaultSubcommandIsNotTakenForATypo() throws {
        let work = try Self.workspace("default-path")
        defer { work.remove() }
        try FileManager.default.moveItem(atPath: work.path("my-crate"), toPath: work.path("extrct"))
        let made = try work.run(["zip", "extrct", "-o", "typo.zip", "-q"])
        #expect(made.status == 0 && !made.stderr.contains("did you mean"), "\(Workspace.output(made))")
        #expect(work.bytes("typo.zip") != nil)
    }
}
