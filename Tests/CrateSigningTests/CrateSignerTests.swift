import BagIt
import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Signing bags and ZIPs with several signers, verifying them, and naming what changed.
@Suite struct CrateSignerTests {
    @Test(arguments: [false, true])
    func everyKeyTypeSignsSideBySideAndVerifies(_ zip: Bool) throws {
        let bag = try SigningFixture.bag(zip: zip)
        let keys = [
            SigningFixture.cmsP256, SigningFixture.cmsP384, SigningFixture.cmsRSA, SigningFixture.sshEd25519, SigningFixture.sshECDSA,
        ]
        var names: [String] = []
        for key in keys { names.append(try CrateSigner().sign(bag, with: key).signatureFile) }
        #expect(names.enumerated().allSatisfy { index, name in name.hasPrefix("signatures/\(index + 1)-") })
        #expect(names.allSatisfy { $0.wholeMatch(of: /signatures\/\d+-(cms|ssh)-[0-9a-f]{16}\.(p7s|sig)/) != nil }, "\(names)")
        let report = try CrateSigner().verify(bag, options: SigningFixture.trustAll)
        #expect(report.isValid, "\(report)")
        #expect(report.signers.map(\.file) == names.sorted())
        #expect(report.signers.first { $0.format == "ssh" && $0.principals == ["researcher@example.org"] } != nil)
        var validation = ValidationOptions()
        validation.signatures = SigningFixture.trustAll
        validation.signatures.requireSignature = true
        let validated = try CrateValidator(options: validation).validate(zip ? .zip(bag) : .bag(bag), named: "request")
        #expect(!validated.issues.contains { $0.rule.hasPrefix("FS-SIG") }, "\(validated.issues)")
    }

    @Test func theSameKeyTwiceIsRefusedUnlessForced() throws {
        let bag = try SigningFixture.bag(zip: true)
        _ = try CrateSigner().sign(bag, with: SigningFixture.sshEd25519)
        #expect(throws: FiveSafesError.self) { try CrateSigner().sign(bag, with: SigningFixture.sshEd25519) }
        var forced = CrateSigner()
        forced.force = true
        let again = try forced.sign(bag, with: SigningFixture.sshEd25519)
        #expect(again.replaced != nil)
        #expect(try CrateSigner().verify(bag, options: SigningFixture.trustAll).signers.count == 1)
    }

    @Test func signingAZipIsDeterministic() throws {
        let first = try SigningFixture.bag(zip: true)
        let second = try SigningFixture.bag(zip: true)
        _ = try CrateSigner().sign(first, with: SigningFixture.sshEd25519)
        _ = try CrateSigner().sign(second, with: SigningFixture.sshEd25519)
        let one = try Data(contentsOf: URL(fileURLWithPath: first))
        let two = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(one == two)
    }

    @Test func aChangedPayloadByteIsNamed() throws {
        let bag = try signedFolder()
        try SigningFixture.flipLastByte(bag + "/data/ro-crate-metadata.json")
        let report = try CrateSigner().verify(bag, options: SigningFixture.trustAll)
        #expect(!report.isValid)
        #expect(report.changedFiles == ["data/ro-crate-metadata.json"])
        #expect(report.signers.allSatisfy { $0.isValid }, "the tag manifest itself is unchanged")
    }

    @Test func aChangedManifestIsNamed() throws {
        let bag = try signedFolder()
        try SigningFixture.flipLastByte(bag + "/manifest-sha512.txt")
        let report = try CrateSigner().verify(bag, options: SigningFixture.trustAll)
        #expect(!report.isValid)
        #expect(report.changedFiles.contains("manifest-sha512.txt"), "\(report)")
    }

    @Test func aChangedTagManifestBreaksEverySignature() throws {
        let bag = try signedFolder()
        try SigningFixture.flipLastByte(bag + "/tagmanifest-sha512.txt")
        let report = try CrateSigner().verify(bag, options: SigningFixture.trustAll)
        #expect(!report.isValid)
        #expect(report.signers.count == 2 && report.signers.allSatisfy { $0.status == .mismatch }, "\(report.signers)")
        let validated = try validate(bag)
        #expect(validated.issues.filter { $0.rule == "FS-SIG-002" }.count == 2)
    }

