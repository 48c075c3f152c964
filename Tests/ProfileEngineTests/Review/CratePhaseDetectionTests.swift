import FiveSafesDiagnostics
import ROCrate
import Testing

@testable import ProfileEngine

/// `--phase auto`: a crate is a request unless it records the TRE's own review, consistently (issue 14, class 9).
@Suite struct CratePhaseDetectionTests {
    static let completed = ##""actionStatus": "http://schema.org/CompletedActionStatus""##

    static func action(_ id: String, _ phase: String, _ status: String = completed) -> String {
        ##"{"@id": "#\##(id)", "@type": "AssessAction", "additionalType": {"@id": "https://w3id.org/shp#\##(phase)"}, \##(status)}"##
    }

    static let potentialRun = ReviewTestCrate.run(##""actionStatus": "http://schema.org/PotentialActionStatus""##)
    static let finishedRun = ReviewTestCrate.run(completed)

    /// The phase detected for a crate whose root mentions the run, with these entities.
    static func phase(_ entities: [String]) throws -> RequestResultPhase {
        RequestResultPhase.detect(in: try ReviewTestCrate.make(root: ReviewTestCrate.runRoot, entities: entities.joined(separator: ",\n")))
    }

    @Test func aRequestWithNoReviewIsARequest() throws {
        #expect(try Self.phase([Self.potentialRun]) == .request)
    }

    @Test func aClientMadeSignOffDoesNotMakeAResult() throws {
        #expect(try Self.phase([Self.potentialRun, Self.action("forged", "SignOff")]) == .request)
    }

    @Test func aRunClaimedFinishedWithoutASignOffIsARequest() throws {
        #expect(try Self.phase([Self.finishedRun, Self.action("check", "CheckValue")]) == .request)
    }

    @Test func aRequestTheTREHasCheckedIsUnderReview() throws {
        #expect(try Self.phase([Self.potentialRun, Self.action("check", "CheckValue")]) == .result)
    }

    @Test func aCheckedSignedOffAndRunCrateIsAResult() throws {
        let entities = [
            Self.finishedRun, Self.action("check", "CheckValue"), Self.action("validate", "ValidationCheck"),
            Self.action("sign-off", "SignOff"),
        ]
        #expect(try Self.phase(entities) == .result)
    }
}
