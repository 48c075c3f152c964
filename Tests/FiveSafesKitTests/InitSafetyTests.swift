import FiveSafesKit
import Foundation
import JSONLD
import Testing

/// `init` never loses a user's file: it refuses, keeps `.bak` copies, and `--update` keeps every byte it does
/// not need to change.
@Suite struct InitSafetyTests {
    @Test func existingMetadataIsRefusedNamingForceAndUpdate() throws {
        let folder = try InitTestSupport.folder()
        try InitTestSupport.write("{\"mine\": true}\n", to: folder + "/ro-crate-metadata.json")
        do {
            try CrateInitializer(InitTestSupport.complete).run(at: folder)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .writeFailure)
            // The library names the remedy; the CLI phrases it with --update and --force (InitCommandTests).
            #expect(error.remedy == .updateOrStartAgain, "\(error)")
        }
        #expect(try String(contentsOfFile: folder + "/ro-crate-metadata.json", encoding: .utf8) == "{\"mine\": true}\n")
    }

    @Test func forceKeepsTheOldFilesAsBackups() throws {
        let folder = try InitTestSupport.folder()
        try InitTestSupport.write("{\"mine\": true}\n", to: folder + "/ro-crate-metadata.json")
        try InitTestSupport.write("<p>my page</p>\n", to: folder + "/ro-crate-preview.html")
        var options = InitTestSupport.complete
        options.force = true
        let outcome = try CrateInitializer(options).run(at: folder)
        #expect(outcome.backups.count == 2)
        #expect(try String(contentsOfFile: folder + "/ro-crate-metadata.json.bak", encoding: .utf8) == "{\"mine\": true}\n")
        #expect(try String(contentsOfFile: folder + "/ro-crate-preview.html.bak", encoding: .utf8) == "<p>my page</p>\n")
        let parts = try InitTestSupport.entities(folder)["./"]?["hasPart"] as? [[String: String]] ?? []
        #expect(!parts.contains { $0["@id"]?.hasSuffix(".bak") == true })
        let report = try InitTestSupport.report(folder)
        #expect(report.isValid && report.issues.isEmpty, "\(InitTestSupport.describe(report))")
    }

    @Test func updateAddsNewFilesAndKeepsEverythingElse() throws {
        let folder = try InitTestSupport.folder()
        try InitTestSupport.write("first\n", to: folder + "/first.txt")
        try CrateInitializer(InitTestSupport.complete).run(at: folder)
        // The user edits the metadata: an unknown property, a reordered entity, their own spacing.
        let path = folder + "/ro-crate-metadata.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"@type\": \"Person\",",
            with: "\"@type\": \"Person\",\n      \"x-favourite-colour\":   \"teal\","
        )
        text = text.replacingOccurrences(
            of: "\"@id\": \"first.txt\",\n      \"@type\": \"File\",",
            with: "\"@type\": \"File\",\n      \"zzz-note\": {\"kept\": [1, 2]},\n      \"@id\": \"first.txt\","
        )
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try InitTestSupport.write("second\n", to: folder + "/more/second file.csv")
        var options = CrateInitializer.Options()
        options.update = true
        let outcome = try CrateInitializer(options).run(at: folder)
        #expect(outcome.described == ["more/second file.csv"])
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        // Everything before the root and every entity after it is byte-identical; the new file is appended.
        let userPart = text[text.range(of: "\"@type\": \"Person\",")!.lowerBound...].prefix(200)
        #expect(updated.contains(userPart))
        #expect(updated.contains("\"@type\": \"File\",\n      \"zzz-note\": {\"kept\": [1, 2]},\n      \"@id\": \"first.txt\","))
        #expect(updated.hasPrefix(String(text[..<text.range(of: "\"@id\": \"./\"")!.lowerBound])))
        let entities = try InitTestSupport.entities(folder)
        #expect(entities["more/second%20file.csv"]?["encodingFormat"] as? String == "text/csv")
        let parts = entities["./"]?["hasPart"] as? [[String: String]] ?? []
        #expect(parts.map { $0["@id"] ?? "" }.suffix(2) == ["first.txt", "more/second%20file.csv"])
        let rootKeys = try rootKeyOrder(updated)
        #expect(rootKeys.first == "@id" && rootKeys.contains("hasPart"))
        #expect(rootKeys == (try rootKeyOrder(text)))
        // A second update has nothing to add and changes nothing.
        let again = try CrateInitializer(options).run(at: folder)
        #expect(again.described.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == updated)
        let report = try InitTestSupport.report(folder)
        // The user's own unknown keys are findings (RC-MD-04/05: nested, not in the context); nothing else is.
        #expect(report.issues.allSatisfy { ["RC-MD-04", "RC-MD-05"].contains($0.rule) }, "\(InitTestSupport.describe(report))")
    }

    @Test func updateWithoutMetadataIsAUsageError() throws {
        var options = CrateInitializer.Options()
        options.update = true
        #expect(throws: FiveSafesError(.usage, "")) { try CrateInitializer(options).run(at: try InitTestSupport.folder()) }
    }

    /// The keys of the root entity, in document order.
    private func rootKeyOrder(_ text: String) throws -> [String] {
        let document = try JSONParser().parse(Array(text.utf8))
        let graph = document.value.objectValue?["@graph"]?.value.arrayValue ?? []
        let root = graph.compactMap(\.value.objectValue).first { $0["@id"]?.value.stringValue == "./" }
        return root?.keys ?? []
    }
}

/// ORCID and IRI syntax.
@Suite struct InitIdentifierTests {
    @Test(arguments: [
        ("0000-0002-1825-0097", true), ("https://orcid.org/0000-0001-5109-3700", true), ("0000-0002-1694-233X", true),
        ("0000-0002-1825-0096", false), ("0000-0002-1825-009", false), ("orcid", false), ("0000-0002-1694-2331", false),
    ])
    func orcidChecksums(id: String, valid: Bool) throws {
        var options = InitTestSupport.complete
        options.agent = id
        let folder = try InitTestSupport.folder()
        if valid {
            try CrateInitializer(options).run(at: folder)
        } else {
            #expect(throws: FiveSafesError(.usage, "")) { try CrateInitializer(options).run(at: folder) }
        }
    }

    @Test(arguments: ["ror.org/05gq02987", "https://", "https://exa mple.org/", "javascript:alert(1)", "ftp://example.org/"])
    func organizationsMustBeWebIRIs(iri: String) throws {
        var options = InitTestSupport.complete
        options.organization = iri
        #expect(throws: FiveSafesError(.usage, "")) { try CrateInitializer(options).run(at: try InitTestSupport.folder()) }
    }
}
