internal import FiveSafesDiagnostics
internal import ProfileEngine

/// Diagnostics for findings the input layer makes itself (package and signature rows, `"stage"` in the
/// catalogue), stamped by ``FindingStamper`` with their row's level, fix and spec link under the requirements in
/// force (under the spec's levels, as the input layer always reported them).
struct StageFindings {
    private let byID: [String: Requirement]
    private let stamper: FindingStamper
    private let skip: Set<String>

    /// The rows of a profile and version, less the ids the user skips. Only rows that apply to the version count,
    /// so a package problem is reported under the version's own row: 0.4, 0.5-DRAFT and 0.5 share the archive
    /// section (5S-PKG ids), while the 1.0 Working Draft has none and is judged by RO-Crate's BagIt rows (RC-BAG).
    init(requirements: [Requirement], profile: Profile, version: Profile.Version?, skip: Set<String>) {
        let applied = requirements.filter { profile.applies($0, to: version) }
        self.byID = Dictionary(applied.map { ($0.id, $0) }) { first, _ in first }
        self.stamper = FindingStamper(profile: profile, version: version)
        self.skip = skip
    }

    /// The first of `candidates` the applied profile has (most specific first).
    func rule(among candidates: [String]) -> String? {
        candidates.first { byID[$0] != nil }
    }

    /// A diagnostic under a row, or nil when the profile lacks the row or the user skips it.
    func diagnostic(_ id: String, _ message: String, file: String, line: Int? = nil, isFatal: Bool = false) -> Diagnostic? {
        guard !skip.contains(id), let requirement = byID[id] else { return nil }
        return stamper.diagnostic(
            for: Finding(message: message, file: file),
            of: requirement,
            at: Location(file: file, line: line),
            isFatal: isFatal
        )
    }
}
