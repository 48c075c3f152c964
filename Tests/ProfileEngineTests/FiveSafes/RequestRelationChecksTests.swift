import ROCrate
import Testing

@testable import ProfileEngine

/// Cross-entity checks of the run request: instrument, project membership, affiliations, identifiers.
@Suite struct RequestRelationChecksTests {
    private static let root = #"""
        "mainEntity": {"@id": "https://w/1"}, "mentions": {"@id": "#run"}, "sourceOrganization": {"@id": "#p"}
        """#

    private func crate(run: String = ##""instrument": {"@id": "https://w/1"}"##, agent: String, more: String = "") throws
        -> Crate
    {
        try RequestTestCrate.make(
            root: Self.root,
            entities: """
                {"@id": "https://w/1", "@type": "Dataset"},
                {"@id": "#run", "@type": "CreateAction", "agent": {"@id": "#a"}, \(run)},
                {"@id": "#a", "@type": "Person"\(agent.isEmpty ? "" : ", " + agent)}\(more.isEmpty ? "" : ", " + more)
                """)
    }

    @Test func instrumentMustBeAReferenceToTheMainEntity() throws {
        let good = try crate(agent: "")
        #expect(RequestTestCrate.messages(RunInstrumentIsMainEntity(), good).isEmpty)
        let bad = try crate(run: ##""instrument": [{"@id": "https://w/1"}, "https://w/1", {"@id": "#tool"}]"##, agent: "")
        #expect(RequestTestCrate.messages(RunInstrumentIsMainEntity(), bad).count == 2)
    }

    @Test func memberOfIsOnlyCheckedWhenPresent() throws {
        let none = try crate(agent: "")
        #expect(RequestTestCrate.messages(AgentIsMemberOfResponsibleProject(), none).isEmpty)
        let other = try crate(agent: ##""memberOf": {"@id": "#q"}"##)
        #expect(RequestTestCrate.messages(AgentIsMemberOfResponsibleProject(), other).count == 1)
        let both = try crate(agent: ##""memberOf": [{"@id": "#q"}, {"@id": "#p"}]"##)
        #expect(RequestTestCrate.messages(AgentIsMemberOfResponsibleProject(), both).isEmpty)
    }

    @Test func affiliationMustBeAMemberOnlyOfTheResponsibleProjectTheAgentBelongsTo() throws {
        let project = ##"{"@id": "#p", "@type": "Project", "member": {"@id": "#org1"}}"##
        let matching = try crate(agent: ##""memberOf": {"@id": "#p"}, "affiliation": [{"@id": "#org2"}, {"@id": "#org1"}]"##, more: project)
        #expect(RequestTestCrate.messages(AgentAffiliationIsProjectMember(), matching).isEmpty)
        let mismatch = try crate(agent: ##""memberOf": {"@id": "#p"}, "affiliation": {"@id": "#org2"}"##, more: project)
        #expect(RequestTestCrate.messages(AgentAffiliationIsProjectMember(), mismatch).count == 1)
        let notMember = try crate(agent: ##""memberOf": {"@id": "#q"}, "affiliation": {"@id": "#org2"}"##, more: project)
        #expect(RequestTestCrate.messages(AgentAffiliationIsProjectMember(), notMember).isEmpty)
        let noMembers = try crate(
            agent: ##""memberOf": {"@id": "#p"}, "affiliation": {"@id": "#org2"}"##,
            more: ##"{"@id": "#p", "@type": "Project"}"##
        )
        #expect(RequestTestCrate.messages(AgentAffiliationIsProjectMember(), noMembers).isEmpty)
    }

    @Test func localIdentifiersNeedAPropertyValueWithNameAndValue() throws {
        let project = #"""
            {"@id": "#p", "@type": "Project", "identifier": ["81", 82, "https://tre/p/81", "tre72-81", {"@id": "_:a"}, {"@id": "_:b"}]},
            {"@id": "_:a", "@type": "PropertyValue", "name": "tre72", "value": "81"},
            {"@id": "_:b", "@type": "PropertyValue", "name": " "}
            """#
        let found = RequestTestCrate.messages(ProjectLocalIdentifiersArePropertyValues(), try crate(agent: "", more: project))
        #expect(found.count == 3, "\(found)")
        #expect(found.last?.hasSuffix("a PropertyValue without name and value") == true)
    }
}
