import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// The 1.0-WD reference and federation checks (5S-REF-01, 5S-FED-01, 5S-FED-03) on the cases the fixtures do not
/// show: which entities count as references and as node references, self-reference, and the record's identity.
@Suite struct FederationChecksTests {
    static let node = "https://node-a.example.org/provenance/R/run-1/versions/4"

    /// A 1.0 record whose root has `identifier` R/current and `dct:isVersionOf` R, plus the given members and entities.
    func crate(root: String, entities: String) throws -> Crate {
        try RequestTestCrate.make(
            root: #""identifier": {"@id": "https://fed.example.org/R/current"}, "dct:isVersionOf": {"@id": "https://fed.example.org/R"}, "#
                + root,
            entities: entities, context: #"["https://w3id.org/ro/crate/1.3/context"]"#)
    }

    func reference(_ extra: String = "", id: String = node) -> String {
        #"{"@id": "\#(id)", "@type": "Dataset", "conformsTo": {"@id": "https://w3id.org/ro/crate"}\#(extra)}"#
    }

    @Test func aDataDownloadOfAnROCrateIsNoReferenceAndADatasetWithAnIsVersionOfIs() throws {
        let download =
            #"{"@id": "https://example.org/wf.zip", "@type": "DataDownload", "conformsTo": {"@id": "https://w3id.org/ro/crate"}}"#
        let bare =
            #"{"@id": "https://node-b.example.org/p/versions/1", "@type": "Dataset", "dct:isVersionOf": {"@id": "https://node-b.example.org/p"}}"#
        let found = try crate(
            root: #""hasPart": {"@id": "https://node-b.example.org/p/versions/1"}"#, entities: [download, bare].joined(separator: ", "))
        #expect(found.referencedCrates.compactMap(\.id) == ["https://node-b.example.org/p/versions/1"])
        #expect(RequestTestCrate.messages(ReferencedCratesAreDescribed(), found).isEmpty)
    }

    @Test func aCrateThatReferencesItselfIsReported() throws {
        let found = try crate(
            root: #""hasPart": {"@id": "https://fed.example.org/R/current"}"#, entities: reference(id: "https://fed.example.org/R/current"))
        #expect(
            RequestTestCrate.messages(ReferencedCratesAreDescribed(), found) == [
                "the referenced RO-Crate `https://fed.example.org/R/current` is this crate's own identifier; an RO-Crate cannot reference itself"
            ])
    }

    @Test func aReferenceNotTypedDatasetWithARelativeIDIsReportedForBoth() throws {
        let odd = #"{"@id": "node/", "@type": "CreativeWork", "conformsTo": {"@id": "https://w3id.org/ro/crate"}}"#
        let messages = RequestTestCrate.messages(
            ReferencedCratesAreDescribed(), try crate(root: #""hasPart": {"@id": "node/"}"#, entities: odd))
        #expect(messages.count == 2, "\(messages)")
        #expect(
            messages.contains { $0.contains("is not typed Dataset") }
                && messages.contains { $0.contains("not identified by an absolute IRI") })
    }

    @Test func aReferenceAProcessNamesIsNoNodeCrate() throws {
        // A decision's subject: named by the AuthorizeAction, so 5S-FED-01's node requirements do not apply.
        let decision =
            #"{"@id": "urn:uuid:5b0c1f1e-0000-4000-8000-000000000001", "@type": ["AuthorizeAction", "prov:Activity"], "object": {"@id": "\#(Self.node)"}}"#
        let found = try crate(root: #""hasPart": {"@id": "\#(Self.node)"}"#, entities: reference() + ", " + decision)
        #expect(found.referencedCrates.count == 1 && found.nodeCrateReferences.isEmpty)
        #expect(RequestTestCrate.messages(NodeCratesAreFixedAndNameTheirSubject(), found).isEmpty)
        #expect(RequestTestCrate.messages(NodeCratesNamePublisher(), found).isEmpty)
    }

    @Test func aSnapshotsPreviousVersionIsNoNodeCrate() throws {
        // `provenance snapshot --previous` describes the predecessor as a reference with the record's own identity;
        // it is the versioning chain (named by pav:previousVersion), not a federated node.
        let previous = "https://fed.example.org/R/versions/1"
        let found = try crate(
            root: #""version": 2, "pav:previousVersion": {"@id": "\#(previous)"}, "hasPart": {"@id": "\#(previous)"}"#,
            entities: reference(#", "version": 1, "dct:isVersionOf": {"@id": "https://fed.example.org/R"}"#, id: previous))
        #expect(found.referencedCrates.count == 1 && found.nodeCrateReferences.isEmpty)
        #expect(RequestTestCrate.messages(NodeCratesAreFixedAndNameTheirSubject(), found).isEmpty)
        // The same reference named only by hasPart is a node, and using the record's identity is then reported.
        let node = try crate(
            root: #""hasPart": {"@id": "\#(previous)"}"#,
            entities: reference(#", "version": 1, "dct:isVersionOf": {"@id": "https://fed.example.org/R"}"#, id: previous))
        #expect(node.nodeCrateReferences.count == 1)
        #expect(RequestTestCrate.messages(NodeCratesAreFixedAndNameTheirSubject(), node).contains { $0.contains("dct:isVersionOf") })
    }

    @Test func aNodeCrateNeedsAboutAsAbsoluteIRIsAVersionADateAndItsOwnRecordIdentity() throws {
        let node = reference(
            #", "about": "the analysis", "version": "4", "dct:isVersionOf": {"@id": "https://fed.example.org/R"}"#)
        let messages = RequestTestCrate.messages(
            NodeCratesAreFixedAndNameTheirSubject(), try crate(root: #""hasPart": {"@id": "\#(Self.node)"}"#, entities: node))
        #expect(messages.count == 4, "\(messages)")
        #expect(messages.contains { $0.contains("the about `the analysis`") })
        #expect(messages.contains { $0.contains("has no integer version") }, "a string \"4\" is not a fixed snapshot's version")
        #expect(messages.contains { $0.contains("has no datePublished") })
        #expect(messages.contains { $0.contains("uses the federated record's identity `https://fed.example.org/R`") })
    }

    @Test func aPublisherThatIsNotADescribedOrganizationIsReported() throws {
        let node = reference(#", "publisher": {"@id": "https://node-a.example.org/tre"}"#)
        let person = #"{"@id": "https://node-a.example.org/tre", "@type": "Person", "name": "Someone"}"#
        let found = try crate(root: #""hasPart": {"@id": "\#(Self.node)"}"#, entities: node + ", " + person)
        #expect(
            RequestTestCrate.messages(NodeCratesNamePublisher(), found) == [
                "the publisher of the node provenance RO-Crate `\(Self.node)` is not a described Organization"
            ])
    }
}
