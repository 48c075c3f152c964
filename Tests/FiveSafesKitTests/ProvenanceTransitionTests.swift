import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Each illegal move is refused with the catalogue rule that forbids it, and recorded with `force`.
@Suite struct ProvenanceTransitionTests {
    /// Records a step and returns the rule of the refusal (nil when recorded).
    func refusal(_ request: ProvenanceRequest, in crate: String) throws -> String? {
        do {
            _ = try LifecycleScript.recorder.record(request, in: crate)
            return nil
        } catch .refused(let refusal) {
            return refusal.rule
        }
    }

    let failedDisclosure = LifecycleScript.request(
        .disclose, .failed, agent: LifecycleScript.reviewer,
        start: "2026-11-25T10:00:00Z", end: "2026-11-25T11:30:00Z")

    func forced(_ request: ProvenanceRequest, in crate: String) throws -> ProvenanceRecord {
        var request = request
        request.force = true
        return try LifecycleScript.recorder.record(request, in: crate)
    }

    @Test func disclosureBeforeACompletedSignOffIsRefused() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .signOff)
        let step = LifecycleScript.request(.disclose, agent: LifecycleScript.reviewer)
        #expect(try refusal(step, in: crate) == "5S-SIGN-01")
        #expect(try forced(step, in: crate).overridden.map(\.rule).contains("5S-SIGN-01"))
    }

    @Test func disclosureBeforeTheRunEndedIsRefused() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .execute)
        let step = LifecycleScript.request(.disclose, agent: LifecycleScript.reviewer)
        #expect(try refusal(step, in: crate) == "5S-DISC-01")
    }

    @Test func outputsAfterAFailedDisclosureAreRefused() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .disclose)
        _ = try LifecycleScript.recorder.record(failedDisclosure, in: crate)
        try "late output\n".write(toFile: crate + "/outputs/late.txt", atomically: true, encoding: .utf8)
        var step = LifecycleScript.request(.execute)
        step.results = ["outputs/late.txt"]
        #expect(try refusal(step, in: crate) == "5S-DISC-08")
        #expect(try forced(step, in: crate).overridden.map(\.rule) == ["5S-DISC-08"])
    }

    @Test func completedToActiveIsRefused() throws {
        let crate = try LifecycleScript.copy()
        _ = try LifecycleScript.recorder.record(LifecycleScript.request(.check, agent: LifecycleScript.validator), in: crate)
        let step = LifecycleScript.request(.check, .active)
        #expect(try refusal(step, in: crate) == "5S-REV-04")
        #expect(try forced(step, in: crate).status == .active)
    }

    @Test func aFinishedRunCannotBecomeActiveAgain() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .disclose)
        #expect(try refusal(LifecycleScript.request(.execute, .active), in: crate) == "5S-RUN-09")
    }

    @Test func executingARequestWhoseCheckFailedIsRefused() throws {
        let crate = try LifecycleScript.copy()
        _ = try LifecycleScript.recorder.record(LifecycleScript.request(.check, .failed, agent: LifecycleScript.validator), in: crate)
        let step = LifecycleScript.request(.execute, .active)
        #expect(try refusal(step, in: crate) == "5S-CHK-01")
        #expect(try forced(step, in: crate).overridden.map(\.rule).contains("5S-CHK-01"))
    }

    @Test func executionWithoutASignOffIsRefused() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .signOff)
        #expect(try refusal(LifecycleScript.request(.execute, .active), in: crate) == "5S-SIGN-01")
    }

    @Test func aValidationDatedBeforeTheCheckEndedIsRefusedByTheOrderRule() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .validate)
        let step = LifecycleScript.request(
            .validate, agent: LifecycleScript.validator, start: "2026-11-23T09:00:06Z", end: "2026-11-23T09:00:12Z")
        #expect(try refusal(step, in: crate) == "5S-CHK-01")
        // Forced, the crate now carries the breach, and `validate` reports the same rule.
        _ = try forced(step, in: crate)
        let report = try CrateValidator(
            options: {
                var options = ValidationOptions(); options.level = .recommended; return options
            }()
        )
        .validate(.directory(crate), named: "forced")
        #expect(report.issues.contains { $0.rule == "5S-CHK-01" })
    }

    @Test func aSecondDisclosureCheckAfterAFailureNeedsNew() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate, until: .disclose)
        _ = try LifecycleScript.recorder.record(failedDisclosure, in: crate)
        #expect(try refusal(LifecycleScript.request(.disclose), in: crate) == "5S-REV-04")
        var again = LifecycleScript.request(
            .disclose, agent: LifecycleScript.reviewer, start: "2026-11-26T10:00:00Z", end: "2026-11-26T11:00:00Z")
        again.newAction = true
        #expect(try LifecycleScript.recorder.record(again, in: crate).updated == false)
    }
}
