internal import JSONLD
internal import ROCrate

/// What 5S-XCH-01 and 5S-XCH-02 share: an exchange names its assets by absolute IRI and exactly one party.
///
/// Spec (5s 1.0-WD, Exchange Processes): `SendAction`: "`object` MUST identify one or more exact assets
/// dispatched; `recipient` MUST identify exactly one receiving party, described in the RO-Crate as a `Person` or
/// `Organization`"; `ReceiveAction` likewise with `sender`; "Each `object` MUST identify an exact asset using an
/// absolute IRI".
enum ExchangeShape {
    static func findings(in crate: Crate, type: String, party: String) -> [Finding] {
        crate.entities(ofType: type).flatMap { exchange -> [Finding] in
            var problems: [(String, String)] = []
            let objects = exchange.values("object")
            if objects.isEmpty { problems.append(("object", "names no asset (object)")) }
            for node in objects {
                let id = node.referenceID ?? ""
                if !Crate.isAbsoluteIRI(id) {
                    problems.append(("object", "names the asset `\(id.isEmpty ? node.value.kindName : id)`, which is not an absolute IRI"))
                }
            }
            let parties = exchange.values(party)
            if parties.count != 1 || !(parties[0].referenceID.map(crate.isPersonOrOrganization) ?? false) {
                problems.append((party, "does not have exactly one \(party) described as a Person or Organization"))
            }
            return problems.map { property, text in
                Finding(
                    entity: exchange.label, property: property,
                    pointer: exchange.has(property) ? exchange.pointer.appending(property) : exchange.pointer,
                    message: "the \(type) `\(exchange.label)` \(text)")
            }
        }
    }
}

/// A `SendAction` names its assets and exactly one recipient (``ExchangeShape``).
struct DispatchesNameAssetsAndRecipient: Check {
    static let name = "dispatchesNameAssetsAndRecipient"

    func evaluate(in context: CheckContext) -> [Finding] {
        ExchangeShape.findings(in: context.crate, type: ActivityRecordTerms.send, party: "recipient")
    }
}

/// A `ReceiveAction` names its assets and exactly one sender (``ExchangeShape``).
struct ReceiptsNameAssetsAndSender: Check {
    static let name = "receiptsNameAssetsAndSender"

    func evaluate(in context: CheckContext) -> [Finding] {
        ExchangeShape.findings(in: context.crate, type: ActivityRecordTerms.receive, party: "sender")
    }
}