    @Test func aDamagedSignatureIsNamed() throws {
        let bag = try signedFolder()
        let files = SigningFixture.signatureFiles(bag)
        let cms = try #require(files.first { $0.hasSuffix(".p7s") })
        let data = try Data(contentsOf: URL(fileURLWithPath: bag + "/" + cms))
        try Data(data.prefix(data.count - 20)).write(to: URL(fileURLWithPath: bag + "/" + cms))
        let ssh = try #require(files.first { $0.hasSuffix(".sig") })
        try Data("-----BEGIN SSH SIGNATURE-----\ngarbage\n-----END SSH SIGNATURE-----\n".utf8).write(
            to: URL(fileURLWithPath: bag + "/" + ssh))
        try Data("not a signature".utf8).write(to: URL(fileURLWithPath: bag + "/signatures/3-notes.txt"))
        let report = try CrateSigner().verify(bag, options: SigningFixture.trustAll)
        #expect(!report.isValid)
        #expect(Set(report.signers.map(\.status)) == [.malformed], "\(report.signers)")
        #expect(report.signers.map(\.file) == files + ["signatures/3-notes.txt"])
        #expect(try validate(bag).issues.filter { $0.rule == "FS-SIG-001" }.count == 3)
    }

    @Test func untrustedSignersAndMissingTrustAreFindings() throws {
        let bag = try signedFolder()
        var other = SignatureOptions()
        other.trustFiles = [SigningFixture.path("other-ca.pem")]
        let report = try CrateSigner().verify(bag, options: other)
        // The CMS signer does not chain to the given root; the SSH one had no trust source of its kind at all.
        #expect(report.signers.map(\.status) == [.untrusted, .unchecked], "\(report.signers)")
        #expect(!report.isValid)
        var options = ValidationOptions()
        options.level = .recommended
        let unchecked = try CrateValidator(options: options).validate(.bag(bag), named: "request")
        #expect(unchecked.issues.filter { $0.rule == "FS-SIG-006" }.count == 2)
        #expect(unchecked.issues.allSatisfy { $0.rule != "FS-SIG-006" || $0.severity == .recommended })
    }

    @Test func requireSignatureMakesAnUnsignedBagInvalid() throws {
        let bag = try SigningFixture.bag(zip: true)
        var options = ValidationOptions()
        options.signatures.requireSignature = true
        let report = try CrateValidator(options: options).validate(.zip(bag), named: "request.zip")
        #expect(report.issues.contains { $0.rule == "FS-SIG-005" })
        #expect(!report.isValid)
    }

    @Test func expiredOrMismatchedKeysCannotSign() throws {
        let bag = try SigningFixture.bag(zip: false)
        let expired = SigningKeySource.cms(
            key: SigningFixture.path("leaf-expired.key"), certificate: SigningFixture.path("leaf-expired.pem"), chain: [])
        #expect(throws: FiveSafesError.self) { try CrateSigner().sign(bag, with: expired) }
        #expect(throws: FiveSafesError.self) { try CrateSigner().sign(bag, with: .ssh(key: SigningFixture.path("ssh-encrypted"))) }
        #expect(SigningFixture.signatureFiles(bag).isEmpty)
    }

    @Test func aBagThatDoesNotMatchItsManifestsIsNotSigned() throws {
        let bag = try SigningFixture.bag(zip: false)
        try SigningFixture.flipLastByte(bag + "/data/ro-crate-metadata.json")
        #expect(throws: FiveSafesError.self) { try CrateSigner().sign(bag, with: SigningFixture.sshEd25519) }
    }

    @Test func aZipWithAChangedPayloadNamesTheFile() throws {
        let bag = try SigningFixture.bag(zip: true)
        _ = try CrateSigner().sign(bag, with: SigningFixture.sshEd25519)
        let tampered = bag + ".tampered.zip"
        try ZipRewriter.rewrite(
            bag, to: tampered,
            adding: [.init(name: "request/data/ro-crate-metadata.json", bytes: Array("{}".utf8))],
            removing: ["request/data/ro-crate-metadata.json"]
        )
        let report = try CrateSigner().verify(tampered, options: SigningFixture.trustAll)
        #expect(!report.isValid)
        #expect(report.changedFiles.contains("data/ro-crate-metadata.json"), "\(report)")
    }

    private func signedFolder() throws -> String {
        let bag = try SigningFixture.bag(zip: false)
        _ = try CrateSigner().sign(bag, with: SigningFixture.cmsP256)
        _ = try CrateSigner().sign(bag, with: SigningFixture.sshEd25519)
        return bag
    }

    private func validate(_ bag: String) throws -> ValidationReport {
        var options = ValidationOptions()
        options.signatures = SigningFixture.trustAll
        return try CrateValidator(options: options).validate(.bag(bag), named: "request")
    }
}
