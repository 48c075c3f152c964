import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct DataEntityScopeTests {
    @Test func absoluteURIsNeedATwoLetterScheme() {
        #expect(DataEntityScope.isAbsoluteURI("https://example.org/a"))
        #expect(DataEntityScope.isAbsoluteURI("mailto:a@example.org"))
        #expect(DataEntityScope.isAbsoluteURI("arcp://uuid,0f2a/data/"))
        #expect(!DataEntityScope.isAbsoluteURI("C:/data/x.txt"))
        #expect(!DataEntityScope.isAbsoluteURI("_:b0"))
        #expect(!DataEntityScope.isAbsoluteURI("data/a:b.txt"))
        #expect(!DataEntityScope.isAbsoluteURI("#x"))
    }

    @Test func payloadPathDecodesAndNormalises() {
        #expect(DataEntityScope.payloadPath(of: "Results%20and%20Diagrams/almost-50%25.png") == "Results and Diagrams/almost-50%.png")
        #expect(DataEntityScope.payloadPath(of: "./outputs/") == "outputs")
        #expect(DataEntityScope.payloadPath(of: "table.csv#row=2") == "table.csv")
        #expect(DataEntityScope.payloadPath(of: "%E9%9D%A2%E8%AF%95.mp4") == "面试.mp4")
        #expect(DataEntityScope.payloadPath(of: "50%.txt") == "50%.txt")
        #expect(DataEntityScope.payloadPath(of: "./") == "")
    }

    @Test func dataEntitiesAreFilesAndDatasetsWithPathsOrURIs() throws {
        let crate = try EntityTestCrate.make(entities: [
            ##"{"@id": "a.txt", "@type": "File"}"##,
            ##"{"@id": "https://example.org/d/", "@type": "Dataset"}"##,
            ##"{"@id": "#planned", "@type": "File"}"##,
            ##"{"@id": "_:b", "@type": "File"}"##,
            ##"{"@id": "https://w3id.org/x/profile", "@type": ["Dataset", "Profile"]}"##,
            ##"{"@id": "#alice", "@type": "Person"}"##,
        ])
        #expect(DataEntityScope.dataEntities(in: crate).compactMap(\.id) == ["a.txt", "https://example.org/d/"])
    }
}
