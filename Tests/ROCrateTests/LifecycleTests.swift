import JSONLD
import ROCrate
import Testing

/// The state machine on small in-memory crates, and the text-preserving editor it writes through.
@Suite struct LifecycleTests {
    static func crate(_ actions: String, run: String = "http://schema.org/PotentialActionStatus") throws -> Crate {
        let text = """
            {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
            {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
            {"@id": "./", "@type": "Dataset", "mainEntity": {"@id": "https://example.org/wf"}, "mentions": [{"@id": "#run"}]},
            {"@id": "#run", "@type": "CreateAction", "actionStatus": "\(run)", "instrument": {"@id": "https://example.org/wf"}}\(actions)
            ]}
            """
        return try CrateLoader().load(Array(text.utf8), fileName: "ro-crate-metadata.json")
    }

    static func action(_ id: String, _ phase: String, _ status: String, start: String? = nil, end: String? = nil) -> String {
        let times = [start.map { "\"startTime\": \"\($0)\"" }, end.map { "\"endTime\": \"\($0)\"" }].compactMap { $0 }
        return ",\n{\"@id\": \"\(id)\", \"@type\": \"AssessAction\", \"additionalType\": {\"@id\": \"https://w3id.org/shp#\(phase)\"}, "
            + "\"actionStatus\": \"http://schema.org/\(status)ActionStatus\"" + times.map { ", " + $0 }.joined() + "}"
    }

    @Test(arguments: [
        (LifecyclePhase.disclose, ActionStatus.completed, "5S-SIGN-01"),
        (.execute, .active, "5S-SIGN-01"),
        (.signOff, .completed, "5S-CHK-01"),
    ])
    func phasesAfterAFailedCheckOrWithoutSignOffAreRefused(phase: LifecyclePhase, status: ActionStatus, rule: String) throws {
        let crate = try Self.crate(Self.action("#check", "CheckValue", "Failed"))
        let refusal = Lifecycle.refusal(for: LifecycleMove(phase: phase, status: status), in: crate, newAction: "--new")
        #expect(refusal?.rule == (phase == .signOff ? rule : "5S-CHK-01") || refusal?.rule == rule)
    }

    @Test func pendingActionsNeedNoPrerequisites() throws {
        let crate = try Self.crate("")
        #expect(Lifecycle.refusal(for: LifecycleMove(phase: .disclose, status: .potential), in: crate, newAction: "--new") == nil)
    }

    @Test func statusMovesOnlyGoForward() throws {
        let crate = try Self.crate(Self.action("#check", "CheckValue", "Completed"))
        let check = try #require(crate.entity("#check"))
        for (next, allowed) in [(ActionStatus.completed, true), (.active, false), (.failed, false), (.potential, false)] {
            let refusal = Lifecycle.refusal(for: LifecycleMove(phase: .check, status: next, updating: check), in: crate, newAction: "NEW")
            #expect((refusal == nil) == allowed, "completed → \(next.shortName)")
            if !allowed {
                #expect(refusal?.rule == "5S-REV-04")
                // The advice names the caller's way to record a new action, not a flag of its own.
                #expect(refusal?.message.hasSuffix("an ended action keeps its outcome; record a new action with NEW)") == true)
            }
        }
    }

    @Test func orderRulesFindDefiniteBreachesOnly() throws {
        let crate = try Self.crate(
            Self.action("#check", "CheckValue", "Completed", start: "2026-01-01T10:00:00Z", end: "2026-01-01T12:00:00Z")
                + Self.action("#validate", "ValidationCheck", "Completed", start: "2026-01-01T11:00:00+00:00", end: "2026-01-01T13:00:00Z")
                + Self.action("#signoff", "SignOff", "Potential", start: "2025-01-01T00:00:00Z")
        )
        let found = Lifecycle.violations(in: crate)
        #expect(found.map(\.rule) == ["5S-CHK-01"])
        #expect(found.first?.subject.label == "#check" && found.first?.property == "endTime")
    }

    @Test func theTimelineListsPhasesInOrderAndFlagsGaps() throws {
        let crate = try Self.crate(
            Self.action("#signoff", "SignOff", "Completed", start: "2026-01-02T10:00:00Z", end: "2026-01-02T11:00:00Z")
                + Self.action("#check", "CheckValue", "Completed", end: "2026-01-01T10:00:00Z"),
            run: "http://schema.org/ActiveActionStatus"
        )
        let timeline = LifecycleTimeline(crate)
        #expect(timeline.entries.map(\.phase) == [.check, .signOff, .execute])
        #expect(timeline.flags.contains { $0.kind == .gap && $0.message.contains("no validation phase") })
    }

    @Test func theEditorSplicesOneLineDocumentsAndRemovesFirstItems() throws {
        let text = #"{"@graph": [{"@id": "a"}, {"@id": "b", "x": [1, "}"]}, {"@id": "c"}], "z": 1}"#
        var editor = try JSONDocumentEditor(Array(text.utf8))
        #expect(editor.indentUnit == nil)
        editor.remove(item: 0)
        editor.replace(item: 2, with: .orderedObject([("@id", .string("c")), ("new", .bool(true))]))
        editor.append(.orderedObject([("@id", .string("d"))]))
        let edited = String(decoding: editor.edited(), as: UTF8.self)
        #expect(edited == #"{"@graph": [{"@id": "b", "x": [1, "}"]}, {"@id":"c","new":true},{"@id":"d"}], "z": 1}"#)
    }

    @Test func theEditorKeepsTabIndentation() throws {
        let text = "{\n\t\"@graph\": [\n\t\t{\"@id\": \"a\"}\n\t]\n}\n"
        var editor = try JSONDocumentEditor(Array(text.utf8))
        editor.append(.orderedObject([("@id", .string("b")), ("k", .list([.string("v")]))]))
        let edited = String(decoding: editor.edited(), as: UTF8.self)
        #expect(
            edited
                == "{\n\t\"@graph\": [\n\t\t{\"@id\": \"a\"},\n\t\t{\n\t\t\t\"@id\": \"b\",\n\t\t\t\"k\": [\n\t\t\t\t\"v\"\n\t\t\t]\n\t\t}\n\t]\n}\n"
        )
    }

    /// The review actions are computed once per crate and kept (``Crate/reviewActions``): each crate keeps its own
    /// answer, asked again and through a copy, never another crate's.
    @Test func reviewActionsAreKeptPerCrate() throws {
        let reviewed = try Self.crate(Self.action("#check", "CheckValue", "Completed") + Self.action("#approve", "Disclosure", "Completed"))
        let plain = try Self.crate("")
        #expect(reviewed.reviewActions.compactMap(\.id) == ["#check", "#approve"])
        #expect(plain.reviewActions.isEmpty)
        let copy = reviewed
        #expect(copy.reviewActions.compactMap(\.id) == ["#check", "#approve"])
        #expect(plain.reviewActions.isEmpty && reviewed.reviewActions.count == 2)
    }
}
