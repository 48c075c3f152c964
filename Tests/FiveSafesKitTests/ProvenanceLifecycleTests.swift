import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// A scripted walk through the whole lifecycle, from the valid request fixture to a result crate.
enum LifecycleScript {
    static let tre = "https://tre72.example.com/"
    static let validator = "https://tre72.example.com/#crate-validator"
    static let proxy = "https://tre72.example.com/#workflow-proxy"
    static let reviewer = "https://tre72.example.com/people/rosalind-okafor"
    static let clock = Date(timeIntervalSince1970: 1_795_000_000)

    /// A fresh copy of a fixture crate in a temporary folder.
    static func copy(_ fixture: String = "crates/valid/request") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-prov-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: folder + "/crate")
        return folder + "/crate"
    }

    static let recorder = ProvenanceRecorder(clock: { clock })

    static func request(
        _ phase: LifecyclePhase, _ status: ActionStatus = .completed, agent: String? = nil,
        start: String? = nil, end: String? = nil
    ) -> ProvenanceRequest {
        var request = ProvenanceRequest(phase: phase, status: status)
        request.agent = agent
        request.start = start
        request.end = end
        request.tre = tre
        request.treName = "TRE72 Trusted Research Environment"
        return request
    }

    /// Records every phase up to (not including) `stop`, with the times of the valid result fixture.
    static func run(_ crate: String, until stop: LifecyclePhase? = nil) throws {
        let payload = Fixtures.path("crates/valid/result")
        for phase in LifecyclePhase.allCases {
            if phase == stop { return }
            var step: ProvenanceRequest
            switch phase {
            case .check:
                step = request(.check, agent: validator, start: "2026-11-23T09:00:05Z", end: "2026-11-23T09:00:07Z")
                step.agentName = "TRE72 crate validator"
                step.agentVersion = "2.3.1"
            case .validate:
                step = request(.validate, agent: validator, start: "2026-11-23T09:00:08Z", end: "2026-11-23T09:00:12Z")
            case .retrieve:
                try FileManager.default.copyItem(atPath: payload + "/workflow", toPath: crate + "/workflow")
                step = request(.retrieve, agent: proxy, start: "2026-11-23T09:01:00Z", end: "2026-11-23T09:01:04Z")
                step.agentName = "TRE72 workflow download proxy"
                step.agentVersion = "1.4.0"
                step.results = ["workflow/289"]
            case .signOff:
                step = request(.signOff, agent: reviewer, start: "2026-11-24T14:00:00Z", end: "2026-11-24T14:20:00Z")
                step.agentName = "Rosalind Okafor"
                step.instrument = "https://tre72.example.com/agreement-policy/81"
                step.instrumentName = "TRE72 agreement policy for project 81"
            case .execute:
                _ = try recorder.record(request(.execute, .active, start: "2026-11-24T15:00:00Z"), in: crate)
                try FileManager.default.copyItem(atPath: payload + "/outputs", toPath: crate + "/outputs")
                step = request(.execute, end: "2026-11-24T15:42:10Z")
                step.results = ["outputs/qa.csv", "outputs/summary.txt"]
            case .disclose:
                var pending = request(.disclose, .potential, agent: reviewer, start: "2026-11-25T10:00:00Z")
                pending.note = "estimate: 1 day"
                _ = try recorder.record(pending, in: crate)
                step = request(.disclose, end: "2026-11-25T11:30:00Z")
            case .publish:
                step = request(.publish, agent: validator, start: "2026-11-25T12:00:00Z")
            }
            _ = try recorder.record(step, in: crate)
        }
    }
}

@Suite struct ProvenanceLifecycleTests {
    @Test func theWholeLifecycleEndsInAResultCrateValidAtRecommended() throws {
        let crate = try LifecycleScript.copy()
        try LifecycleScript.run(crate)
        var options = ValidationOptions()
        options.level = .recommended
        options.phase = .result
        let report = try CrateValidator(options: options).validate(.directory(crate), named: "lifecycle")
        let found = report.issues.map { "\($0.rule) \($0.location.entity ?? "") \($0.message)" }
        #expect(report.isValid, "\(found.joined(separator: "\n"))")

        let timeline = try LifecycleTimeline(crateAt: crate)
        #expect(timeline.entries.map(\.phase) == LifecyclePhase.allCases)
        #expect(timeline.entries.allSatisfy { $0.status == .completed })
        #expect(timeline.flags.isEmpty, "\(timeline.flags)")
    }

    @Test func updatingAPhaseEditsItsActionInPlace() throws {
        let crate = try LifecycleScript.copy()
        let recorder = LifecycleScript.recorder
        let first = try recorder.record(LifecycleScript.request(.check, .active, agent: LifecycleScript.validator), in: crate)
        let second = try recorder.record(LifecycleScript.request(.check), in: crate)
        #expect(!first.updated && second.updated && first.actionID == second.actionID)
        let check = try LifecycleTimeline(crateAt: crate).entries.filter { $0.phase == .check }
        #expect(check.count == 1)
        // The injected clock gives the default times.
        #expect(check.first?.start == "2026-11-18T11:06:40Z" && check.first?.end == "2026-11-18T11:06:40Z")
        #expect(check.first?.name == "BagIt checksum of Crate: OK")
    }

    @Test func aNewAgentIsDescribedWithItsTREAsProvider() throws {
        let crate = try LifecycleScript.copy()
        var request = LifecycleScript.request(.check, agent: LifecycleScript.validator)
        request.agentVersion = "2.3.1"
        request.agentName = "Validator"
        _ = try LifecycleScript.recorder.record(request, in: crate)
        let text = try String(contentsOfFile: crate + "/ro-crate-metadata.json", encoding: .utf8)
        #expect(text.contains("\"@type\": \"SoftwareApplication\""))
        #expect(text.contains("\"provider\": {\n        \"@id\": \"https://tre72.example.com/\""))
        #expect(text.contains("\"additionalType\": {\n        \"@id\": \"https://w3id.org/shp#CheckValue\""))
        #expect(text.contains("\"actionStatus\": \"http://schema.org/CompletedActionStatus\""))
    }

    @Test func aNewActionWithoutAnAgentIsAUsageError() throws {
        let crate = try LifecycleScript.copy()
        #expect {
            try LifecycleScript.recorder.record(LifecycleScript.request(.check), in: crate)
        } throws: { error in
            guard case .failure(let failure) = error as? ProvenanceRecorder.Failure else { return false }
            return failure.code == .usage
        }
    }
}
