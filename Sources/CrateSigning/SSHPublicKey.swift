internal import Crypto
internal import Foundation

/// An SSH public key (ed25519 or ECDSA P-256) in its wire form, as `ssh-keygen` prints and embeds it.
public struct SSHPublicKey: Sendable, Hashable {
    /// The key types fivesafes reads.
    public enum Algorithm: String, Sendable, CaseIterable {
        case ed25519 = "ssh-ed25519"
        case ecdsaP256 = "ecdsa-sha2-nistp256"
    }

    /// The key type.
    public let algorithm: Algorithm
    /// The wire encoding (`string type || key data`), what fingerprints and allowed_signers compare.
    public let blob: [UInt8]
    /// The raw key: 32 bytes (ed25519) or the uncompressed point (P-256).
    let raw: [UInt8]

    /// Parses a wire-encoded public key.
    public init(blob: [UInt8]) throws(SigningError) {
        var reader = SSHWireReader(blob, what: "the SSH public key")
        let type = try reader.readText()
        guard let algorithm = Algorithm(rawValue: type) else {
            throw SigningError("SSH key type \(type) is not supported (use ssh-ed25519 or ecdsa-sha2-nistp256)")
        }
        switch algorithm {
        case .ed25519:
            raw = try reader.readString()
            guard raw.count == 32 else { throw SigningError("the ssh-ed25519 public key is not 32 bytes") }
        case .ecdsaP256:
            guard try reader.readText() == "nistp256" else { throw SigningError("the ECDSA key is not on curve nistp256") }
            raw = try reader.readString()
            guard (try? P256.Signing.PublicKey(x963Representation: raw)) != nil else {
                throw SigningError("the ecdsa-sha2-nistp256 public key is not a valid P-256 point")
            }
        }
        guard reader.isAtEnd else { throw SigningError("the SSH public key has trailing bytes") }
        self.algorithm = algorithm
        self.blob = blob
    }

    /// Parses `TYPE BASE64 [comment]`, the form of `.pub` files and allowed_signers keys.
    public init(openSSH line: String) throws(SigningError) {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else {
            throw SigningError("not an SSH public key line (TYPE BASE64 [comment])")
        }
        try self.init(blob: Array(blob))
        guard algorithm.rawValue == fields[0] else {
            throw SigningError("the key type \(fields[0]) does not match the key data (\(algorithm.rawValue))")
        }
    }

    /// `SHA256:` and the unpadded base64 SHA-256 of the blob, as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        "SHA256:" + Data(SHA256.hash(data: blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The first 16 hex digits of the blob's SHA-256 (for file names).
    public var shortFingerprint: String {
        SHA256.hash(data: blob).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// `TYPE BASE64`, the form allowed_signers and authorized_keys use.
    public var openSSHLine: String {
        algorithm.rawValue + " " + Data(blob).base64EncodedString()
    }

    /// Checks a wire-encoded SSH signature (`string type || string data`) over `data`.
    func isValidSignature(_ signatureBlob: [UInt8], for data: [UInt8]) -> Bool {
        var reader = SSHWireReader(signatureBlob, what: "the SSH signature")
        guard let type = try? reader.readText(), type == algorithm.rawValue,
            let signature = try? reader.readString(), reader.isAtEnd
        else { return false }
        switch algorithm {
        case .ed25519:
            guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
            return key.isValidSignature(signature, for: data)
        case .ecdsaP256:
            var parts = SSHWireReader(signature, what: "the ECDSA signature")
            guard let r = try? parts.readMPInt(width: 32), let s = try? parts.readMPInt(width: 32), parts.isAtEnd,
                let key = try? P256.Signing.PublicKey(x963Representation: raw),
                let ecdsa = try? P256.Signing.ECDSASignature(rawRepresentation: r + s)
            else { return false }
            return key.isValidSignature(ecdsa, for: data)
        }
    }
}
