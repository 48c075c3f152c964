import Testing

@testable import ProfileEngine

@Suite struct ReviewOrderTests {
    private func signOffMessages(signOff: String, run: String) throws -> [String] {
        let crate = try ReviewTestCrate.make(
            root: ReviewTestCrate.runRoot.replacing(##"[{"@id": "#run"}]"##, with: ##"[{"@id": "#run"}, {"@id": "#so"}]"##),
            entities: ReviewTestCrate.run(run)
                + ##", {"@id": "#so", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#SignOff"}, \##(signOff)}"##
        )
        return ReviewTestCrate.messages(SignOffPrecedesExecution(), crate)
    }

    private let completed = ##""actionStatus": "http://schema.org/CompletedActionStatus""##

    @Test func signOffBeforeTheRunPasses() throws {
        let found = try signOffMessages(
            signOff: completed + ##", "endTime": "2026-11-24T14:20:00Z""##,
            run: completed + ##", "startTime": "2026-11-24T15:00:00Z", "endTime": "2026-11-24T16:00:00Z""##)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func signOffEndingAfterTheRunBeganIsReported() throws {
        let found = try signOffMessages(
            signOff: completed + ##", "endTime": "2026-11-24T15:20:00Z""##,
            run: completed + ##", "startTime": "2026-11-24T15:00:00Z""##)
        #expect(found.count == 1)
        #expect(found.first?.contains("sign-off happens before execution") == true)
    }

    @Test func offsetsAreComparedAsInstants() throws {
        // 15:20+02:00 is 13:20Z, before the run starts at 15:00Z.
        let found = try signOffMessages(
            signOff: completed + ##", "endTime": "2026-11-24T15:20:00+02:00""##,
            run: completed + ##", "startTime": "2026-11-24T15:00:00Z""##)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func onlyDefiniteViolationsAreReported() throws {
        // The run has only an endTime after the sign-off ended: its start is unknown, so no violation is certain.
        let unknown = try signOffMessages(
            signOff: completed + ##", "endTime": "2026-11-24T15:20:00Z""##,
            run: completed + ##", "endTime": "2026-11-24T16:00:00Z""##)
        #expect(unknown.isEmpty, "\(unknown)")
        // The run ended before the sign-off ended: it certainly started before.
        let certain = try signOffMessages(
            signOff: completed + ##", "endTime": "2026-11-24T15:20:00Z""##,
            run: completed + ##", "endTime": "2026-11-24T15:10:00Z""##)
        #expect(certain.count == 1)
    }

    @Test func pendingActionsAreIgnored() throws {
        let found = try signOffMessages(
            signOff: ##""actionStatus": "http://schema.org/PotentialActionStatus", "startTime": "2026-12-01T00:00:00Z""##,
            run: completed + ##", "startTime": "2026-11-24T15:00:00Z""##)
        #expect(found.isEmpty, "\(found)")
    }
}
