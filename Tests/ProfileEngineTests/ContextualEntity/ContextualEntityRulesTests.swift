import JSONLD
import ROCrate
import Testing

@testable import ProfileEngine

/// RC-CE-02 to RC-CE-06 on small crates.
@Suite struct ContextualEntityRulesTests {
    @Test func relativeIDsOfContextualEntitiesAreReported() throws {
        let crate = try EntityTestCrate.make(
            root: ##""author": [{"@id": "alice"}, {"@id": "#bob"}, {"@id": "_:c"}]"##,
            entities: [
                ##"{"@id": "alice", "@type": "Person"}"##,
                ##"{"@id": "#bob", "@type": "Person"}"##,
                ##"{"@id": "_:c", "@type": "Person"}"##,
                ##"{"@id": "sub/ro-crate-metadata.json", "@type": "CreativeWork"}"##,
                ##"{"@id": "paper.pdf", "@type": "ScholarlyArticle"}"##,
            ])
        #expect(EntityTestCrate.entities(LocalIdentifiersStartWithHash(), crate) == ["alice", "paper.pdf"])
        let payload = EntityTestCrate.payload(["paper.pdf": "%PDF"])
        #expect(EntityTestCrate.entities(LocalIdentifiersStartWithHash(), crate, payload: payload) == ["alice"])
    }

    @Test func affiliationsMustBeOrganizationsAndRootPublisherNotAPerson() throws {
        let crate = try EntityTestCrate.make(
            root: ##""publisher": {"@id": "#p"}, "author": {"@id": "#p"}"##,
            entities: [
                ##"{"@id": "#p", "@type": "Person", "affiliation": ["Uni", {"@id": "#org"}, {"@id": "#place"}, {"@id": "#undescribed"}, {"@id": "#uni"}]}"##,
                ##"{"@id": "#org", "@type": "Organization"}"##,
                ##"{"@id": "#place", "@type": "Place"}"##,
                ##"{"@id": "#uni", "@type": "CollegeOrUniversity"}"##,
            ])
        let found = EntityTestCrate.findings(AffiliationsAndPublishersAreOrganizations(), crate).compactMap(\.pointer?.description)
        #expect(found == ["/@graph/2/affiliation/0", "/@graph/2/affiliation/2", "/@graph/1/publisher"])
    }

    @Test func licencesNeedTypeNameDescriptionAndURL() throws {
        let crate = try EntityTestCrate.make(
            root: ##""license": [{"@id": "#custom"}, {"@id": "LICENSE.txt"}]"##,
            entities: [
                ##"{"@id": "#custom", "@type": "Thing", "name": "Custom"}"##,
                ##"{"@id": "LICENSE.txt", "@type": "File"}"##,
            ])
        let found = EntityTestCrate.findings(LicenseEntitiesAreDescribed(), crate).compactMap(\.property)
        #expect(found == ["@type", "@id", "description"])
    }

    @Test func subjectsKeywordsAndCitations() throws {
        let crate = try EntityTestCrate.make(
            root: ##"""
                "keywords": ["a", 3, {"@id": "#term"}],
                "citation": [{"@id": "https://doi.org/10.1/x"}, {"@id": "#paper"}, "Smith 2020"]
                """##, entities: [##"{"@id": "#term", "@type": "DefinedTerm", "dct:subject": "x", "keyword": "y"}"##])
        let found = EntityTestCrate.findings(SubjectsKeywordsAndCitationsUseSchemaTerms(), crate).compactMap(\.property)
        #expect(found == ["keywords", "citation", "dct:subject", "keyword"])
    }

    @Test func softwareNeedsNameURLAndVersionInEveryROCrateVersion() throws {
        let entities = [
            ##"{"@id": "#tool", "@type": "SoftwareApplication", "name": "Tool"}"##,
            ##"{"@id": "tool.py", "@type": ["File", "SoftwareApplication"]}"##,
        ]
        let crate12 = try EntityTestCrate.make(root: ##""hasPart": {"@id": "tool.py"}"##, entities: entities)
        let crate11 = try EntityTestCrate.make(root: ##""hasPart": {"@id": "tool.py"}"##, entities: entities, version: "1.1")
        #expect(EntityTestCrate.findings(SoftwareEntitiesHaveNameURLAndVersion(), crate12).compactMap(\.property) == ["url", "version"])
        #expect(EntityTestCrate.findings(SoftwareEntitiesHaveNameURLAndVersion(), crate11).compactMap(\.property) == ["url", "version"])
    }

    /// The MUST covers languages and `programmingLanguage` targets; other software is the SHOULD case.
    @Test func onlySoftwareThatIsNoLanguageIsTheSoftwareApplicationCase() throws {
        let crate = try EntityTestCrate.make(
            root: ##""mentions": {"@id": "#wf"}"##,
            entities: [
                ##"{"@id": "#wf", "@type": "SoftwareSourceCode", "programmingLanguage": {"@id": "#nextflow"}}"##,
                ##"{"@id": "#nextflow", "@type": "SoftwareApplication", "name": "Nextflow"}"##,
                ##"{"@id": "#cwl", "@type": "ComputerLanguage", "name": "CWL", "url": "https://www.commonwl.org/"}"##,
                ##"{"@id": "#agent", "@type": "SoftwareApplication", "name": "TRE agent", "url": "https://tre.example/"}"##,
            ])
        let found = EntityTestCrate.findings(SoftwareEntitiesHaveNameURLAndVersion(), crate)
            .map { "\($0.entity ?? "") \($0.property ?? "") \($0.levelCase ?? "-")" }
        #expect(
            found == [
                "#nextflow url -", "#nextflow version -", "#cwl version -", "#agent version software-application",
            ])
    }
}
