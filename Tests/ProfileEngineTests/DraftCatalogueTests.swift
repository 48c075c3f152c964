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

    @Test func everyRowOfThe10WorkingDraftCatalogueIsHandledAsItSaysAnd04RowsStayOut() throws {
        let catalog = try ProfileCatalog.builtIn()
        let fiveSafes = try #require(catalog.profiles["five-safes-crate"])
        let draft = try #require(fiveSafes.version(matching: "https://w3id.org/5s-crate/1.0"))
        #expect(draft.label == "1.0-WD" && draft.listedRowsOnly)
        let implemented = Dictionary(uniqueKeysWithValues: catalog.profiles.values.flatMap(\.requirements).map { ($0.id, $0) })
        let listed = try Self.notMachineCheckable()
        let rows = try Self.rows(of: "requirements-1.0-wd.md")
        #expect(rows.count >= 30)
        for (id, handled) in rows.sorted(by: { $0.key < $1.key }) {
            switch handled {
            case "rule":
                #expect(implemented[id]?.versions == ["1.0-WD"], "\(id): a rule for 1.0-WD only")
            case "deferred":
                #expect(implemented[id] == nil && !listed.contains(id), "\(id): deferred, yet implemented or listed")
            case "not machine-checkable":
                #expect(listed.contains(id) && implemented[id] == nil, "\(id): not in not-machine-checkable.json")
            default:
                Issue.record("\(id): unknown handling \(handled)")
            }
        }
        // Only the rows naming 1.0-WD apply to it; every one of them is in the document.
        let applied = fiveSafes.requirements.filter { fiveSafes.applies($0, to: draft) }.map(\.id)
        #expect(
            applied.filter { rows[$0] != "rule" }.isEmpty,
            "rows applied to 1.0-WD but not catalogued as rules: \(applied.filter { rows[$0] != "rule" })")
        #expect(applied.count == rows.values.filter { $0 == "rule" }.count)
    }
}
