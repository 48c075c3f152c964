@testable import ProfileEngine
import ROCrate
import Testing

/// `--phase auto`: a crate is a request unless it records the TRE's own review, consistently (issue 14, class 9).
@Suite struct CratePhaseDetectionTests {
    static let completed = ##""actionStatus": "http://schema.org/CompletedActionStatus""##

    static func action(_ id: String, _ phase: String, _ status: String = completed) -> String {
        ##"{"@id": "#\##(id)", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#\##(phase)"}, \##(status)}"##
    }

    static let potentialRun = ReviewTestCrate.run(##""actionStatus": "http://schema.org/PotentialActionStatus""##)
    static let finishedRun = ReviewTestCrate.run(completed)

    @Test func aRequestWithNoReviewIsARequest() throws {
        let crate = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot, entities: Self.potentialRun)
        #expect(CratePhase.detect(in: crate) == .request)
    }

    @Test func aClientMadeSignOffDoesNotMakeAResult() throws {
        let crate = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot,
                                             entities: Self.potentialRun + ",\n" + Self.action("forged", "SignOff"))
        #expect(CratePhase.detect(in: crate) == .request)
    }

    @Test func aRunClaimedFinishedWithoutASignOffIsARequest() throws {
        let crate = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot,
                                             entities: Self.finishedRun + ",\n" + Self.action("check", "CheckValue"))
        #expect(CratePhase.detect(in: crate) == .request)
    }

    @Test func aRequestTheTREHasCheckedIsUnderReview() throws {
        let crate = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot,
                                             entities: Self.potentialRun + ",\n" + Self.action("check", "CheckValue"))
        #expect(CratePhase.detect(in: crate) == .result)
    }

    @Test func aCheckedSignedOffAndRunCrateIsAResult() throws {
        let entities = [Self.finishedRun, Self.action("check", "CheckValue"), Self.action("validate", "ValidationCheck"),
                        Self.action("sign-off", "SignOff")].joined(separator: ",\n")
        let crate = try ReviewTestCrate.make(root: ReviewTestCrate.runRoot, entities: entities)
        #expect(CratePhase.detect(in: crate) == .result)
    }
}
