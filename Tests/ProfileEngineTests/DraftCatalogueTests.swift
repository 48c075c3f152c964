import FiveSafesTestSupport
import Foundation
import JSONLD
import ProfileEngine
import Testing

/// Keeps the 0.5 catalogue document (`Fixtures/reference/requirements-0.5.md`) and the implementation in step:
/// each row's last column says how it is handled, and that must be true.
@Suite struct DraftCatalogueTests {
    /// The rows of a catalogue document: id → the "Checked by" column.
    static func rows(of document: String) throws -> [String: String] {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("reference/\(document)"), encoding: .utf8)
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| 5S-") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if let id = cells.first, let handled = cells.last { rows[id] = handled }
        }
        return rows
    }

    static func notMachineCheckable() throws -> Set<String> {
        let file = Fixtures.repositoryRoot.appendingPathComponent("Schemas/not-machine-checkable.json")
        let items = try JSONParser().parse(Array(try Data(contentsOf: file))).value.arrayValue ?? []
        return Set(items.compactMap { $0.value.objectValue?["id"]?.value.stringValue })
    }

    @Test func everyRowOfThe05CatalogueIsHandledAsItSays() throws {
        let catalog = try ProfileCatalog.builtIn()
        let fiveSafes = try #require(catalog.profiles["five-safes-crate"])
        let implemented = Dictionary(uniqueKeysWithValues: fiveSafes.requirements.map { ($0.id, $0) })
        let listed = try Self.notMachineCheckable()
        let rows = try Self.rows(of: "requirements-0.5.md")
        #expect(rows.count >= 20)
        for (id, handled) in rows.sorted(by: { $0.key < $1.key }) {
            switch handled {
            case "rule":
                #expect(implemented[id]?.applies(to: "0.5") == true, "\(id): a rule applying to 0.5")
            case "rule (0.4 only)":
                #expect(implemented[id].map { !$0.applies(to: "0.5") && $0.applies(to: "0.4") } == true, "\(id): 0.4 only")
            case "not machine-checkable":
                #expect(listed.contains(id) && implemented[id] == nil, "\(id): listed in not-machine-checkable.json")
            case "deferred":
                #expect(implemented[id] == nil && !listed.contains(id), "\(id): deferred, yet implemented or listed")
            default:
                Issue.record("\(id): unknown handling \(handled)")
            }
        }
        // Every row that names 0.5 is in the document.
        let restricted = fiveSafes.requirements.filter { $0.versions?.contains("0.5") == true }.map(\.id)
        #expect(restricted.filter { rows[$0] == nil }.isEmpty, "0.5 rows missing from requirements-0.5.md")
    }

    @Test func theWorkingDraftCatalogueIsDeferredOrNotMachineCheckableAndItsIRIIsNotClaimed() throws {
        let catalog = try ProfileCatalog.builtIn()
        let implemented = Set(catalog.profiles.values.flatMap(\.requirements).map(\.id))
        let listed = try Self.notMachineCheckable()
        let rows = try Self.rows(of: "requirements-1.0-wd.md")
        #expect(rows.count >= 30)
        for (id, handled) in rows.sorted(by: { $0.key < $1.key }) {
            #expect(!implemented.contains(id), "\(id) is implemented: update requirements-1.0-wd.md")
            switch handled {
            case "deferred": #expect(!listed.contains(id), "\(id): deferred, yet listed")
            case "not machine-checkable": #expect(listed.contains(id), "\(id): not in not-machine-checkable.json")
            default: Issue.record("\(id): unknown handling \(handled)")
            }
        }
        // Until its rows exist, a 1.0 crate must not be validated as if 0.4's rows were 1.0's.
        #expect(catalog.profile(declaring: "https://w3id.org/5s-crate/1.0") == nil)
    }
}
