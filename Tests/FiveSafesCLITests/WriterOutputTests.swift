import FiveSafesTestSupport
import Foundation
import Testing

/// Issue 16, items 3 and 7: what the tool writes is clean. After every writer (init, each `provenance add` phase,
/// publish, sanitize, `init --update`) the crate validates with no finding at `--level recommended`, holds no
/// one-item list, and its `ro-crate-preview.html` is the `inspect` page of the metadata as it now is.
@Suite(.serialized) struct WriterOutputTests {
    static let tre = ["--tre", "https://tre72.example.com/", "--tre-name", "TRE72 Trusted Research Environment"]
    static let validator = [
        "--agent", "https://tre72.example.com/#crate-validator", "--agent-name", "TRE72 crate validator", "--agent-version", "2.3.1",
    ]
    static let reviewer = ["--agent", "https://tre72.example.com/people/rosalind-okafor", "--agent-name", "Rosalind Okafor"]

    /// Rules that report a review phase not recorded yet, or the publisher and date the publishing phase sets: a
    /// crate in the middle of its review lacks those by design. Each step skips only the ones still to come.
    static func notYetRecorded(after step: String) -> [String] {
        let order = ["check", "validate", "retrieve", "sign-off", "execute", "disclose", "publish"]
        let rules = [
            "validate": ["5S-VAL-01"], "retrieve": ["5S-DL-01"], "sign-off": ["5S-SIGN-01"], "disclose": ["5S-DISC-01"],
            "publish": ["5S-PUB-01", "5S-PUB-02"],
        ]
        let done = order.firstIndex(of: step).map { order[...$0] } ?? []
        return order.filter { !done.contains($0) }.flatMap { rules[$0] ?? [] }.flatMap { ["--skip", $0] }
    }

    /// The crate validates clean at recommended, has no one-item list, and its preview is its inspect page.
    static func expectClean(_ space: Workspace, _ crate: String, after step: String, skipping skipped: [String]) throws {
        let report = try space.validate(crate, skipped)
        #expect(report.status == 0, "after \(step): \(Workspace.output(report))")
        #expect(report.stdout.contains("(0 required, 0 recommended, 0 optional)"), "after \(step): \(report.stdout)")
        let lists = try oneItemLists(in: space.path(crate + "/ro-crate-metadata.json"))
        #expect(lists.isEmpty, "after \(step): one-item lists \(lists)")
        let page = try space.run(["inspect", "--format", "html", crate]).stdout
        #expect(!page.isEmpty && space.text(crate + "/ro-crate-preview.html") == page, "after \(step): the preview is stale")
    }

    /// `@id property` of every property whose value is a list of one item.
    static func oneItemLists(in metadata: String) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: metadata))) as? [String: Any]
        let graph = document?["@graph"] as? [[String: Any]] ?? []
        return graph.flatMap { entity in
            entity.compactMap { key, value in (value as? [Any])?.count == 1 ? "\(entity["@id"] ?? "?") \(key)" : nil }
        }.sorted()
    }

    /// The review lifecycle, phase by phase, on a crate made by init; each writer's output checked.
    @Test func everyWriterOfTheLifecycleWritesACleanCrate() throws {
        let space = try Workspace("writers")
        defer { space.remove() }
        #expect(try space.initCrate("crate").status == 0)
        try Self.expectClean(space, "crate", after: "init", skipping: [])
        // A one-file workflow folder, so a writer that lists parts would make a one-item list.
        try space.write("cwlVersion: v1.2\n", to: "crate/workflow/289/workflow.cwl")
        try space.write("variant,score\nA:V12G,0.9\n", to: "crate/outputs/qa.csv")
        let steps: [(String, [String])] = [
            ("check", ["provenance", "add", "check", "crate"] + Self.validator + Self.tre),
            ("validate", ["provenance", "add", "validate", "crate"] + Self.validator),
            (
                "retrieve",
                [
                    "provenance", "add", "retrieve", "crate", "--agent", "https://tre72.example.com/#workflow-proxy",
                    "--agent-name", "TRE72 workflow download proxy", "--agent-version", "1.4.0",
                ] + Self.tre + ["--result", "workflow/289"]
            ),
            (
                "sign-off",
                ["provenance", "add", "sign-off", "crate"] + Self.reviewer + Self.tre
                    + [
                        "--instrument", "https://tre72.example.com/agreement-policy/81", "--instrument-name",
                        "TRE72 agreement policy for project 81",
                    ]
            ),
            ("execute", ["provenance", "add", "execute", "crate", "--status", "active"]),
            ("execute", ["provenance", "add", "execute", "crate", "--result", "outputs/qa.csv"]),
            (
                "disclose",
                ["provenance", "add", "disclose", "crate"] + Self.reviewer + ["--status", "potential", "--note", "estimate: 1 day"]
            ),
            ("disclose", ["provenance", "add", "disclose", "crate"]),
            ("publish", ["provenance", "add", "publish", "crate"] + Self.validator + Self.tre),
        ]
        for (phase, arguments) in steps {
            let written = try space.run(arguments)
            #expect(written.status == 0, "\(phase): \(Workspace.output(written))")
            try Self.expectClean(space, "crate", after: arguments.joined(separator: " "), skipping: Self.notYetRecorded(after: phase))
        }
        #expect(space.text("crate/ro-crate-preview.html").contains("qa.csv"), "the preview lists the published output")
        // init --update after a late edit: still clean.
        try space.append("A:V13G,0.8\n", to: "crate/outputs/qa.csv")
        #expect(try space.run(["init", "crate", "--update"]).status == 0)
        try Self.expectClean(space, "crate", after: "init --update", skipping: [])
    }

    /// sanitize on a request carrying client-made review actions: the actions, their root mentions and the entities
    /// only they referred to are gone, a one-item `mentions` is a single reference, and the request is clean.
    @Test func sanitizeLeavesACleanRequest() throws {
        let space = try Workspace("writers-sanitize")
        defer { space.remove() }
        #expect(try space.initCrate("crate").status == 0)
        let original = try JSONSerialization.jsonObject(with: space.bytes("crate/ro-crate-metadata.json") ?? Data()) as? [String: Any]
        let originalIDs = Set((original?["@graph"] as? [[String: Any]] ?? []).compactMap { $0["@id"] as? String })
        #expect(try space.run(["provenance", "add", "check", "crate"] + Self.validator + Self.tre).status == 0)
        #expect(try space.run(["provenance", "add", "validate", "crate"] + Self.validator).status == 0)
        let sanitized = try space.run(["provenance", "sanitize", "crate"])
        #expect(sanitized.status == 0, "\(Workspace.output(sanitized))")
        #expect(
            sanitized.stdout.contains(
                "SoftwareApplication https://tre72.example.com/#crate-validator (only removed actions referred to it)"
            ),
            "\(sanitized.stdout)"
        )
        try Self.expectClean(space, "crate", after: "sanitize", skipping: [])
        let after = try JSONSerialization.jsonObject(with: space.bytes("crate/ro-crate-metadata.json") ?? Data()) as? [String: Any]
        let ids = Set((after?["@graph"] as? [[String: Any]] ?? []).compactMap { $0["@id"] as? String })
        #expect(ids == originalIDs, "left behind: \(ids.subtracting(originalIDs)), lost: \(originalIDs.subtracting(ids))")
    }
}
