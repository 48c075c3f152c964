import FiveSafesTestSupport
import Foundation
import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// The one walk of the graph for every ``EntityCheck``: each check sees exactly the entities it subscribes to, in
/// graph order, and cutting the walk into ranges (as the validator does, across cores) changes no finding.
@Suite struct GraphWalkTests {
    /// Records what it is handed, and reports each entity it sees as a finding (the walk's output is its input).
    struct Recorder: EntityCheck {
        static let name = "recorder"
        let subscription: EntitySubscription

        func crateFindings(in context: CheckContext) -> [Finding] { [Finding(message: "crate")] }

        func inspect(_ entity: Entity, in context: CheckContext, memo: inout Void, into findings: inout [Finding]) {
            findings.append(Finding(entity: entity.label))
        }
    }

    /// A graph with a non-object item (so graph indexes and entity positions differ), a typed IRI and several
    /// `File`s, one with two types.
    private func crate() throws -> Crate {
        try RequestTestCrate.make(
            root: #""hasPart": [{"@id": "a.txt"}, {"@id": "b.txt"}, {"@id": "c.txt"}]"#,
            entities: """
                "not an entity",
                {"@id": "a.txt", "@type": "File", "startTime": "2026-01-01T00:00:00Z"},
                {"@id": "#p", "@type": "Person", "name": "P"},
                {"@id": "b.txt", "@type": ["File", "SoftwareSourceCode"]},
                {"@id": "#q", "@type": "http://schema.org/Person", "endTime": "x"},
                {"@id": "c.txt", "@type": "http://schema.org/MediaObject"}
                """)
    }

    private func seen(_ subscription: EntitySubscription, ranges: Int) throws -> [String?] {
        let walk = GraphWalk(checks: [Recorder(subscription: subscription)], context: CheckContext(crate: try crate()), rangeCount: ranges)
        return walk.findings()[0].map { $0.entity ?? $0.message }
    }

    @Test(arguments: [1, 2, 3, 7, 100])
    func everyEntitySubscriptionSeesEveryEntityInGraphOrder(ranges: Int) throws {
        #expect(try seen(.everyEntity, ranges: ranges) == ["crate", "ro-crate-metadata.json", "./", "a.txt", "#p", "b.txt", "#q", "c.txt"])
    }

    @Test(arguments: [1, 2, 3, 7, 100])
    func typeSubscriptionSeesEntitiesOfThoseTypesOnce(ranges: Int) throws {
        // RO-Crate's context maps `File` to schema.org's MediaObject: the IRI-typed `c.txt` is a File too.
        #expect(try seen(.types(["File"]), ranges: ranges) == ["crate", "a.txt", "b.txt", "c.txt"])
        // The compact term and the IRI name the same type; an entity with two subscribed types is seen once.
        #expect(try seen(.types(["Person", "SoftwareSourceCode"]), ranges: ranges) == ["crate", "#p", "b.txt", "#q"])
        #expect(
            try seen(.types(["Dataset", "http://schema.org/MediaObject"]), ranges: ranges) == ["crate", "./", "a.txt", "b.txt", "c.txt"])
        #expect(try seen(.types(["Organization"]), ranges: ranges) == ["crate"])
    }

    @Test(arguments: [1, 2, 3, 7, 100])
    func propertySubscriptionSeesEntitiesWithThoseProperties(ranges: Int) throws {
        #expect(try seen(.properties(["startTime", "endTime"]), ranges: ranges) == ["crate", "a.txt", "#q"])
        #expect(try seen(.properties(["hasPart"]), ranges: ranges) == ["crate", "./"])
    }

    /// Every built-in entity check, on every invalid and valid fixture crate: the findings of a walk cut into one
    /// range per entity equal, in order, those of one uncut walk (so no check's memo carries a finding across
    /// entities, and joining ranges keeps graph order).
    @Test func cuttingTheWalkIntoRangesChangesNoFinding() throws {
        let registry = CheckRegistry.builtIn
        let checks = registry.names.sorted().compactMap { registry[$0] as? any EntityCheck }
        #expect(checks.count >= 12)
        var compared = 0
        for kind in ["invalid", "valid"] {
            for name in Fixtures.crates(in: kind) {
                let file = Fixtures.root.appendingPathComponent("crates/\(kind)/\(name)/ro-crate-metadata.json")
                guard let bytes = try? Data(contentsOf: file),
                    let crate = try? CrateLoader().load(Array(bytes), fileName: "ro-crate-metadata.json")
                else { continue }
                var context = CheckContext(crate: crate)
                context.facts = CrateFacts(crate)
                let whole = GraphWalk(checks: checks, context: context).findings()
                let cut = GraphWalk(checks: checks, context: context, rangeCount: crate.entities.count).findings()
                #expect(cut.count == whole.count)
                for (check, findings) in zip(checks, zip(whole, cut)) {
                    #expect(
                        findings.0.map(Self.describe) == findings.1.map(Self.describe),
                        "\(type(of: check).name) on \(kind)/\(name)")
                }
                compared += 1
            }
        }
        #expect(compared > 200)
    }

    private static func describe(_ finding: Finding) -> String {
        [finding.entity, finding.property, finding.pointer?.description, finding.offset.map(String.init), finding.message]
            .map { $0 ?? "-" }.joined(separator: "|")
    }

    /// The standalone ``EntityCheck/evaluate(in:)`` is the walk of that one check.
    @Test func evaluateIsTheWalkOfOneCheck() throws {
        let recorder = Recorder(subscription: .types(["File"]))
        let found = recorder.evaluate(in: CheckContext(crate: try crate()))
        #expect(found.map { $0.entity ?? $0.message } == ["crate", "a.txt", "b.txt", "c.txt"])
    }
}
