internal import Crypto
internal import Foundation

/// An unencrypted OpenSSH private key (`openssh-key-v1`, ed25519 or ECDSA P-256), as `ssh-keygen` writes it.
///
/// Encrypted keys are refused with a clear message: decrypting needs bcrypt_pbkdf, which fivesafes does not carry.
public struct SSHPrivateKey: Sendable {
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

    /// Parses the text of an OpenSSH private key file.
    public init(openSSH text: String) throws(SigningError) {
        let begin = "-----BEGIN OPENSSH PRIVATE KEY-----", end = "-----END OPENSSH PRIVATE KEY-----"
        guard let start = text.range(of: begin), let stop = text.range(of: end), start.upperBound <= stop.lowerBound else {
            if text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED") {
                throw SigningError("the key is encrypted with a passphrase; fivesafes reads only unencrypted keys")
            }
            throw SigningError("not an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----); for X.509 keys use --key and --cert")
        }
        let body = text[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
        guard let decoded = Data(base64Encoded: String(body)) else { throw SigningError("the OpenSSH private key is not valid base64") }
        var reader = SSHWireReader(decoded, what: "the OpenSSH private key")
        guard try reader.readRaw(15) == Array("openssh-key-v1\0".utf8) else {
            throw SigningError("the OpenSSH private key is not in openssh-key-v1 format")
        }
        let cipher = try reader.readText()
        let kdf = try reader.readText()
        guard cipher == "none", kdf == "none" else {
            throw SigningError(
                "the SSH key is encrypted with a passphrase (\(cipher), \(kdf)); fivesafes reads only unencrypted keys: "
                    + "sign with a separate unencrypted signing key, or with `ssh-keygen -Y sign -n 5s-crate` (same format)"
            )
        }
        _ = try reader.readString()
        guard try reader.readUInt32() == 1 else { throw SigningError("the OpenSSH key file holds more than one key") }
        let publicBlob = try reader.readString()
        var secret = SSHWireReader(try reader.readString(), what: "the OpenSSH private key")
        guard try secret.readUInt32() == secret.readUInt32() else {
            throw SigningError("the OpenSSH private key is damaged (check bytes differ)")
        }
        let type = try secret.readText()
        publicKey = try SSHPublicKey(blob: publicBlob)
        guard type == publicKey.algorithm.rawValue else { throw SigningError("the OpenSSH private key's type does not match its public key") }
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

    /// Signs `data`, returning the wire-encoded signature (`string type || string signature`).
    func signatureBlob(for data: [UInt8]) throws(SigningError) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.appendString(publicKey.algorithm.rawValue)
        switch key {
        case .ed25519(let raw):
            guard let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw), let signature = try? signing.signature(for: data) else { throw SigningError("ed25519 signing failed") }
            writer.appendString(Array(signature))
        case .p256(let raw):
            guard let signing = try? P256.Signing.PrivateKey(rawRepresentation: raw), let signature = try? signing.signature(for: data) else { throw SigningError("ECDSA signing failed") }
            let raw = Array(signature.rawRepresentation)
            var parts = SSHWireWriter()
            parts.appendMPInt(unsigned: raw.prefix(32))
            parts.appendMPInt(unsigned: raw.suffix(32))
            writer.appendString(parts.bytes)
        }
        return writer.bytes
    }
}
