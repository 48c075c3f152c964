/// Whether a crate is validated as a request (before the TRE's review) or as a result (after review began): the
/// `--phase` of `validate`, the `phase` of its reports and of `inspect`'s summary.
///
/// Not to be confused with the lifecycle phases a TRE records (`LifecyclePhase`: check, validate, … publish) or the
/// Safe Haven Provenance types of their actions (`ReviewActionType`).
public enum RequestResultPhase: String, Sendable, CaseIterable {
    case request
    case result
}
