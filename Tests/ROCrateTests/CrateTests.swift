import JSONLD
import ROCrate
import Testing

@Suite struct CrateTests {
    static let sample = """
        {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
          {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
           "conformsTo": {"@id": "https://w3id.org/ro/crate/1.2"}},
          {"@id": "./", "@type": "Dataset", "mainEntity": {"@id": "https://w/1"},
           "mentions": [{"@id": "#log"}, {"@id": "#run"}], "hasPart": {"@id": "in.txt"}},
          {"@id": "#log", "@type": "CreateAction", "instrument": {"@id": "#tool"}},
          {"@id": "#run", "@type": "CreateAction", "instrument": {"@id": "https://w/1"},
           "actionStatus": "http://schema.org/CompletedActionStatus"},
          {"@id": "in.txt", "@type": "MediaObject"},
          {"@id": "in.txt", "@type": "File"},
          "not an entity"
        ]}
        """

    private func crate(_ json: String = sample) throws -> Crate {
        try CrateLoader().load(Array(json.utf8), fileName: "ro-crate-metadata.json")
    }

    @Test func indexesEntitiesByIDAndReportsDuplicates() throws {
        let crate = try crate()
        #expect(crate.entities.count == 6)
        #expect(crate.entity("#run")?.index == 3)
        #expect(crate.duplicateIDs["in.txt"] == [4, 5])
        #expect(crate.nonObjectItems.map(\.index) == [6])
    }

    @Test func findsDescriptorRootAndVersion() throws {
        let crate = try crate()
        #expect(crate.descriptor?.id == "ro-crate-metadata.json")
        #expect(crate.root?.id == "./")
        #expect(crate.roCrateVersion == "1.2")
        #expect(crate.isROCrate12OrLater)
    }

    @Test func matchesTypesByExpandedIRI() throws {
        let crate = try crate()
        let file = try #require(crate.entity("in.txt"))
        #expect(crate.hasType(file, "File"))
        #expect(crate.entities(ofType: "File").map(\.index) == [4, 5])
        #expect(!crate.hasType(file, "Dataset"))
    }

    @Test func theRunActionIsTheMentionedCreateActionWhoseInstrumentIsTheMainEntity() throws {
        let crate = try crate()
        #expect(crate.runActions.map(\.label) == ["#run"])
        #expect(crate.actionStatus(of: crate.runActions[0]) == .completed)
    }

    @Test func reverseIndexListsWhoRefersToAnID() throws {
        let crate = try crate()
        let references = crate.references(to: "#run")
        #expect(references.map(\.property) == ["mentions"])
        #expect(crate.entity(at: references[0]).id == "./")
    }

    /// The reverse index groups references by the entity referenced: each group in graph order, references to an
    /// `@id` given twice under its first entity, references to undescribed `@id`s by `@id`, no reference twice.
    @Test func reverseIndexGroupsEveryReferenceInGraphOrder() throws {
        let crate = try crate()
        let describe = { (id: String) in crate.references(to: id).map { "\(crate.entity(at: $0).label) \($0.property)" } }
        #expect(describe("./") == ["ro-crate-metadata.json about"])
        #expect(describe("https://w/1") == ["./ mainEntity", "#run instrument"])
        #expect(describe("#tool") == ["#log instrument"])
        #expect(describe("in.txt") == ["./ hasPart"])
        #expect(describe("https://w3id.org/ro/crate/1.2") == ["ro-crate-metadata.json conformsTo"])
        #expect(describe("#nobody").isEmpty)
        #expect(describe("ro-crate-metadata.json").isEmpty)
    }

    @Test(arguments: [
        ("", "empty"),
        ("[1]", "topLevelNotObject"),
        ("{\"@context\": {}}", "graphMissing"),
        ("{\"@graph\": {}}", "graphNotArray"),
        ("{\"@graph\": [", "notJSON"),
    ])
    func loadFailuresSayWhy(json: String, expected: String) {
        do {
            _ = try CrateLoader().load(Array(json.utf8), fileName: "x.json")
            Issue.record("\(json) loaded")
        } catch {
            #expect("\(error)".hasPrefix(expected))
        }
    }
}
