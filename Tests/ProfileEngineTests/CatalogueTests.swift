import FiveSafesTestSupport
import Foundation
import JSONLD
import Testing

@testable import ProfileEngine
@testable import ROCrate

/// Keeps catalogue, code, fixtures and the requirements document in step.
@Suite struct CatalogueTests {
    let catalog: ProfileCatalog
    let requirements: [Requirement]

    init() throws {
        catalog = try ProfileCatalog.builtIn()
        requirements = catalog.profiles.values.flatMap(\.requirements)
    }

    @Test func checksReferencedByProfilesAreExactlyTheRegisteredOnes() {
        let referenced = Set(requirements.compactMap(\.checkName))
        #expect(referenced == CheckRegistry.builtIn.names)
    }

    @Test func requirementIDsFollowTheCatalogueScheme() {
        let malformed = requirements.map(\.id).filter { $0.wholeMatch(of: /(5S|RC|FS)-[A-Z]+-\d{2,3}/) == nil }
        #expect(malformed.isEmpty, "\(malformed)")
    }

    @Test func everyRequirementHasTextAFixAndASpecLink() {
        let incomplete = requirements.filter { $0.summary.isEmpty || $0.fix == nil || $0.spec == nil }.map(\.id)
        #expect(incomplete.isEmpty, "rows without summary, fix or spec: \(incomplete)")
    }

    @Test func everyRequirementIsTriggeredByAnInvalidFixture() throws {
        var triggered = Set<String>()
        for name in Fixtures.crates(in: "invalid") {
            let golden = Fixtures.path("crates/invalid/\(name)/expected.json")
            guard let data = FileManager.default.contents(atPath: golden) else { continue }
            let items = try JSONParser().parse(Array(data)).value.arrayValue ?? []
            triggered.formUnion(items.compactMap { $0.value.objectValue?["rule"]?.value.stringValue })
        }
        // Package-stage rules are triggered by the bag, archive and signature goldens (one line per finding:
        // "rule | severity | file | message").
        let packages = Fixtures.path("expected/packages")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: packages)) ?? [] {
            guard let data = FileManager.default.contents(atPath: packages + "/" + name) else { continue }
            let lines = try JSONParser().parse(Array(data)).value.arrayValue ?? []
            triggered.formUnion(lines.compactMap { $0.value.stringValue?.components(separatedBy: " | ").first })
        }
        let missing = requirements.map(\.id).filter { !triggered.contains($0) }.sorted()
        #expect(missing.isEmpty, "requirements without an invalid fixture: \(missing)")
    }

    @Test func embeddedProfilesAndContextsMatchTheSchemasFolder() throws {
        let schemas = Fixtures.repositoryRoot.appendingPathComponent("Schemas")
        for (embedded, folder) in [(EmbeddedProfiles.files, "profiles"), (EmbeddedContexts.files, "contexts")] {
            var onDisk: [String: String] = [:]
            let base = schemas.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard ["json", "jsonld"].contains(url.pathExtension) else { continue }
                onDisk[folder + "/" + url.path.dropFirst(base.path.count + 1)] = try String(contentsOf: url, encoding: .utf8)
            }
            #expect(embedded == onDisk, "Schemas/\(folder) changed: run `make generate`")
        }
    }

    @Test func everyCatalogueRowIsImplementedOrListedAsNotMachineCheckable() throws {
        // The in-repo copy of shared/spec/requirements.md (Fixtures/reference/README.md): tests never read ../shared.
        let document = Fixtures.root.appendingPathComponent("reference/requirements.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        let rows = Set(text.matches(of: /\n\| ((?:5S|RC)-[A-Z]+-\d+) \|/).map { String($0.output.1) })
        let listedFile = Fixtures.repositoryRoot.appendingPathComponent("Schemas/not-machine-checkable.json")
        let listed = try JSONParser().parse(Array(try Data(contentsOf: listedFile))).value.arrayValue ?? []
        var accounted = Set(requirements.map(\.id))
        for item in listed {
            let object = item.value.objectValue
            if let id = object?["id"]?.value.stringValue, let reason = object?["reason"]?.value.stringValue {
                #expect(!reason.isEmpty && !accounted.contains(id), "\(id) is both implemented and listed, or has no reason")
                accounted.insert(id)
            }
        }
        let unaccounted = rows.subtracting(accounted).sorted()
        #expect(rows.count > 200)
        #expect(unaccounted.isEmpty, "catalogue rows neither implemented nor listed: \(unaccounted)")
    }
}
