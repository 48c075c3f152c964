import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, item 2: a file edited after `init` leaves a stale `contentSize` (FS-PAYLOAD-001, required); `init
/// --update` and, for bags, `zip --refresh` bring it in step and say what they changed.
@Suite struct StaleSizeTests {
    @Test func initUpdateRefreshesTheSizeOfAnEditedFile() throws {
        let space = try Workspace("stale-init")
        defer { space.remove() }
        #expect(try space.initCrate("request", contents: "A:V12G\n").status == 0)
        try space.append("B:L45P\n", to: "request/mutations.txt")
        let stale = try space.validate("request")
        #expect(stale.status == 1)
        #expect(
            stale.stdout.contains("[FS-PAYLOAD-001] the `contentSize` of `mutations.txt` is 7 but the file has 14 bytes"),
            "\(stale.stdout)"
        )
        let before = space.text("request/ro-crate-metadata.json")
        let updated = try space.run(["init", "request", "--update"])
        #expect(updated.status == 0, "\(Workspace.output(updated))")
        #expect(updated.stdout.contains("Refreshed mutations.txt: contentSize 7 → 14"), "\(updated.stdout)")
        let after = space.text("request/ro-crate-metadata.json")
        #expect(after.contains("\"contentSize\": \"14\"") && !after.contains("\"contentSize\": \"7\""))
        // Only the changed entity was rewritten: the file is as long as before, give or take the digits.
        #expect(after.count == before.count + 1)
        let clean = try space.validate("request")
        #expect(clean.status == 0, "\(Workspace.output(clean))")
        // Nothing stale: a second update changes nothing and says nothing about sizes.
        let again = try space.run(["init", "request", "--update"])
        #expect(!again.stdout.contains("contentSize"))
        #expect(space.text("request/ro-crate-metadata.json") == after)
    }

    @Test func zipRefreshRefreshesTheSizeInABag() throws {
        let space = try Workspace("stale-bag")
        defer { space.remove() }
        try space.copyFixture("crates/valid/request", to: "my-crate")
        #expect(try space.run(["zip", "my-crate", "--bag-dir", "bag", "--no-progress"]).status == 0)
        try space.append("five\n", to: "bag/data/input1.txt")
        let refreshed = try space.run(["zip", "--refresh", "bag"])
        #expect(refreshed.status == 0, "\(Workspace.output(refreshed))")
        #expect(refreshed.stdout.contains("refreshed input1.txt: contentSize 33 → 38"), "\(refreshed.stdout)")
        let clean = try space.validate("bag")
        #expect(clean.status == 0, "\(Workspace.output(clean))")
    }
}
