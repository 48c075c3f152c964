import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct CurationActionsAreDescribedTests {
    /// The missing properties reported; CreateActions are not mentioned, or they would be the run action.
    private func missing(_ action: String, mentioned: Bool = true) throws -> [String] {
        let crate = try EntityTestCrate.make(root: mentioned ? ##""mentions": {"@id": "#a"}"## : "", entities: [action])
        return EntityTestCrate.findings(CurationActionsAreDescribed(), crate).compactMap(\.property)
    }

    @Test func updateActionNeedsObjectNameAgentAndEndTime() throws {
        #expect(try missing(##"{"@id": "#a", "@type": "UpdateAction"}"##) == ["object", "name", "agent", "endTime"])
    }

    @Test func manifestUpdateAndUnfinishedActionsNeedNoEndTime() throws {
        let manifests =
            ##"{"@id": "#a", "@type": "UpdateAction", "name": "n", "object": {"@id": "./"}, "agent": {"@id": "#s"}, "additionalType": {"@id": "https://w3id.org/shp#GenerateCheckValue"}, "actionStatus": "http://schema.org/CompletedActionStatus"}"##
        let active =
            ##"{"@id": "#a", "@type": "UpdateAction", "name": "n", "object": {"@id": "./"}, "agent": {"@id": "#s"}, "actionStatus": "http://schema.org/ActiveActionStatus"}"##
        #expect(try missing(manifests).isEmpty)
        #expect(try missing(active).isEmpty)
    }

    @Test func createActionCountsOnlyWhenItsObjectIsTheRoot() throws {
        let curation =
            ##"{"@id": "#a", "@type": "CreateAction", "object": {"@id": "./"}, "name": "n", "agent": {"@id": "#s"}, "endTime": "2026-01-01T00:00:00Z", "actionStatus": "Done"}"##
        let tool = ##"{"@id": "#a", "@type": "CreateAction", "object": {"@id": "in.txt"}}"##
        #expect(try missing(curation, mentioned: false) == ["actionStatus"])
        #expect(try missing(tool, mentioned: false).isEmpty)
    }
}
