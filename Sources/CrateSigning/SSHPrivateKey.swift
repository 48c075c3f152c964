internal import Crypto
internal import Foundation

/// An OpenSSH private key (`openssh-key-v1`, ed25519 or ECDSA P-256), as `ssh-keygen` writes it: unencrypted, or
/// protected by a passphrase (bcrypt_pbkdf and AES, see ``OpenSSHKeyFile``).
public struct SSHPrivateKey: SSHSigner {
    /// The raw private key (ed25519 seed or P-256 scalar); swift-crypto keys are rebuilt when signing.
    private enum Key: Sendable {
        case ed25519([UInt8])
        case p256([UInt8])
    }

    private let key: Key
    /// The matching public key.
    public let publicKey: SSHPublicKey
    /// The key's comment (often `user@host`).
    public let comment: String

    /// Parses the text of an OpenSSH private key file; `passphrase` is asked for only when the key is encrypted.
    public init(openSSH text: String, passphrase: (() throws(SigningError) -> [UInt8])? = nil) throws(SigningError) {
        let file = try OpenSSHKeyFile(text: text)
        var secret = SSHWireReader(try file.privateSection(passphrase: passphrase), what: "the OpenSSH private key")
        guard try secret.readUInt32() == secret.readUInt32() else {
            throw file.isEncrypted
                ? OpenSSHKeyFile.wrongPassphrase : SigningError("the OpenSSH private key is damaged (check bytes differ)")
        }
        let publicBlob = file.publicBlob
        let type = try secret.readText()
        publicKey = try SSHPublicKey(blob: publicBlob)
        guard type == publicKey.algorithm.rawValue else {
            throw SigningError("the OpenSSH private key's type does not match its public key")
        }
        switch publicKey.algorithm {
        case .ed25519:
            let publicRaw = try secret.readString()
            let privateRaw = try secret.readString()
            guard privateRaw.count == 64, let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: privateRaw.prefix(32)),
                Array(signing.publicKey.rawRepresentation) == publicRaw, publicRaw == publicKey.raw
            else { throw SigningError("the ssh-ed25519 private key does not match its public key") }
            key = .ed25519(Array(signing.rawRepresentation))
        case .ecdsaP256:
            _ = try secret.readText()
            let point = try secret.readString()
            let scalar = try secret.readMPInt(width: 32)
            guard let signing = try? P256.Signing.PrivateKey(rawRepresentation: scalar),
                Array(signing.publicKey.x963Representation) == point, point == publicKey.raw
            else { throw SigningError("the ecdsa-sha2-nistp256 private key does not match its public key") }
            key = .p256(Array(signing.rawRepresentation))
        }
        comment = (try? secret.readText()) ?? ""
    }

    /// The public key of an OpenSSH private key file, read without its passphrase.
    public static func publicKey(openSSH text: String) throws(SigningError) -> SSHPublicKey {
        try SSHPublicKey(blob: try OpenSSHKeyFile(text: text).publicBlob)
    }

    /// Signs `data`, returning the wire-encoded signature (`string type || string signature`).
    public func signatureBlob(for data: [UInt8]) throws(SigningError) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.appendString(publicKey.algorithm.rawValue)
        switch key {
        case .ed25519(let raw):
            guard let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw),
                let signature = try? signing.signature(for: data)
            else { throw SigningError("ed25519 signing failed") }
            writer.appendString(Array(signature))
        case .p256(let raw):
            guard let signing = try? P256.Signing.PrivateKey(rawRepresentation: raw), let signature = try? signing.signature(for: data)
            else { throw SigningError("ECDSA signing failed") }
            let raw = Array(signature.rawRepresentation)
            var parts = SSHWireWriter()
            parts.appendMPInt(unsigned: raw.prefix(32))
            parts.appendMPInt(unsigned: raw.suffix(32))
            writer.appendString(parts.bytes)
        }
        return writer.bytes
    }
}
