public import FiveSafesDiagnostics
internal import Foundation
internal import JSONLD
public import ProfileEngine
internal import ROCrate

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
        // Freeing a large graph takes a noticeable share of validating it (100,000 entities: ~4 % of the CPU time)
        // and nobody waits for it: the last reference goes to a background queue, off the report's path.
        defer { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(loaded) {} } }
        var checked = ValidationReport.Checked()
        var diagnostics = loaded.diagnostics.map { $0.inFolder(loaded.filePrefix) }
        var phase = options.phase ?? .request
        let (profile, version) = loaded.crate.map(selectProfile) ?? defaultProfile(for: input)
        let requirements = catalog.requirements(of: profile, version: version)
        let profileInfo = ValidationReport.ProfileInfo(id: profile.id, version: version?.label, iri: version?.iri)
        if let crate = loaded.crate {
            phase = options.phase ?? RequestResultPhase.detect(in: crate)
            let validator = ProfileValidator(profile: profile, version: version, requirements: requirements)
            let context = CheckContext(
                crate: crate,
                profileIRI: version?.iri,
                knownProfileIRIs: profile.versions.map(\.iri),
                phase: phase,
                payload: loaded.payload
            )
            let result = validator.validate(
                context,
                options: .init(
                    skip: options.skip, metadataOnly: options.metadataOnly, levels: options.levels
                ))
            diagnostics += result.diagnostics.map { $0.inFolder(loaded.filePrefix) }
            checked.rules = result.rules
            checked.entities = crate.entities.count
        }
        let rows = StageFindings(requirements: requirements, profile: profile, version: version, skip: options.skip)
        diagnostics += PackageFindings.diagnostics(loaded.packageProblems, under: rows)
        // Signatures are looked for only where there can be some (the listing already says), or when required.
        let mayBeSigned = loaded.hasSignatures ?? true
        if !diagnostics.contains(where: \.isFatal) && (mayBeSigned || options.signatures.requireSignature) {
            diagnostics += CrateSigner.diagnostics(for: input, options: options.signatures, under: rows)
        }
        if loaded.crate == nil && !diagnostics.contains(where: \.isFatal) {
            diagnostics.append(.metadataMissing(in: name))
        }
        if let payload = loaded.payload, !options.metadataOnly {
            checked.files = payload.files.count
            checked.bytes = max(payload.totalBytes, loaded.hashedBytes)
        }
        let elapsed = clock.now - start
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return ValidationReport(
            input: name,
            profile: profileInfo,
            phase: phase,
            level: options.level,
            levels: options.levels,
            diagnostics: diagnostics,
            checked: checked,
            elapsedMilliseconds: milliseconds
        )
    }

    /// The profile when no crate could be read: as asked, or Five Safes for bags and ZIPs.
    func defaultProfile(for input: CrateInput) -> (Profile, Profile.Version?) {
        let id: String
        switch (options.profile, input) {
        case (.named(let named), _): id = named
        case (_, .bag), (_, .zip): id = "five-safes-crate"
        default: id = "ro-crate"
        }
        let profile = catalog.profiles[id] ?? catalog.profiles["ro-crate"]
        guard let profile else {
            return (Profile(id: id, name: id, versions: [], extends: nil, replaces: [], specURL: nil, requirements: []), nil)
        }
        return (profile, options.profileVersion.flatMap(profile.version(matching:)) ?? profile.versions.first)
    }

    /// The profile and version to apply: as asked, or from the root's `conformsTo`.
    func selectProfile(for crate: Crate) -> (Profile, Profile.Version?) {
        let declared = (crate.root?.references("conformsTo") ?? []).compactMap { catalog.profile(declaring: $0) }
        let fallback =
            catalog.profiles["ro-crate"]
            ?? Profile(
                id: "ro-crate", name: "RO-Crate", versions: [], extends: nil, replaces: [], specURL: nil, requirements: []
            )
        let profile: Profile
        switch options.profile {
        case .auto:
            profile = declared.first(where: { $0.0.id != "ro-crate" })?.0 ?? fallback
        case .named(let id):
            profile = catalog.profiles[id] ?? fallback
        case .file:
            profile =
                catalog.profiles.values.first { candidate in
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

extension Diagnostic {
    /// The same diagnostic with its file placed in a folder of the input (`data/` for a bag's crate).
    func inFolder(_ prefix: String) -> Diagnostic {
        guard !prefix.isEmpty else { return self }
        var copy = self
        copy.location.file = prefix + copy.location.file
        return copy
    }
}
