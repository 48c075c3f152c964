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

    /// Each entity's references, resolved at load: member then value order, the first entity of an `@id` given
    /// twice, nil for undescribed `@id`s, literals and keyword members left out, positions right after non-object
    /// `@graph` items, and an entity of another crate resolved on the spot.
    @Test func linksResolveEveryReferenceInOrder() throws {
        let json = """
            {"@graph": [
              7,
              {"@id": "./", "hasPart": [{"@id": "b"}, "literal", {"@id": "gone"}, {"@id": "a"}],
               "@reverse": {"x": {"@id": "a"}}, "author": {"@id": "a"}},
              [],
              {"@id": "a", "hasPart": {"@id": "b"}, "hasPart": [{"@id": "./"}]},
              {"@id": "b"},
              {"@id": "b", "about": {"@id": "b"}}
            ]}
            """
        let crate = try crate(json)
        let describe = { (entity: Entity) in
            crate.links(of: entity).map { link in
                "\(entity.object.members[link.member].key)[\(link.index.map(String.init) ?? "-")] \(link.id)→\(link.target.map { crate.entities[$0].index }.map(String.init) ?? "none")"
            }
        }
        let root = try #require(crate.entity("./"))
        #expect(describe(root) == ["hasPart[0] b→4", "hasPart[2] gone→none", "hasPart[3] a→3", "author[-] a→3"])
        #expect(describe(try #require(crate.entity("a"))) == ["hasPart[-] b→4", "hasPart[0] ./→1"])
        #expect(describe(crate.entities[3]) == ["about[-] b→4"])
        // The values of one property: the first member of that name only, literals with no target.
        var values: [String] = []
        crate.forEachValue("hasPart", of: try #require(crate.entity("a"))) { node, index, target in
            values.append("\(node.referenceID ?? "?") \(index.map(String.init) ?? "-") \(target?.label ?? "none")")
        }
        #expect(values == ["b - b"])
        values = []
        crate.forEachValue("hasPart", of: root) { node, index, target in
            values.append("\(node.referenceID ?? node.value.stringValue ?? "?") \(index ?? -1) \(target?.label ?? "none")")
        }
        #expect(values == ["b 0 b", "literal 1 none", "gone 2 none", "a 3 a"])
        // An entity that is not this crate's (same index, other object) is resolved against this crate's ids.
        let stranger = Entity(index: 1, object: try #require(crate.entity("a")).object, offset: 0)
        #expect(describe(stranger) == ["hasPart[-] b→4", "hasPart[0] ./→1"])
    }

    /// Large graphs are resolved in parallel slices (of entities, then of references): every entity's links equal
    /// a lookup of each `@id` one by one, and the reverse references agree with them.
    @Test func linksOfALargeGraphMatchOneLookupPerReference() throws {
        let count = 20_000
        var items = [#"{"@id": "./", "hasPart": ["# + (0..<count).map { #"{"@id": "f\#($0)"}"# }.joined(separator: ",") + "]}"]
        for number in 0..<count {
            // Every seventh entity points at an undescribed id; the others at a neighbour.
            let target = number % 7 == 0 ? "missing\(number)" : "f\((number * 31) % count)"
            items.append(#"{"@id": "f\#(number)", "isPartOf": [{"@id": "./"}, {"@id": "\#(target)"}]}"#)
        }
        let crate = try crate(#"{"@graph": ["# + items.joined(separator: ",\n") + "]}")
        var referrers = [String: [String]]()
        var mismatched: [String] = []
        for entity in crate.entities {
            var expected: [String] = []
            for member in entity.object.members where !member.key.hasPrefix("@") {
                entity.forEachValue(of: member) { node, _ in
                    if let id = node.referenceID { expected.append("\(id) \(crate.entity(id)?.index ?? -1)") }
                }
            }
            let links = crate.links(of: entity).map { "\($0.id) \($0.target.map { crate.entities[$0].index } ?? -1)" }
            if links != expected { mismatched.append(entity.label) }
            for link in crate.links(of: entity) { referrers[link.id, default: []].append(entity.label) }
        }
        #expect(mismatched.prefix(5) == [], "\(mismatched.count) entities' links differ from one lookup per reference")
        for id in ["./", "f0", "f31", "missing7", "f19999"] {
            #expect(crate.references(to: id).map { crate.entity(at: $0).label } == referrers[id] ?? [], "\(id)")
        }
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
