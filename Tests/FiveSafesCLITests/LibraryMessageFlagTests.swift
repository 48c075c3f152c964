import FiveSafesTestSupport
import Foundation
import Testing

/// The libraries name settings by type and the CLI spells them: these messages reach the user with the CLI's
/// flags and command lines, word for word as before the libraries stopped spelling them (issue 20, item 3).
@Suite struct LibraryMessageFlagTests {
    @Test func snapshotMessagesNameTheSnapshotFlags() throws {
        let workspace = try ActivityRecordCommandTests.workingRecord("flags-snapshot")
        defer { workspace.remove() }
        let first = try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "--version", "3"])
        #expect(
            first.status == 64
                && first.stderr.contains("--version 3: a snapshot without --previous is the first, version 1 (1.0, Representation State)"),
            "\(first.stderr)")
        let iri = try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "--identifier", "not-an-iri"])
        #expect(iri.status == 64 && iri.stderr.contains("--identifier not-an-iri is not an absolute IRI"), "\(iri.stderr)")
        let working = try workspace.run(["provenance", "snapshot", "record", "-o", "snap", "--previous", "record"])
        #expect(
            working.status == 2 && working.stderr.contains("--previous is a working record (no version), not a snapshot"),
            "\(working.stderr)")
    }

    @Test func activityRecordMessagesNameAgentAndStatus() throws {
        let workspace = try ActivityRecordCommandTests.workingRecord("flags-activity")
        defer { workspace.remove() }
        let noAgent = try workspace.run(["provenance", "add", "sign-off", "record"])
        #expect(
            noAgent.status == 64 && noAgent.stderr.contains("--agent is required to record a decision (who decided?)"), "\(noAgent.stderr)")
        let badAgent = try workspace.run(["provenance", "add", "sign-off", "record", "--agent", "Stian"])
        #expect(badAgent.status == 64 && badAgent.stderr.contains("--agent Stian is not an absolute IRI"), "\(badAgent.stderr)")
        let pending = try workspace.run(
            ["provenance", "add", "sign-off", "record", "--status", "active"] + ActivityRecordCommandTests.checker)
        #expect(
            pending.status == 64 && pending.stderr.contains("a 1.0 decision is recorded once made: --status completed (AuthorizeAction)"),
            "\(pending.stderr)")
        let potential = try workspace.run(
            ["provenance", "add", "check", "record", "--status", "potential"] + ActivityRecordCommandTests.checker)
        #expect(potential.stderr.contains("record the process once it has begun (--status active) or ended"), "\(potential.stderr)")
    }

    @Test func migrateNamesItsIdentifierFlag() throws {
        let workspace = try Workspace("flags-migrate")
        defer { workspace.remove() }
        try workspace.copyFixture("official/0.4/example-request", to: "crate")
        let migrated = try workspace.run(["migrate", "crate", "--to", "1.0", "--identifier", "not an iri"])
        #expect(
            migrated.status == 64
                && migrated.stderr.contains("--identifier not an iri is not an absolute IRI (a UUID URN such as urn:uuid:… suffices)"),
            "\(migrated.stderr)")
    }

    @Test func anEndedActionIsRefusedNamingNew() throws {
        let crate = try ProvenanceCommandTests().copyOfRequest()
        defer { try? FileManager.default.removeItem(atPath: (crate as NSString).deletingLastPathComponent) }
        #expect(try CommandRunner.run(["provenance", "add", "check", crate] + ProvenanceCommandTests.validator).status == 0)
        let refused = try CommandRunner.run(["provenance", "add", "check", crate, "--status", "active"])
        #expect(
            refused.status == 1 && refused.stderr.contains("(an ended action keeps its outcome; record a new action with --new)"),
            "\(refused.stderr)")
    }

    @Test func signatureFindingsNameTheTrustFlags() throws {
        let zip = try SignCLI.zip()
        #expect(try CommandRunner.run(["sign", zip] + SignCLI.cmsP256).status == 0)
        let untrusted = try CommandRunner.run(["sign", "--verify", zip, "--trust", SignCLI.key("other-ca.pem")])
        #expect(untrusted.stdout.contains("no certificate chain from the signer to a trusted root (--trust)"), "\(untrusted.stdout)")
        let required = try CommandRunner.run(["validate", "--require-signature", zip])
        #expect(
            required.stdout.contains("no --trust root for CMS signatures was given, and --require-signature needs every signature checked"),
            "\(required.stdout)")
    }
}
