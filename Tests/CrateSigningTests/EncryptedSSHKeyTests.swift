import FiveSafesTestSupport
import Foundation
import Testing

@testable import CrateSigning

/// Passphrase-protected OpenSSH keys, made by `ssh-keygen` at run time: every cipher it offers that fivesafes reads,
/// wrong passphrases, and hostile containers (rounds, salt, truncation, check bytes, tags).
@Suite struct EncryptedSSHKeyTests {
    let message = Array("sha512-of-the-manifest  manifest-sha512.txt\n".utf8)

    @Test(arguments: [
        (["-t", "ed25519"], "aes256-ctr"), (["-t", "ecdsa", "-b", "256"], "aes256-ctr"),
        (["-t", "ed25519"], "aes256-gcm@openssh.com"), (["-t", "ecdsa", "-b", "256"], "aes128-ctr"),
    ])
    func decryptsWhatSSHKeygenWrites(type: [String], cipher: String) throws {
        guard let made = try Self.generate(type, passphrase: "correct horse", cipher: cipher) else { return }
        #expect(made.text.contains("BEGIN OPENSSH PRIVATE KEY"))
        let key = try SSHPrivateKey(openSSH: made.text) { Array("correct horse".utf8) }
        #expect(key.publicKey == (try SSHPublicKey(openSSH: made.publicLine)))
        #expect(key.comment == "encrypted-test")
        #expect(try SSHPrivateKey.publicKey(openSSH: made.text) == key.publicKey, "the public key reads without the passphrase")
        let signature = try SSHSignature.sign(message, with: key)
        #expect(try SSHSignature(armored: Array(signature.armored.utf8)).isValid(for: message))
    }

    @Test(arguments: ["aes256-ctr", "aes256-gcm@openssh.com"])
    func aWrongPassphraseIsNamed(cipher: String) throws {
        guard let made = try Self.generate(["-t", "ed25519"], passphrase: "right", cipher: cipher) else { return }
        #expect(Self.refusal(made.text, passphrase: "wrong")?.contains("wrong passphrase for the SSH key") == true)
    }

    @Test func withoutAPassphraseSourceTheMessageNamesThem() throws {
        let text = try SigningFixture.text("ssh-encrypted")
        // The library names the remedy; the CLI phrases it with --passphrase-file and FIVESAFES_SSH_PASSPHRASE
        // (SignPassphraseTests).
        #expect(Self.refusal(text, passphrase: nil)?.contains("encrypted with a passphrase") == true)
        let error = #expect(throws: SigningError.self) { try SSHPrivateKey(openSSH: text, passphrase: nil) }
        #expect(error?.remedy == .givePassphrase)
        #expect(try SSHPrivateKey(openSSH: text) { Array("test-only".utf8) }.comment == "test-only-encrypted")
    }

    @Test func aPassphraseIsAskedForOnlyWhenTheKeyIsEncrypted() throws {
        let key = try SSHPrivateKey(openSSH: try SigningFixture.text("ssh-ed25519")) { () throws(SigningError) -> [UInt8] in
            throw SigningError("asked for a passphrase of an unencrypted key")
        }
        #expect(key.comment == "test-only-ed25519")
    }

