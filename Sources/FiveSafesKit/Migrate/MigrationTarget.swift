internal import ROCrate

/// The profile version `fivesafes migrate --to` rewrites a crate to.
public enum MigrationTarget: String, Sendable, CaseIterable {
    /// Five Safes RO-Crate 0.5 (eScienceLab draft), from 0.4 or 0.5-DRAFT.
    case v05 = "0.5"
    /// The 1.0 Working Draft (a working record), from 0.4, 0.5-DRAFT or 0.5.
    case v10 = "1.0"

    /// The profile IRI of the version.
    public var iri: String {
        switch self {
        case .v05: "https://w3id.org/5s-crate/0.5"
        case .v10: ActivityRecordTerms.profile
        }
    }
}
