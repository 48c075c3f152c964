public import FiveSafesDiagnostics
public import ROCrate

/// Stamps a finding with its catalogue row: the row's id, the level the row gives the finding, the message and fix
/// (the finding's own, else the row's templates filled in) and the spec link of the profile version applied.
///
/// The one place a ``Finding`` becomes a ``Diagnostic``: ``ProfileValidator`` stamps what the checks find, the input
/// layer what it finds itself while reading a bag, ZIP or signature (the `"stage"` rows).
public struct FindingStamper: Sendable {
    /// The profile applied (for spec links).
    public let profile: Profile
    /// Its version, when it has one.
    public let version: Profile.Version?
    /// Whose levels findings carry (`--levels`).
    public let scheme: LevelScheme
    /// The crate's declared RO-Crate version, which decides level cases.
    public let roCrateVersion: ROCrateVersion?
    /// The profile IRI filled into `{profile}` in templates.
    public let profileIRI: String?

    /// Creates a stamper for one validation.
    public init(
        profile: Profile,
        version: Profile.Version?,
        scheme: LevelScheme = .spec,
        roCrateVersion: ROCrateVersion? = nil,
        profileIRI: String? = nil
    ) {
        self.profile = profile
        self.version = version
        self.scheme = scheme
        self.roCrateVersion = roCrateVersion
        self.profileIRI = profileIRI
    }

    /// The diagnostic for a finding under its row, at a location the caller resolved (file, line and column).
    public func diagnostic(
        for finding: Finding,
        of requirement: Requirement,
        at location: Location,
        isFatal: Bool = false
    ) -> Diagnostic {
        Diagnostic(
            rule: requirement.id,
            severity: requirement.level(of: finding, roCrateVersion: roCrateVersion, scheme: scheme).severity,
            message: finding.message ?? fill(requirement.message ?? requirement.summary, for: finding),
            location: location,
            fix: finding.fix ?? requirement.fix.map { fill($0, for: finding) },
            spec: profile.specLink(requirement.spec, version: version),
            isFatal: isFatal
        )
    }

    private func fill(_ template: String, for finding: Finding) -> String {
        Template.fill(template, entity: finding.entity, property: finding.property, value: nil, profile: profileIRI)
    }
}
