/// The vocabulary of the Five Safes RO-Crate 1.0 Working Draft (`shared/reference/5s-crate/1.0-WD/`), in one
/// place for the checks of its catalogue rows, `migrate --to 1.0`, `init` and `provenance` 1.0 records.
///
/// The draft defines no vocabulary of its own: these are RO-Crate 1.3 context terms (`dct:`, `pav:`, `prov:`
/// compact IRIs the context binds) and schema.org types, as the draft's text and examples write them.
public enum ActivityRecordTerms {
    /// The profile IRI of the 1.0 Working Draft (Conformance and Modules).
    public static let profile = "https://w3id.org/5s-crate/1.0"
    /// The base RO-Crate version a 1.0 descriptor declares (Metadata File).
    public static let roCrate = "https://w3id.org/ro/crate/1.3"
    /// The RO-Crate 1.3 context, given in array form (JSON-LD: "SHOULD be given in the array form").
    public static let context = "https://w3id.org/ro/crate/1.3/context"

    /// The activity record identifier on the root (Record and RO-Crate Identifiers).
    public static let isVersionOf = "dct:isVersionOf"
    /// A snapshot's direct predecessor (Representation State).
    public static let previousVersion = "pav:previousVersion"
    /// The type every process adds to its kind (Process Shape).
    public static let activity = "prov:Activity"
    /// The type of a plan for intended work (Requests, Plans, and Execution).
    public static let plan = "prov:Plan"
    /// An earlier process that informed this one (Decision Subjects and Provenance).
    public static let wasInformedBy = "prov:wasInformedBy"
    /// What a process actually used.
    public static let used = "prov:used"

    /// A decision that permits something.
    public static let authorize = "AuthorizeAction"
    /// A decision that refuses something.
    public static let reject = "RejectAction"
    /// A request (submitting a plan, asking for a decision or further action).
    public static let ask = "AskAction"
    /// A dispatch of assets.
    public static let send = "SendAction"
    /// A delivery of assets.
    public static let receive = "ReceiveAction"

    /// The kinds of process (Kinds of Process): a process's `@type` includes one of these.
    public static let processKinds: Set<String> = [
        ask, "CreateAction", "Action", "AssessAction", authorize, reject, "CancelAction", "UpdateAction", send, receive,
    ]
    /// The decisions: the outcome is the type, never an `AssessAction`'s status.
    public static let decisionKinds: Set<String> = [authorize, reject]

    /// 0.4's `additionalType`s of an `AssessAction` whose status was a decision (sign-off, disclosure check): in 1.0
    /// an `AuthorizeAction` or `RejectAction` (5S-DEC-02; `migrate --to 1.0` retypes them).
    public static let legacyDecisionTypes: Set<String> = ["https://w3id.org/shp#SignOff", "https://w3id.org/shp#DisclosureCheck"]

    /// The kind of check the draft's own disclosure risk assessment example names (DPV's `RiskAssessment`, Output
    /// Checks): a 1.0 disclosure check is this assessment, not 0.4's `shp:DisclosureCheck`, whose status was the
    /// release decision.
    public static let riskAssessment = "https://w3id.org/dpv/risk#RiskAssessment"

    /// The statuses a process may have (Status); `PotentialActionStatus` is not one.
    public static let statuses: [ActionStatus] = [.active, .completed, .failed]

    /// Whether a type names a process: a kind of process, `prov:Activity`, or another schema.org `…Action`.
    public static func isProcessType(_ type: String) -> Bool {
        processKinds.contains(type) || type == activity || (type.hasSuffix("Action") && !type.contains(":"))
    }
}