    @Test func anUnsupportedCipherIsNamedWithTheWayOut() throws {
        guard let made = try Self.generate(["-t", "ed25519"], passphrase: "p", cipher: "chacha20-poly1305@openssh.com") else { return }
        let message = Self.refusal(made.text, passphrase: "p")
        #expect(
            message?.contains("chacha20-poly1305@openssh.com") == true && message?.contains("ssh-keygen -p -Z aes256-ctr") == true,
            "\(message ?? "")")
    }

    /// Hostile containers, each rebuilt from the fixture key with one field changed: every one is a clear error.
    @Test(arguments: [
        ("rounds", "asks for 4294967295 bcrypt rounds"),
        ("zeroRounds", "asks for 0 bcrypt rounds"),
        ("emptySalt", "bcrypt salt is 0 bytes"),
        ("kdf", "key derivation scrypt"),
        ("partialBlock", "whole number of 16-byte blocks"),
        ("truncatedSection", "is truncated"),
        ("truncatedOptions", "bcrypt option block is truncated"),
        ("optionsTrailing", "bcrypt option block has trailing bytes"),
    ])
    func hostileContainersAreRefusedClearly(change: String, expected: String) throws {
        var parts = try KeyParts(text: try SigningFixture.text("ssh-encrypted"))
        switch change {
        case "rounds": parts.kdfOptions = KeyParts.options(salt: Array(0..<16), rounds: .max)
        case "zeroRounds": parts.kdfOptions = KeyParts.options(salt: Array(0..<16), rounds: 0)
        case "emptySalt": parts.kdfOptions = KeyParts.options(salt: [], rounds: 16)
        case "kdf": parts.kdf = "scrypt"
        case "partialBlock": parts.sealed.removeLast(3)
        case "truncatedSection": parts.truncateSealed = true
        case "truncatedOptions": parts.kdfOptions = Array(parts.kdfOptions.prefix(6))
        case "optionsTrailing": parts.kdfOptions += [0]
        default: Issue.record("unknown change \(change)")
        }
        let message = Self.refusal(parts.text, passphrase: "test-only")
        #expect(message?.contains(expected) == true, "\(change): \(message ?? "accepted")")
    }

    @Test func damagedCheckBytesOfAnUnencryptedKeyAreNamed() throws {
        var parts = try KeyParts(text: try SigningFixture.text("ssh-ed25519"))
        parts.sealed[0] ^= 1
        #expect(Self.refusal(parts.text, passphrase: nil)?.contains("check bytes differ") == true)
    }

    @Test func aDamagedGCMTagIsAWrongPassphraseOrDamage() throws {
        guard let made = try Self.generate(["-t", "ed25519"], passphrase: "p", cipher: "aes256-gcm@openssh.com") else { return }
        var parts = try KeyParts(text: made.text)
        parts.trailer[0] ^= 1
        #expect(Self.refusal(parts.text, passphrase: "p")?.contains("or the key file is damaged") == true)
    }

    // MARK: helpers

    /// Why the key is refused with `passphrase`, or nil when it is accepted.
    static func refusal(_ text: String, passphrase: String?) -> String? {
        do {
            _ = try SSHPrivateKey(openSSH: text, passphrase: passphrase.map { value in { Array(value.utf8) } })
            return nil
        } catch {
            return error.message
        }
    }

    /// A new key from `ssh-keygen` with a passphrase and a cipher, with comment `encrypted-test`.
    static func generate(_ type: [String], passphrase: String, cipher: String) throws -> (text: String, publicLine: String)? {
        guard let sshKeygen = ExternalTool.path("ssh-keygen", package: "openssh-client") else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-sshkey-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try CommandRunner.runProgram(
            sshKeygen, ["-q"] + type + ["-N", passphrase, "-Z", cipher, "-C", "encrypted-test", "-f", folder + "/k"]
        )
        guard made.status == 0 else {
            Issue.record("ssh-keygen failed: \(made.stderr)")
            return nil
        }
        return (try String(contentsOfFile: folder + "/k", encoding: .utf8), try String(contentsOfFile: folder + "/k.pub", encoding: .utf8))
    }
}

/// The fields of an `openssh-key-v1` file, to rebuild it with one of them changed.
struct KeyParts {
    var cipher: String
    var kdf: String
    var kdfOptions: [UInt8]
    var publicBlob: [UInt8]
    var sealed: [UInt8]
    /// Bytes after the private section (the GCM tag).
    var trailer: [UInt8]
    /// Write the private section's length but only half its bytes.
    var truncateSealed = false

    init(text: String) throws {
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        var reader = SSHWireReader(Array(Data(base64Encoded: body) ?? Data()), what: "test key")
        _ = try reader.readRaw(15)
        cipher = try reader.readText()
        kdf = try reader.readText()
        kdfOptions = try reader.readString()
        _ = try reader.readUInt32()
        publicBlob = try reader.readString()
        sealed = try reader.readString()
        var rest: [UInt8] = []
        while !reader.isAtEnd { rest += try reader.readRaw(1) }
        trailer = rest
    }

    static func options(salt: [UInt8], rounds: UInt32) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.appendString(salt)
        writer.appendUInt32(rounds)
        return writer.bytes
    }

    var text: String {
        var writer = SSHWireWriter()
        writer.appendRaw(Array("openssh-key-v1\0".utf8))
        writer.appendString(cipher)
        writer.appendString(kdf)
        writer.appendString(kdfOptions)
        writer.appendUInt32(1)
        writer.appendString(publicBlob)
        if truncateSealed {
            writer.appendUInt32(UInt32(sealed.count))
            writer.appendRaw(sealed.prefix(sealed.count / 2))
        } else {
            writer.appendString(sealed)
            writer.appendRaw(trailer)
        }
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + Data(writer.bytes).base64EncodedString(options: .lineLength64Characters)
            + "\n-----END OPENSSH PRIVATE KEY-----\n"
    }
}
