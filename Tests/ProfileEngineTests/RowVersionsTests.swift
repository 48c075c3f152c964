import FiveSafesDiagnostics
import JSONLD
import ProfileEngine
import ROCrate
import Testing

/// A row's `versions`: the profile versions it applies to (issue 19: rows that 0.5 or the 1.0 draft add or
/// change must not touch 0.4 crates).
@Suite struct RowVersionsTests {
    static let profileHead =
        #""id": "t", "name": "T", "versions": [{"version": "0.4", "iri": "https://example.org/t/0.4"}, "#
        + #"{"version": "0.5", "iri": "https://example.org/t/0.5"}, {"version": "1.0-WD", "iri": "https://example.org/t/1.0", "spec": "https://example.org/spec/1.0"}]"#

    /// The rule ids a one-row profile reports on a crate whose root name is five characters, under a version.
    private func rules(_ extra: String, version label: String?) throws -> [String] {
        let row = LevelCaseTests.rootNameRow(minLength: 10, extra)
        let catalog = try ProfileCatalog(files: ["profiles/t/profile.json": "{\(Self.profileHead), \"requirements\": [\(row)]}"])
        let profile = try #require(catalog.profiles["t"])
        let version = label.flatMap(profile.version(matching:))
        let validator = ProfileValidator(profile: profile, version: version, requirements: profile.requirements)
        let context = CheckContext(crate: try LevelCaseTests.crate(version: "1.2"))
        return validator.validate(context, options: .init()).diagnostics.map(\.rule)
    }

    @Test(arguments: [
        ("0.4", [] as [String]),
        ("0.5", ["T-1"]),
        ("1.0-WD", ["T-1"]),
    ])
    func aRowAppliesOnlyToTheVersionsItNames(version: String, expected: [String]) throws {
        #expect(try rules(#""versions": ["0.5", "1.0-WD"]"#, version: version) == expected)
    }

    @Test func aRowWithoutVersionsAppliesToEveryVersionAndToNone() throws {
        for version in ["0.4", "0.5", "1.0-WD", nil] as [String?] {
            #expect(try rules(#""fix": "f""#, version: version) == ["T-1"], "\(version ?? "none")")
        }
    }

    @Test func aVersionsOwnSpecAddressReplacesThePattern() throws {
        let catalog = try ProfileCatalog(files: [
            "profiles/t/profile.json": "{\(Self.profileHead), \"spec\": \"https://example.org/t/{version}\"}"
        ])
        let profile = try #require(catalog.profiles["t"])
        #expect(profile.specLink("#a", version: profile.version(matching: "0.5")) == "https://example.org/t/0.5#a")
        #expect(profile.specLink("#a", version: profile.version(matching: "https://example.org/t/1.0")) == "https://example.org/spec/1.0#a")
    }

    @Test(arguments: [
        (#""versions": "0.5""#, "`versions` must be a non-empty array of distinct version labels"),
        (#""versions": []"#, "`versions` must be a non-empty array of distinct version labels"),
        (#""versions": ["0.5", "0.5"]"#, "`versions` must be a non-empty array of distinct version labels"),
        (#""versions": [0.5]"#, "`versions` must be a non-empty array of distinct version labels"),
        (#""versions": ["0.6"]"#, "`versions` names \"0.6\", which is not a version of t"),
    ])
    func malformedOrUnknownVersionsAreRefusedNamingTheRow(extra: String, message: String) {
        let row = LevelCaseTests.rootNameRow(minLength: 10, extra)
        do {
            _ = try ProfileCatalog(files: ["profiles/t/profile.json": "{\(Self.profileHead), \"requirements\": [\(row)]}"])
            Issue.record("loaded \(row)")
        } catch {
            #expect(error.requirement == "T-1")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func aVersionTakingListedRowsOnlySkipsItsProfilesUnlistedRowsButNotInheritedOnes() throws {
        let base =
            #"{"id": "base", "name": "B", "requirements": [\#(LevelCaseTests.rootNameRow(minLength: 10, #""fix": "f""#).replacing("T-1", with: "B-1"))]}"#
        let own = [
            LevelCaseTests.rootNameRow(minLength: 10, #""fix": "f""#),
            LevelCaseTests.rootNameRow(minLength: 10, #""versions": ["2.0"]"#).replacing("T-1", with: "T-2"),
        ].joined(separator: ", ")
        let head =
            #""id": "t", "name": "T", "extends": "base", "versions": [{"version": "1.0", "iri": "https://example.org/t/1.0"}, {"version": "2.0", "iri": "https://example.org/t/2.0", "rows": "listed"}]"#
        let catalog = try ProfileCatalog(files: [
            "profiles/base/profile.json": base, "profiles/t/profile.json": "{\(head), \"requirements\": [\(own)]}",
        ])
        let profile = try #require(catalog.profiles["t"])
        let rules = { (label: String) throws -> [String] in
            let validator = ProfileValidator(
                profile: profile, version: profile.version(matching: label), requirements: catalog.requirements(of: profile))
            return validator.validate(CheckContext(crate: try LevelCaseTests.crate(version: "1.2")), options: .init()).diagnostics.map(
                \.rule
            ).sorted()
        }
        #expect(try rules("1.0") == ["B-1", "T-1"])
        #expect(try rules("2.0") == ["B-1", "T-2"])
    }

    @Test func aVersionsRowsValueOtherThanListedIsRefused() {
        let profile = #"{"id": "t", "versions": [{"version": "1.0", "iri": "https://example.org/t/1.0", "rows": "all"}]}"#
        do {
            _ = try ProfileCatalog(files: ["profiles/t/profile.json": profile])
            Issue.record("loaded rows: all")
        } catch {
            #expect(error.message.hasPrefix("version 1.0: `rows` must be \"listed\""), "\(error.message)")
        }
    }
}
