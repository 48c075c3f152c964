import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 3: writing commands refuse to change a signed bag without `--force` (exit 2, naming the signatures
/// and `--force`, nothing changed), and `inspect` shows whether each signature still matches the bag.
@Suite struct SignedBagTests {
    /// A bag of a request made by `init` (so it has a preview), signed with the test SSH key.
    static func signedBag() throws -> Workspace {
        let space = try Workspace("signed-bag")
        #expect(try space.initCrate("request").status == 0)
        #expect(try space.run(["zip", "request", "--bag-dir", "bag", "--no-progress"]).status == 0)
        let signed = try space.run(["sign", "bag", "--ssh-key", Fixtures.path("signing/ssh-ed25519")])
        #expect(signed.status == 0, "\(Workspace.output(signed))")
        return space
    }

    static let check = [
        "provenance", "add", "check", "bag", "--agent", "https://tre72.example.com/#crate-validator", "--agent-name", "Validator",
        "--agent-version", "2.3.1", "--tre", "https://tre72.example.com/", "--tre-name", "TRE72",
    ]

    /// Every file of the bag with its bytes.
    static func snapshot(_ space: Workspace) -> [String: Data] {
        let files = FileManager.default.enumerator(atPath: space.path("bag"))?.compactMap { $0 as? String } ?? []
        return Dictionary(uniqueKeysWithValues: files.compactMap { name in space.bytes("bag/" + name).map { (name, $0) } })
    }

    @Test(arguments: [check, ["zip", "--refresh", "bag"], ["init", "bag/data", "--update"]])
    func aWriterRefusesToChangeASignedBag(_ arguments: [String]) throws {
        let space = try Self.signedBag()
        defer { space.remove() }
        let before = Self.snapshot(space)
        let refused = try space.run(arguments)
        #expect(refused.status == 2, "\(Workspace.output(refused))")
        #expect(refused.stderr.contains("the bag is signed (signatures/1-ssh-") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(Self.snapshot(space) == before, "the signed bag changed")
    }

    @Test func sanitizeRefusesToChangeASignedBag() throws {
        let space = try Self.signedBag()
        defer { space.remove() }
        // A signed bag holding a review action to remove (recorded with --force; signing again is not this test's).
        #expect(try space.run(Self.check + ["--force"]).status == 0)
        let before = Self.snapshot(space)
        let refused = try space.run(["provenance", "sanitize", "bag"])
        #expect(refused.status == 2, "\(Workspace.output(refused))")
        #expect(refused.stderr.contains("--force"))
        #expect(Self.snapshot(space) == before)
        let forced = try space.run(["provenance", "sanitize", "bag", "--force"])
        #expect(
            forced.status == 0 && forced.stderr.contains("warning: sanitizing invalidated the signatures"),
            "\(Workspace.output(forced))"
        )
    }

    @Test func forceGoesOnAndInspectShowsTheSignatureInvalidated() throws {
        let space = try Self.signedBag()
        defer { space.remove() }
        let intact = try space.run(["inspect", "--format", "json", "bag"])
        #expect(intact.stdout.contains("\"status\": \"intact\""), "\(intact.stdout)")
        #expect(try space.run(["inspect", "bag"]).stdout.contains("all 1 intact"))

        let forced = try space.run(Self.check + ["--force"])
        #expect(forced.status == 0, "\(Workspace.output(forced))")
        #expect(forced.stderr.contains("invalidated the signatures of bag"), "\(forced.stderr)")
        // The payload changed under the tag manifest: the signature vouches for nothing now.
        let stale = try space.run(["inspect", "--format", "json", "bag"])
        #expect(stale.stdout.contains("\"status\": \"invalidated\""), "\(stale.stdout)")
        // Publishing refreshes the manifests, so the bag is consistent again, but the signature no longer matches.
        let published = try space.run([
            "provenance", "add", "publish", "bag", "--agent", "https://tre72.example.com/#crate-validator",
            "--tre", "https://tre72.example.com/", "--force",
        ])
        #expect(published.status == 0, "\(Workspace.output(published))")
        let text = try space.run(["inspect", "bag"]).stdout
        #expect(text.contains("bag: ok") && text.contains("1 of 1 no longer match the bag"), "\(text)")
        #expect(try space.run(["inspect", "--format", "json", "bag"]).stdout.contains("\"status\": \"invalidated\""))
    }
}
