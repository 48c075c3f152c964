import FiveSafesKit
import FiveSafesTestSupport
import Foundation

/// The test-only keys in `Fixtures/signing/` and fresh bags to sign.
enum SigningFixture {
    /// A file of `Fixtures/signing/`.
    static func path(_ name: String) -> String { Fixtures.path("signing/" + name) }

    /// Its text.
    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// 2030-01-01: every fixture certificate but the expired one is valid then (they run 2026–2126).
    static let fixedClock = Date(timeIntervalSince1970: 1_893_456_000)

    /// 2020-06-01, inside the deliberately expired leaf's validity (before the test root existed).
    static let whenExpiredWasValid = Date(timeIntervalSince1970: 1_590_969_600)

    /// A new temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-sign-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The valid request crate packaged as a ZIP (`zip`) or a bag folder, deterministically.
    static func bag(zip: Bool, in folder: String? = nil) throws -> String {
        let folder = try folder ?? temporaryFolder()
        var options = PackageOptions()
        options.externalIdentifier = "urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb"
        options.sourceDateEpoch = 1_700_000_000
        options.validate = false
        options.bagName = "request"
        let output = folder + (zip ? "/request.zip" : "/request")
        _ = try CratePackager(options: options).package(Fixtures.path("crates/valid/request"), to: output, asBagFolder: !zip)
        return output
    }

    /// Key sources of every supported key type.
    static var cmsP256: SigningKeySource {
        .cms(key: path("leaf-p256.key"), certificate: path("leaf-p256.pem"), chain: [path("intermediate.pem")])
    }
    static var cmsP384: SigningKeySource { .cms(key: path("leaf-p384.key"), certificate: path("leaf-p384.pem"), chain: []) }
    static var cmsRSA: SigningKeySource { .cms(key: path("leaf-rsa.key"), certificate: path("leaf-rsa.pem"), chain: []) }
    static var sshEd25519: SigningKeySource { .ssh(key: path("ssh-ed25519")) }
    static var sshECDSA: SigningKeySource { .ssh(key: path("ssh-ecdsa")) }

    /// Trust in the test root CA and the test allowed_signers file.
    static var trustAll: SignatureOptions {
        var options = SignatureOptions()
        options.trustFiles = [path("root-ca.pem")]
        options.allowedSignersFile = path("allowed_signers")
        return options
    }

    /// Flips one byte of a file (the last one).
    static func flipLastByte(_ file: String) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: file))
        data[data.count - 1] ^= 0x01
        try data.write(to: URL(fileURLWithPath: file))
    }

    /// The bag-relative paths of the signature files in a bag folder.
    static func signatureFiles(_ bag: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: bag + "/signatures")) ?? []).sorted().map { "signatures/" + $0 }
    }
}
