import FiveSafesDiagnostics
import JSONLD
import ProfileEngine
import ROCrate
import Testing

/// The declarative vocabulary, one constraint kind at a time, on a tiny crate built in code.
@Suite struct ConstraintTests {
    static let crateJSON = """
        {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
          {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
          {"@id": "./", "@type": "Dataset", "name": "Short", "mainEntity": {"@id": "#wf"},
           "conformsTo": {"@id": "https://w3id.org/5s-crate/0.4"}, "keywords": ["a", "b"]},
          {"@id": "#wf", "@type": "Dataset"},
          {"@id": "#p", "@type": "Person", "name": 42, "affiliation": [{"@id": "#org"}, {"@id": "#wf"}]},
          {"@id": "#org", "@type": "Organization"},
          {"@id": "#a1", "@type": "AssessAction", "actionStatus": "http://schema.org/CompletedActionStatus"},
          {"@id": "#a2", "@type": "AssessAction", "actionStatus": "Done"},
          {"@id": "#v", "@type": "Thing", "description": {"@value": "A value object", "@language": "en"},
           "datePublished": {"@value": "2026-11-20"}, "alternateName": {"@value": 7}}
        ]}
        """

    private func findings(_ target: String, _ constraint: String) throws -> [Diagnostic] {
        let profileJSON = """
            {"id": "t", "name": "T", "versions": [{"version": "1", "iri": "https://w3id.org/5s-crate/0.4"}],
             "requirements": [{"id": "T-X-01", "level": "SHOULD", "summary": "s", "message": "{entity} {property} {value}",
               "target": \(target), "constraints": [\(constraint)]}]}
            """
        let catalog = try ProfileCatalog(files: ["profiles/t/profile.json": profileJSON])
        let profile = try #require(catalog.profiles["t"])
        let crate = try CrateLoader().load(Array(Self.crateJSON.utf8), fileName: "ro-crate-metadata.json")
        let validator = ProfileValidator(profile: profile, version: profile.versions.first, requirements: profile.requirements)
        let context = CheckContext(crate: crate, profileIRI: "https://w3id.org/5s-crate/0.4")
        return validator.validate(context, options: .init()).diagnostics
    }

    @Test(arguments: [
        (#"{"root": true}"#, #"{"property": "description", "minCount": 1}"#, ["./ description "]),
        (#"{"root": true}"#, #"{"property": "name", "minCount": 1}"#, []),
        (#"{"root": true}"#, #"{"property": "keywords", "maxCount": 1}"#, ["./ keywords "]),
        (#"{"type": "Person"}"#, #"{"property": "name", "datatype": "string"}"#, ["#p name 42"]),
        (
            #"{"type": "AssessAction"}"#, #"{"property": "actionStatus", "in": ["http://schema.org/CompletedActionStatus"]}"#,
            ["#a2 actionStatus Done"]
        ),
        (#"{"root": true}"#, #"{"property": "conformsTo", "hasValue": "{profile}"}"#, []),
        (#"{"root": true}"#, #"{"property": "conformsTo", "hasValue": "https://other"}"#, ["./ conformsTo "]),
        (#"{"root": true}"#, #"{"property": "name", "pattern": "[A-Z][a-z]+"}"#, []),
        (#"{"root": true}"#, #"{"property": "name", "pattern": "[a-z]+"}"#, ["./ name Short"]),
        (#"{"type": "Person"}"#, #"{"property": "affiliation", "class": "Organization"}"#, ["#p affiliation #wf"]),
        (#"{"type": "Person"}"#, #"{"property": "affiliation", "class": ["Organization", "Dataset"]}"#, []),
        (#"{"root": true}"#, #"{"property": "name", "minLength": 6}"#, ["./ name Short"]),
        (#"{"mainEntity": true}"#, #"{"property": "@type", "hasValue": "Dataset"}"#, []),
        (
            #"{"type": "AssessAction", "status": ["http://schema.org/CompletedActionStatus"]}"#, #"{"property": "endTime", "minCount": 1}"#,
            ["#a1 endTime "]
        ),
    ])
    func reportsExactlyTheViolations(target: String, constraint: String, expected: [String]) throws {
        #expect(try findings(target, constraint).map(\.message) == expected)
    }

    /// JSON-LD value objects (`{"@value": …}`, JSON-LD 1.0 compacted form) are read by their `@value` (issue 17).
    @Test(arguments: [
        (#"{"property": "description", "datatype": "string"}"#, [String]()),
        (#"{"property": "description", "minLength": 5}"#, []),
        (#"{"property": "description", "in": ["A value object"]}"#, []),
        (#"{"property": "datePublished", "pattern": "[0-9]{4}-[0-9]{2}-[0-9]{2}"}"#, []),
        (#"{"property": "datePublished", "pattern": "[0-9]{4}"}"#, ["#v datePublished 2026-11-20"]),
        (#"{"property": "alternateName", "datatype": "string"}"#, [#"#v alternateName {"@value":7}"#]),
        (#"{"property": "alternateName", "pattern": "[0-9]+"}"#, [#"#v alternateName {"@value":7}"#]),
    ])
    func valueObjectsAreReadByTheirValue(constraint: String, expected: [String]) throws {
        #expect(try findings(#"{"type": "Thing"}"#, constraint).map(\.message) == expected)
    }

    @Test func findingsCarryTheRequirementSeverityPointerAndLine() throws {
        let found = try findings(#"{"type": "Person"}"#, #"{"property": "name", "datatype": "string"}"#)
        let finding = try #require(found.first)
        #expect(finding.rule == "T-X-01")
        #expect(finding.severity == .recommended)
        #expect(finding.location.pointer?.description == "/@graph/3/name")
        #expect(finding.location.line == 6)
    }
}
