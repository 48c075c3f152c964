import FiveSafesDiagnostics
import JSONLD
import ProfileEngine
import ROCrate
import Testing

/// Levels as catalogue data: per-case and per-RO-Crate-version levels (`levels`) and the reference validator's
/// behaviour (`reference`, applied by `--levels reference`).
@Suite struct LevelCaseTests {
    /// A crate declaring an RO-Crate version (nil: none), with a root name of five characters and a software agent.
    static func crate(version: String?) throws -> Crate {
        let conformsTo = version.map { #", "conformsTo": {"@id": "https://w3id.org/ro/crate/\#($0)"}"# } ?? ""
        let json = """
            {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
              {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}\(conformsTo)},
              {"@id": "./", "@type": "Dataset", "name": "Short", "mentions": {"@id": "#agent"}},
              {"@id": "#agent", "@type": "SoftwareApplication", "name": "TRE agent"}
            ]}
            """
        return try CrateLoader().load(Array(json.utf8), fileName: "ro-crate-metadata.json")
    }

    /// The severities a one-row profile gives on a crate.
    private func severities(_ row: String, version: String?, levels: LevelScheme = .spec) throws -> [String] {
        let profileJSON = #"{"id": "t", "name": "T", "requirements": [\#(row)]}"#
        let catalog = try ProfileCatalog(files: ["profiles/t/profile.json": profileJSON])
        let profile = try #require(catalog.profiles["t"])
        let validator = ProfileValidator(profile: profile, version: nil, requirements: profile.requirements)
        let context = CheckContext(crate: try Self.crate(version: version))
        return validator.validate(context, options: .init(levels: levels)).diagnostics
            .map { "\($0.rule) \($0.severity.rawValue)" }
    }

    /// A MUST row on the root's name of at least `minLength` characters, with more keys.
    static func rootNameRow(minLength: Int, _ extra: String) -> String {
        #"{"id": "T-1", "level": "MUST", "summary": "s", "target": {"root": true}, "#
            + #""constraints": [{"property": "name", "minLength": \#(minLength)}], \#(extra)}"#
    }

    @Test(
        arguments: [
            ("1.1", "T-1 recommended"),
            ("1.0", "T-1 recommended"),
            ("1.2", "T-1 required"),
            ("1.3-DRAFT", "T-1 required"),
            (nil, "T-1 required"),  // no declared version: read as current, the row's own level
        ] as [(String?, String)])
    func anUpToROCrateCaseCoversThatVersionAndEarlierOnly(version: String?, expected: String) throws {
        let row = Self.rootNameRow(minLength: 10, #""levels": [{"upToROCrate": "1.1", "level": "SHOULD"}]"#)
        #expect(try severities(row, version: version) == [expected])
    }

    @Test func aNamedCaseAppliesOnlyToFindingsTheCheckMarks() throws {
        let row = #"""
            {"id": "T-1", "level": "MUST", "summary": "s", "check": "softwareEntitiesHaveNameURLAndVersion",
             "levels": [{"case": "software-application", "level": "SHOULD"}]}
            """#
        #expect(try severities(row, version: "1.2") == ["T-1 recommended", "T-1 recommended"])
        let plain = #"{"id": "T-1", "level": "MUST", "summary": "s", "check": "softwareEntitiesHaveNameURLAndVersion"}"#
        #expect(try severities(plain, version: "1.2") == ["T-1 required", "T-1 required"])
    }

    @Test func referenceLevelsApplyOnlyWhenAskedFor() throws {
        let row = Self.rootNameRow(minLength: 10, #""reference": {"level": "SHOULD"}"#)
        #expect(try severities(row, version: "1.2") == ["T-1 required"])
        #expect(try severities(row, version: "1.2", levels: .reference) == ["T-1 recommended"])
    }

    @Test func referenceConstraintsReplaceTheSpecsAndOmittedRowsAreNotEvaluated() throws {
        // The spec row passes (name of 5 ≥ 3); the reference validator's floor of 10 does not.
        let floor = Self.rootNameRow(minLength: 3, #""reference": {"constraints": [{"property": "name", "minLength": 10}]}"#)
        #expect(try severities(floor, version: "1.2") == [])
        #expect(try severities(floor, version: "1.2", levels: .reference) == ["T-1 required"])
        let omitted = Self.rootNameRow(minLength: 10, #""reference": {"omitted": true}"#)
        #expect(try severities(omitted, version: "1.2") == ["T-1 required"])
        #expect(try severities(omitted, version: "1.2", levels: .reference) == [])
    }

    @Test(arguments: [
        (#""levels": [{"case": "no-such-case", "level": "SHOULD"}]"#, "the check never reports the level case \"no-such-case\""),
        (#""levels": [{"level": "SHOULD"}]"#, "a level case needs `level` and a `case` or an `upToROCrate` version"),
        (#""levels": [{"upToROCrate": "one", "level": "SHOULD"}]"#, "a level case needs `level` and a `case` or an `upToROCrate` version"),
        (#""levels": [{"upToROCrate": "1.1", "level": "SHOULD", "when": "x"}]"#, "unknown key \"when\" in a level case"),
        (#""levels": {"upToROCrate": "1.1"}"#, "`levels` must be an array"),
        (#""reference": {}"#, "`reference` needs `level`, `omitted` or `constraints`"),
        (
            #""reference": {"constraints": [{"property": "name", "minCount": 1}]}"#,
            "`reference.constraints` needs a declarative requirement"
        ),
        (#""reference": {"level": "OFTEN"}"#, "`level` must be MUST, SHOULD or MAY"),
    ])
    func malformedLevelDataIsRefusedNamingTheRow(extra: String, message: String) {
        let row = #"{"id": "T-1", "level": "MUST", "summary": "s", "check": "softwareEntitiesHaveNameURLAndVersion", \#(extra)}"#
        do {
            _ = try ProfileCatalog(files: ["profiles/t/profile.json": #"{"id": "t", "requirements": [\#(row)]}"#])
            Issue.record("loaded \(row)")
        } catch {
            #expect(error.requirement == "T-1")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func versionsCompareByNumberIgnoringDraftSuffixes() throws {
        let v = { (text: String) throws -> ROCrateVersion in try #require(ROCrateVersion(text)) }
        #expect(try v("1.1") < v("1.2"))
        #expect(try v("1.2-DRAFT") == v("1.2"))
        #expect(try v("1.10") > v("1.9"))
        #expect(ROCrateVersion("1") == nil && ROCrateVersion("one.two") == nil && ROCrateVersion("") == nil)
    }
}
