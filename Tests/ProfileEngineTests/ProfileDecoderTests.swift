import ProfileEngine
import Testing

/// Profiles fail loudly: an unknown key, check or shape names the requirement.
@Suite struct ProfileDecoderTests {
    private func load(_ requirement: String) throws(ProfileError) {
        _ = try ProfileCatalog(files: [
            "profiles/t/profile.json": #"{"id": "t", "name": "T", "requirements": [\#(requirement)]}"#
        ])
    }

    @Test(arguments: [
        (#"{"id": "T-1", "level": "MUST", "summary": "s", "check": "noSuchCheck"}"#, "unknown check \"noSuchCheck\""),
        (#"{"id": "T-1", "level": "MUST", "summary": "s", "colour": "red", "stage": "load"}"#, "unknown key \"colour\" in a requirement"),
        (#"{"id": "T-1", "level": "MUSTN'T", "summary": "s", "stage": "load"}"#, "`level` must be MUST, SHOULD or MAY"),
        (
            #"{"id": "T-1", "level": "MUST", "summary": "s", "target": {"root": true}, "constraints": [{"property": "x", "atLeast": 1}]}"#,
            "unknown key \"atLeast\" in a constraint"
        ),
        (
            #"{"id": "T-1", "level": "MUST", "summary": "s", "target": {"root": true}, "constraints": [{"property": "x", "minCount": 1, "maxCount": 2}]}"#,
            "a constraint has exactly one of"
        ),
        (
            #"{"id": "T-1", "level": "MUST", "summary": "s", "target": {"everything": true}, "constraints": []}"#,
            "unknown key \"everything\" in a target"
        ),
        (
            #"{"id": "T-1", "level": "MUST", "summary": "s", "target": {"root": true}, "constraints": [{"property": "x", "pattern": "("}]}"#,
            "`pattern` is not a valid regular expression"
        ),
        (#"{"id": "T-1", "level": "MUST", "summary": "s"}"#, "needs `check`, or `target` and `constraints`"),
    ])
    func rejectsMalformedRequirementsNamingThem(requirement: String, message: String) {
        do {
            try load(requirement)
            Issue.record("loaded \(requirement)")
        } catch {
            #expect(error.requirement == "T-1")
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func rejectsDuplicateIDsAcrossProfiles() {
        let row = #"{"id": "T-1", "level": "MUST", "summary": "s", "stage": "load"}"#
        #expect(throws: ProfileError.self) {
            _ = try ProfileCatalog(files: [
                "profiles/a/profile.json": #"{"id": "a", "requirements": [\#(row)]}"#,
                "profiles/b/profile.json": #"{"id": "b", "requirements": [\#(row)]}"#,
            ])
        }
    }
}
