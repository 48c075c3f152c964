/// A profile: metadata, its versions, and its own requirements (inherited ones come from `extends`).
public struct Profile: Sendable {
    /// One published version of a profile.
    public struct Version: Sendable, Hashable {
        /// The version label, e.g. `0.4`.
        public var label: String
        /// The profile IRI for that version.
        public var iri: String
        /// Its spec's address when it does not follow the profile's `spec` pattern (the 1.0 Working Draft is
        /// labelled `1.0-WD` but published at `…/1.0`).
        public var spec: String?
        /// True when only the profile's rows that name this version apply to it (`"rows": "listed"`): a version
        /// with a model of its own (the 1.0 Working Draft), where the older versions' rows mean nothing.
        public var listedRowsOnly: Bool

        /// Creates a version.
        public init(label: String, iri: String, spec: String? = nil, listedRowsOnly: Bool = false) {
            self.label = label
            self.iri = iri
            self.spec = spec
            self.listedRowsOnly = listedRowsOnly
        }
    }

    /// Short id: `five-safes-crate`, `ro-crate`.
    public var id: String
    /// Human name.
    public var name: String
    /// Known versions, in order; the first is the default.
    public var versions: [Version]
    /// The id of the profile whose requirements this one inherits.
    public var extends: String?
    /// Inherited requirement ids this profile replaces with its own stricter or different rows.
    public var replaces: [String]
    /// The spec URL, with `{version}` standing for the version label.
    public var specURL: String?
    /// This profile's own requirements, in catalogue order.
    public var requirements: [Requirement]

    /// Creates a profile.
    public init(
        id: String,
        name: String,
        versions: [Version],
        extends: String?,
        replaces: [String],
        specURL: String?,
        requirements: [Requirement]
    ) {
        self.id = id
        self.name = name
        self.versions = versions
        self.extends = extends
        self.replaces = replaces
        self.specURL = specURL
        self.requirements = requirements
    }

    /// The version with a label, or the one whose IRI is given.
    public func version(matching labelOrIRI: String) -> Version? {
        versions.first { $0.label == labelOrIRI || $0.iri == labelOrIRI }
    }

    /// Whether a requirement applies to crates checked against a version: the row's own `versions`, and, for a
    /// version taking only listed rows, none of this profile's rows that name no version (inherited rows still do).
    public func applies(_ requirement: Requirement, to version: Version?) -> Bool {
        guard requirement.applies(to: version?.label) else { return false }
        guard version?.listedRowsOnly == true, requirement.versions == nil else { return true }
        return !requirements.contains { $0.id == requirement.id }
    }

    /// The spec link for a requirement: absolute links stay, `#anchor` links join the versioned spec URL.
    public func specLink(_ link: String?, version: Version?) -> String? {
        guard let link else { return nil }
        if link.contains("://") { return link }
        if let spec = version?.spec { return spec + link }
        guard let specURL else { return link }
        return specURL.replacing("{version}", with: version?.label ?? versions.first?.label ?? "") + link
    }
}
