import FiveSafesDiagnostics
import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct DataEntitiesAreReachableFromRootTests {
    @Test func nestedDatasetsLinkTheirParts() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "a/"}]"##,
            entities: [
                ##"{"@id": "a/", "@type": "Dataset", "hasPart": {"@id": "a/b/"}}"##,
                ##"{"@id": "a/b/", "@type": "Dataset", "hasPart": [{"@id": "a/b/c.txt"}]}"##,
                ##"{"@id": "a/b/c.txt", "@type": "File"}"##,
                ##"{"@id": "loose.txt", "@type": "File"}"##,
                ##"{"@id": "https://example.org/loose.csv", "@type": "File"}"##,
            ])
        #expect(EntityTestCrate.entities(DataEntitiesAreReachableFromRoot(), crate) == ["loose.txt", "https://example.org/loose.csv"])
    }

    @Test func cyclesEndAndRootIsNotAPart() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "a/"}]"##,
            entities: [
                ##"{"@id": "a/", "@type": "Dataset", "hasPart": [{"@id": "./"}, {"@id": "a/"}]}"##
            ])
        #expect(EntityTestCrate.entities(DataEntitiesAreReachableFromRoot(), crate).isEmpty)
    }

    @Test func thumbnailsHashIDsAndThePreviewAreExempt() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "img.png"}]"##,
            entities: [
                ##"{"@id": "img.png", "@type": "File", "thumbnail": {"@id": "img-small.png"}}"##,
                ##"{"@id": "img-small.png", "@type": "File"}"##,
                ##"{"@id": "#to-be-created", "@type": "File"}"##,
                ##"{"@id": "ro-crate-preview.html", "@type": "File"}"##,
            ])
        #expect(EntityTestCrate.entities(DataEntitiesAreReachableFromRoot(), crate).isEmpty)
    }

    @Test func aRepeatedIDIsReachedWhenItsFirstEntityIs() throws {
        let crate = try EntityTestCrate.make(
            root: ##""hasPart": [{"@id": "a.txt"}]"##,
            entities: [
                ##"{"@id": "a.txt", "@type": "File"}"##,
                ##"{"@id": "a.txt", "@type": "File", "name": "again"}"##,
                ##"{"@id": "b.txt", "@type": "File"}"##,
            ])
        #expect(EntityTestCrate.entities(DataEntitiesAreReachableFromRoot(), crate) == ["b.txt"])
        // The validator's shared facts (reached entities marked by index) give the same answer.
        var context = CheckContext(crate: crate, phase: .result)
        context.facts = CrateFacts(crate)
        #expect(DataEntitiesAreReachableFromRoot().evaluate(in: context).compactMap(\.entity) == ["b.txt"])
    }
}
