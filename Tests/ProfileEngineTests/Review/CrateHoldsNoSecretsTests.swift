import ROCrate
import Testing

@testable import ProfileEngine

@Suite struct CrateHoldsNoSecretsTests {
    private func messages(_ entities: String, payload: PayloadIndex? = nil) throws -> [String] {
        ReviewTestCrate.messages(CrateHoldsNoSecrets(), try ReviewTestCrate.make(entities: entities), payload: payload)
    }

    @Test func credentialKeysAreReportedWithoutTheirValue() throws {
        let found = try messages(
            ##"""
            {"@id": "#cfg", "@type": "Thing", "name": "config", "apiKey": "sk-live-4f9a", "tre:accessToken": "abc123xyz",
             "db_password": {"@value": "hunter2"}, "passwordPolicy": ""}
            """##)
        #expect(found.count == 3, "\(found)")
        #expect(!found.contains { $0.contains("sk-live-4f9a") || $0.contains("abc123xyz") || $0.contains("hunter2") })
        #expect(found.allSatisfy { $0.contains("value not shown") })
    }

    /// Names are read as their last `:`/`#`/`/` segment, lower-cased, letters and digits only: each key word
    /// anywhere in it counts, words cut by a separator or only in an earlier segment do not, and the ASCII fast path
    /// agrees with the general (Unicode) one.
    @Test(arguments: [
        ("password", true), ("db-password", true), ("Passwd", true), ("clientSecret", true), ("x_token_y", true),
        ("api_key", true), ("PRIVATE-KEY", true), ("awsAccessKey", true), ("tre:accessToken", true),
        ("https://example.org/terms#credentials", true), ("hasCredential", true), ("passwordPolicy", true),
        ("toke", false), ("pass/word", false), ("password:name", false), ("secret#", true), ("keys", false),
        ("api-ke-y", true), ("tok", false), ("", false), ("outputs/part-004152.csv", false), ("Pässword", false),
        ("mot_de_passe_secret_é", true), ("clé:apiKey", true),
    ])
    func credentialNamesAreRecognised(name: String, expected: Bool) {
        #expect(SecretShapes.isCredentialName(name) == expected)
        // The same answer through the Unicode path: a non-ASCII segment before the last one changes nothing.
        #expect(SecretShapes.isCredentialName("é/" + name) == expected)
    }

    @Test func credentialNamedPropertyValuesAreReported() throws {
        let found = try messages(
            ##"""
            {"@id": "#input_db_password", "@type": "PropertyValue", "name": "db_password", "value": "s3cr3t-value"},
            {"@id": "#fast", "@type": "PropertyValue", "name": "fast_mode", "value": "true"}
            """##)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("`value` of `#input_db_password`") == true)
        #expect(found.first?.contains("s3cr3t-value") == false)
    }

    @Test func aCredentialNamedLinkToADescribedEntityIsNoSecretButALiteralIs() throws {
        // Five Safes 0.5's hasCredential references EducationalOccupationalCredential entities.
        let found = try messages(
            ##"""
            {"@id": "#person", "@type": "Person", "name": "R", "hasCredential": [{"@id": "#training"}, {"@id": "#agreement"}]},
            {"@id": "#training", "@type": "EducationalOccupationalCredential", "name": "Safe Researcher Training"},
            {"@id": "#other", "@type": "Person", "name": "S", "hasCredential": "hunter2-literal"},
            {"@id": "#shaped", "@type": "Person", "name": "T", "hasCredential": {"@id": "ghp_0123456789abcdefghijABCDEFGHIJ012345"}}
            """##)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("`hasCredential` of `#other` holds a value that looks like a credential") })
        #expect(found.contains { $0.contains("`hasCredential` of `#shaped` holds what looks like a GitHub token") })
    }

    @Test func tokenShapesInOrdinaryValuesAreReported() throws {
        let found = try messages(
            ##"""
            {"@id": "#a", "@type": "Thing", "description": "key AKIAIOSFODNN7EXAMPLE used"},
            {"@id": "#b", "@type": "Thing", "text": "-----BEGIN OPENSSH PRIVATE KEY-----\nabc"},
            {"@id": "#c", "@type": "Thing", "description": "ghp_0123456789abcdefghijABCDEFGHIJ012345"},
            {"@id": "#d", "@type": "Thing", "description": "A tokenised description of keys and AKIA lowercase akiaiosfodnn7example"}
            """##)
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.contains("an AWS access key id") })
        #expect(found.contains { $0.contains("a PEM private key") })
        #expect(found.contains { $0.contains("a GitHub token") })
        #expect(!found.contains { $0.contains("AKIAIOSFODNN7EXAMPLE") || $0.contains("ghp_0123") })
    }

    @Test func payloadFilesAreScannedButNotTheMetadataFile() throws {
        let files: [String: String] = [
            "logs/run.log": "start\n-----BEGIN RSA PRIVATE KEY-----\nTEST-ONLY\n",
            "ro-crate-metadata.json": "-----BEGIN RSA PRIVATE KEY-----",
            "outputs/qa.csv": "a,b\n1,2\n",
        ]
        let payload = PayloadIndex(
            files: files.mapValues { Int64($0.utf8.count) }, directories: ["logs", "outputs"],
            read: { path, _ in files[path].map { Array($0.utf8) } })
        let findings = CrateHoldsNoSecrets().evaluate(in: CheckContext(crate: try ReviewTestCrate.make(), payload: payload))
        #expect(findings.map(\.file) == ["logs/run.log"])
        #expect(findings.first?.message?.contains("TEST-ONLY") == false)
    }
}
