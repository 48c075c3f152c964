internal import Foundation
public import FiveSafesDiagnostics
internal import JSONLD
public import ProfileEngine
public import ROCrate

/// Validates one input against a profile: the use case behind `fivesafes validate`.
public struct CrateValidator: Sendable {
    /// The options.
    public var options: ValidationOptions
    /// The profiles available.
    public var catalog: ProfileCatalog

    /// Creates a validator over the built-in profiles.
    ///
    /// - Throws: ``FiveSafesError`` when a built-in or user profile cannot be read.
    public init(options: ValidationOptions = ValidationOptions()) throws(FiveSafesError) {
        self.options = options
        do {
            self.catalog = try ProfileCatalog.builtIn()
            if case .file(let path) = options.profile {
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw FiveSafesError(.invalidProfile, "cannot read the profile file", path: path)
                }
                _ = try catalog.add(fileNamed: path, contents: text)
            }
        } catch let error as ProfileError {
            throw FiveSafesError(.invalidProfile, error.description)
        } catch let error as FiveSafesError {
            throw error
        } catch {
            throw FiveSafesError(.invalidProfile, "\(error)")
        }
    }

    /// Validates an input and returns the report; never throws: failures become fatal diagnostics.
    public func validate(_ input: CrateInput, named name: String) -> ValidationReport {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = load(input)
        var checked = ValidationReport.Checked()
        var diagnostics = loaded.diagnostics
        var profileInfo = ValidationReport.ProfileInfo(id: "ro-crate", version: nil, iri: nil)
        var phase = options.phase ?? .request
        if let crate = loaded.crate {
            let (profile, version) = selectProfile(for: crate)
            profileInfo = .init(id: profile.id, version: version?.label, iri: version?.iri)
            phase = options.phase ?? CratePhase.detect(in: crate)
            let validator = ProfileValidator(profile: profile, version: version, requirements: catalog.requirements(of: profile))
            let context = CheckContext(
                crate: crate,
                profileIRI: version?.iri,
                knownProfileIRIs: profile.versions.map(\.iri),
                phase: phase,
                payload: loaded.payload
            )
            let result = validator.validate(context, options: .init(skip: options.skip, metadataOnly: options.metadataOnly))
            diagnostics += result.diagnostics
            checked.rules = result.rules
            checked.entities = crate.entities.count
        }
        if let payload = loaded.payload, !options.metadataOnly {
            checked.files = payload.files.count
            checked.bytes = payload.totalBytes
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return ValidationReport(
            input: name,
            profile: profileInfo,
            phase: phase.rawValue,
            level: options.level,
            diagnostics: diagnostics,
            checked: checked,
            elapsedMilliseconds: milliseconds
        )
    }

    /// The profile and version to apply: as asked, or from the root's `conformsTo`.
    func selectProfile(for crate: Crate) -> (Profile, Profile.Version?) {
        let declared = (crate.root?.references("conformsTo") ?? []).compactMap { catalog.profile(declaring: $0) }
        let fallback = catalog.profiles["ro-crate"] ?? Profile(
            id: "ro-crate", name: "RO-Crate", versions: [], extends: nil, replaces: [], specURL: nil, requirements: []
        )
        let profile: Profile
        switch options.profile {
        case .auto:
            profile = declared.first(where: { $0.0.id != "ro-crate" })?.0 ?? fallback
        case .named(let id):
            profile = catalog.profiles[id] ?? fallback
        case .file:
            profile = catalog.profiles.values.first { candidate in
                !["ro-crate", "five-safes-crate"].contains(candidate.id)
            } ?? fallback
        }
        if let asked = options.profileVersion, let version = profile.version(matching: asked) {
            return (profile, version)
        }
        if let declaredVersion = declared.first(where: { $0.0.id == profile.id })?.1 {
            return (profile, declaredVersion)
        }
        if profile.id == "ro-crate", let version = crate.roCrateVersion.flatMap(profile.version(matching:)) {
            return (profile, version)
        }
        return (profile, profile.versions.first)
    }
}
