internal import Foundation
internal import JSONLD
internal import OutputChecking
internal import ROCrate

/// The disclosure evidence a DisclosureCheck action carries: per-output verdicts as its `result`, the tool and
/// the policy as its `instrument`.
extension ProvenanceRecorder {
    /// Writes the verdicts, the policy and the tool, and links them from the action (replacing the verdicts an
    /// updated action had).
    func writeEvidence(_ evidence: DisclosureEvidence, actionID: String, into draft: inout ProvenanceDraft, notes: inout [String]) {
        for old in draft.crate.entity(actionID)?.references("result") ?? [] {
            if let entity = draft.crate.entity(old), entity.has("creativeWorkStatus") { draft.remove(entity) }
        }
        var tool = JSONObject.ordered([
            ("@id", .string(evidence.tool.id)), ("@type", .string("SoftwareApplication")),
            ("name", .string(evidence.tool.name)), ("version", .string(evidence.tool.version)),
        ])
        if let url = evidence.tool.url {
            tool.set("url", .string(url))
            // The tool may already be described (as the agent of this very action) without its url.
            draft.update(evidence.tool.id) { described in if described["url"] == nil { described.set("url", .string(url)) } }
        } else if draft.object(evidence.tool.id)?["url"] == nil {
            notes.append("the tool `\(evidence.tool.id)` has no url; give \(settingName(.toolURL)) (RC-CE-06)")
        }
        draft.ensure(tool)
        let policyID = existingPolicy(evidence.policyYAML, in: draft) ?? "#disclosure-policy-\(makeID().uuidString.lowercased())"
        draft.ensure(
            .ordered([
                ("@id", .string(policyID)), ("@type", .string("CreativeWork")),
                ("name", .string("Disclosure control policy (risk appetite)")), ("encodingFormat", .string("application/yaml")),
                ("text", .string(evidence.policyYAML)),
            ]))
        var results: [JSONValue] = []
        for output in evidence.outputs {
            let id = "#disclosure-result-\(makeID().uuidString.lowercased())"
            var verdict = JSONObject.ordered([
                ("@id", .string(id)), ("@type", .string("CreativeWork")),
                ("name", .string("Disclosure check of \(output.file): \(output.status.rawValue)")),
                ("about", .reference(output.file)), ("creativeWorkStatus", .string(output.status.rawValue)),
                ("description", .string(output.summary)),
            ])
            if output.rules.count == 1 {
                verdict.set("keywords", .string(output.rules[0]))
            } else if !output.rules.isEmpty {
                verdict.set("keywords", .list(output.rules.map(JSONValue.string)))
            }
            if let exception = output.exception { verdict.set("conditionsOfAccess", .string(exception)) }
            draft.put(verdict)
            results.append(.reference(id))
        }
        draft.update(actionID) { action in
            action.set("instrument", .list([.reference(evidence.tool.id), .reference(policyID)]))
            if results.isEmpty {
                action.remove("result")
            } else {
                action.set("result", results.count == 1 ? results[0] : .list(results))
            }
        }
        writeDisclosureTerms(evidence, actionID: actionID, into: &draft, notes: &notes)
    }

    /// `disclosureCheckType` and `approvedBy` (5s-crate 0.5): written where the crate's context defines them, and in
    /// crates declaring 0.5, whose `@context` then gains their definitions (``FiveSafesTerms``).
    private func writeDisclosureTerms(
        _ evidence: DisclosureEvidence, actionID: String, into draft: inout ProvenanceDraft, notes: inout [String]
    ) {
        let terms = [
            ("disclosureCheckType", evidence.checkType.map(JSONValue.string)),
            ("approvedBy", evidence.approvedBy.map(JSONValue.reference)),
        ]
        let wanted = terms.filter { $0.1 != nil && !draft.crate.context.isDefinedKey($0.0) }.map(\.0)
        var defined: Set<String> = []
        if FiveSafesTerms.declares05(draft.crate), !wanted.isEmpty, let context = draft.crate.top["@context"]?.value,
            let extended = FiveSafesTerms.context(defining: wanted, in: context)
        {
            draft.setContext(extended)
            defined = Set(wanted)
        }
        for (term, value) in terms {
            guard let value else { continue }
            guard draft.crate.context.isDefinedKey(term) || defined.contains(term) else {
                // The check type has a default; only an approver the user named is worth a note.
                guard term == "approvedBy" else { continue }
                notes.append("`\(term)` was not written: the crate declares no Five Safes 0.5 profile and its @context does not define it")
                continue
            }
            draft.update(actionID) { $0.set(term, value) }
        }
    }

    /// A policy CreativeWork already in the crate with the same text.
    private func existingPolicy(_ yaml: String, in draft: ProvenanceDraft) -> String? {
        draft.crate.entities(ofType: "CreativeWork").first { entity in
            entity.string("text") == yaml && entity.string("encodingFormat") == "application/yaml"
        }?.id
    }
}
