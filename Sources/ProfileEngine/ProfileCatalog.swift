internal import JSONLD

/// The profiles this tool knows: the embedded ones from `Schemas/profiles`, plus any loaded from a file.
public struct ProfileCatalog: Sendable {
    /// Profiles by id.
    public private(set) var profiles: [String: Profile]

    /// Loads the embedded profiles.
    ///
    /// - Throws: ``ProfileError`` when an embedded profile is malformed (a test guards against this).
    public static func builtIn(registry: CheckRegistry = .builtIn) throws(ProfileError) -> ProfileCatalog {
        try ProfileCatalog(files: EmbeddedProfiles.files, registry: registry)
    }

    /// Builds a catalogue from profile files keyed by their path under `Schemas/`
    /// (`profiles/<id>/profile.json`, `profiles/<id>/requirements/*.json`).
    public init(files: [String: String], registry: CheckRegistry = .builtIn) throws(ProfileError) {
        var profiles: [String: Profile] = [:]
        let grouped = Dictionary(grouping: files.keys.sorted()) { path in
            path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        }
        for (folder, paths) in grouped.sorted(by: { $0.key < $1.key }) {
            guard let main = paths.first(where: { $0.hasSuffix("/profile.json") }), let text = files[main] else {
                throw ProfileError("no profile.json", file: "profiles/\(folder)")
            }
            var profile = try ProfileDecoder(file: main, registry: registry).profile(from: text)
            for path in paths where path != main {
                guard let text = files[path] else { continue }
                profile.requirements += try ProfileDecoder(file: path, registry: registry).requirements(from: text)
            }
            try Self.checkVersions(of: profile, file: main)
            profiles[profile.id] = profile
        }
        self.profiles = profiles
        try checkUniqueIDs()
    }

    /// Every version a row names is one of its profile's versions (a misspelt label would silently turn a row off).
    private static func checkVersions(of profile: Profile, file: String) throws(ProfileError) {
        let known = Set(profile.versions.map(\.label))
        for requirement in profile.requirements {
            if let unknown = requirement.versions?.subtracting(known).sorted().first {
                throw ProfileError(
                    "`versions` names \"\(unknown)\", which is not a version of \(profile.id)", file: file, requirement: requirement.id)
            }
        }
    }

    /// Adds a profile read from a user's JSON file (its own `requirements` array inline).
    public mutating func add(fileNamed name: String, contents: String, registry: CheckRegistry = .builtIn)
        throws(ProfileError) -> Profile
    {
        let profile = try ProfileDecoder(file: name, registry: registry).profile(from: contents)
        try Self.checkVersions(of: profile, file: name)
        profiles[profile.id] = profile
        try checkUniqueIDs()
        return profile
    }

    /// The requirements that apply under a profile: inherited ones (less those it replaces), then its own.
    ///
    /// A version that takes only its listed rows (1.0-WD) does not take the rows that replace inherited ones, so
    /// it keeps the inherited rows instead: a 1.0 crate is held to RO-Crate's own descriptor, root-id, `../` and
    /// BagIt rows rather than to none.
    public func requirements(of profile: Profile, version: Profile.Version? = nil) -> [Requirement] {
        var inherited: [Requirement] = []
        if let parentID = profile.extends, let parent = profiles[parentID], parentID != profile.id {
            let replaced = version?.listedRowsOnly == true ? [] : Set(profile.replaces)
            inherited = requirements(of: parent).filter { !replaced.contains($0.id) }
        }
        return inherited + profile.requirements
    }

    /// The profile whose versions include this IRI.
    public func profile(declaring iri: String) -> (Profile, Profile.Version)? {
        for profile in profiles.values.sorted(by: { $0.id < $1.id }) {
            if let version = profile.versions.first(where: { $0.iri == iri }) { return (profile, version) }
        }
        return nil
    }

    private func checkUniqueIDs() throws(ProfileError) {
        var seen: [String: String] = [:]
        for profile in profiles.values.sorted(by: { $0.id < $1.id }) {
            for requirement in profile.requirements {
                if let other = seen[requirement.id] {
                    throw ProfileError("requirement id used twice (also in \(other))", file: profile.id, requirement: requirement.id)
                }
                seen[requirement.id] = profile.id
            }
        }
    }
}
