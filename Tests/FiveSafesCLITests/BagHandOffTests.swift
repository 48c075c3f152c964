import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 1: a bag folder (made by `zip --bag-dir`, published by `provenance add publish`, signed by hand) is
/// zipped as it is, checked first, never nested inside itself, its signatures kept; manifests are only refreshed when
/// asked (`zip --refresh`).
@Suite struct BagHandOffTests {
    static let key = Fixtures.path("signing/ssh-ed25519")
    static let allowedSigners = Fixtures.path("signing/allowed_signers")

    /// A bag folder `bag` of the valid request, made by `zip --bag-dir`.
    static func requestBag() throws -> Workspace {
        let space = try Workspace("bag-handoff")
        try space.copyFixture("crates/valid/request", to: "my-crate")
        let made = try space.run(["zip", "my-crate", "--bag-dir", "bag", "--no-progress"])
        #expect(made.status == 0, "\(Workspace.output(made))")
        return space
    }

    @Test func aBagIsZippedAsItIsWithoutNesting() throws {
        let space = try Self.requestBag()
        defer { space.remove() }
        let zipped = try space.run(["zip", "bag/", "-o", "bag.zip", "--no-progress"])
        #expect(zipped.status == 0, "\(Workspace.output(zipped))")
        let entries = try space.zipEntries("bag.zip")
        #expect(entries.contains("bag/bagit.txt") && entries.contains("bag/data/ro-crate-metadata.json"), "\(entries)")
        #expect(!entries.contains { $0.contains("data/data") || $0.hasPrefix("bag/data/bagit.txt") }, "nested: \(entries)")
        // As it is: the manifests in the ZIP are the bag's, byte for byte.
        for tag in ["bagit.txt", "bag-info.txt", "manifest-sha512.txt", "tagmanifest-sha512.txt"] {
            let inZip = try CommandRunner.runProgram("/usr/bin/unzip", ["-p", space.path("bag.zip"), "bag/" + tag]).stdout
            #expect(inZip == space.text("bag/" + tag), "\(tag) differs")
        }
        let validated = try space.validate("bag.zip")
        #expect(validated.status == 0, "\(Workspace.output(validated))")
    }

    @Test func aBagPublishedByProvenanceIsZippedAndValidates() throws {
        let space = try Workspace("bag-publish")
        defer { space.remove() }
        try space.copyFixture("crates/valid/result", to: "result")
        #expect(try space.run(["zip", "result", "--bag-dir", "result-bag", "--no-progress"]).status == 0)
        let published = try space.run([
            "provenance", "add", "publish", "result-bag/", "--agent", "https://tre72.example.com/#crate-validator",
            "--tre", "https://tre72.example.com/",
        ])
        #expect(published.status == 0, "\(Workspace.output(published))")
        let zipped = try space.run(["zip", "result-bag/", "-o", "result.zip", "--no-progress"])
        #expect(zipped.status == 0, "\(Workspace.output(zipped))")
        #expect(!(try space.zipEntries("result.zip")).contains { $0.contains("data/data/") })
        let validated = try space.validate("result.zip")
        #expect(validated.status == 0, "\(Workspace.output(validated))")
    }

    @Test func aSignedBagKeepsItsSignatureInTheZip() throws {
        let space = try Self.requestBag()
        defer { space.remove() }
        let signed = try space.run(["sign", "bag", "--ssh-key", Self.key])
        #expect(signed.status == 0, "\(Workspace.output(signed))")
        let zipped = try space.run(["zip", "bag", "-o", "signed.zip", "--no-progress"])
        #expect(zipped.status == 0, "\(Workspace.output(zipped))")
        #expect(try space.zipEntries("signed.zip").contains { $0.hasPrefix("bag/signatures/1-ssh-") && $0.hasSuffix(".sig") })
        let verified = try space.run(["sign", "--verify", "signed.zip", "--allowed-signers", Self.allowedSigners])
        #expect(verified.status == 0, "\(Workspace.output(verified))")
    }

    @Test func aBagChangedAfterBaggingIsRefusedUntilRefreshed() throws {
        let space = try Self.requestBag()
        defer { space.remove() }
        try space.append("one more line\n", to: "bag/data/input1.txt")
        let refused = try space.run(["zip", "bag", "-o", "stale.zip", "--no-progress"])
        #expect(refused.status == 1, "\(Workspace.output(refused))")
        #expect(refused.stdout.contains("FS-BAG-001") && refused.stderr.contains("zip --refresh bag"), "\(Workspace.output(refused))")
        #expect(space.bytes("stale.zip") == nil, "nothing written")
        // --no-validate packages it as it is (still not nested), manifests untouched.
        let manifest = space.text("bag/manifest-sha512.txt")
        #expect(try space.run(["zip", "bag", "-o", "as-is.zip", "--no-validate", "--no-progress"]).status == 0)
        #expect(!(try space.zipEntries("as-is.zip")).contains { $0.contains("data/data") })
        #expect(space.text("bag/manifest-sha512.txt") == manifest)
        // Refreshing is asked for explicitly; then the bag zips and validates.
        #expect(try space.run(["zip", "--refresh", "bag"]).status == 0)
        #expect(try space.run(["zip", "bag", "-o", "fresh.zip", "--no-progress"]).status == 0)
        let validated = try space.validate("fresh.zip")
        #expect(validated.status == 0, "\(Workspace.output(validated))")
    }

    @Test func aBagFolderIsNotBaggedAgainIntoAFolder() throws {
        let space = try Self.requestBag()
        defer { space.remove() }
        let refused = try space.run(["zip", "bag", "--bag-dir", "again"])
        #expect(refused.status == 64, "\(Workspace.output(refused))")
        #expect(refused.stderr.contains("already a bag folder"))
        #expect(space.bytes("again/bagit.txt") == nil)
    }
}
