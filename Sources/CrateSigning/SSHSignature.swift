internal import Crypto
internal import Foundation

/// An OpenSSH `SSHSIG` detached signature (PROTOCOL.sshsig), the format of `ssh-keygen -Y sign`.
public struct SSHSignature: Sendable, Equatable {
    /// The namespace fivesafes signs crates in; a signature made for another purpose never verifies as a crate's.
    public static let crateNamespace = "5s-crate"

    /// The signer's public key, embedded in the signature.
    public var publicKey: SSHPublicKey
    /// The namespace the signature was made in.
    public var namespace: String
    /// The message hash: `sha512` (what fivesafes writes) or `sha256`.
    public var hashAlgorithm: String
    /// The wire-encoded signature over the signed data.
    var signatureBlob: [UInt8]

    private static let magic = Array("SSHSIG".utf8)
    private static let begin = "-----BEGIN SSH SIGNATURE-----"
    private static let end = "-----END SSH SIGNATURE-----"

    /// Signs `message` (SHA-512) with `key` in `namespace`; a signature that does not verify under the key's
    /// public key (an agent answering with another key, or damaged) is refused.
    public static func sign(_ message: [UInt8], with key: some SSHSigner, namespace: String = crateNamespace) throws(SigningError) -> Self {
        let toSign = signedData(message, namespace: namespace, hashAlgorithm: "sha512")
        let blob = try key.signatureBlob(for: toSign)
        guard key.publicKey.isValidSignature(blob, for: toSign) else {
            throw SigningError("the \(key.publicKey.algorithm.rawValue) signature made does not verify with the key's public key")
        }
        return Self(publicKey: key.publicKey, namespace: namespace, hashAlgorithm: "sha512", signatureBlob: blob)
    }

    private init(publicKey: SSHPublicKey, namespace: String, hashAlgorithm: String, signatureBlob: [UInt8]) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.hashAlgorithm = hashAlgorithm
        self.signatureBlob = signatureBlob
    }

    /// Parses an armored signature (`-----BEGIN SSH SIGNATURE-----`).
    public init(armored bytes: [UInt8]) throws(SigningError) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: Self.begin), let stop = text.range(of: Self.end), start.upperBound <= stop.lowerBound else {
            throw SigningError("not an armored SSH signature (-----BEGIN SSH SIGNATURE----- … -----END SSH SIGNATURE-----)")
        }
        let body = text[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
        guard let blob = Data(base64Encoded: String(body)) else { throw SigningError("the SSH signature is not valid base64") }
        var reader = SSHWireReader(blob, what: "the SSH signature")
        guard try reader.readRaw(6) == Self.magic else { throw SigningError("the SSH signature does not start with SSHSIG") }
        let version = try reader.readUInt32()
        guard version == 1 else { throw SigningError("SSH signature version \(version) is not supported (only 1)") }
        publicKey = try SSHPublicKey(blob: try reader.readString())
        namespace = try reader.readText()
        _ = try reader.readString()
        hashAlgorithm = try reader.readText()
        guard ["sha512", "sha256"].contains(hashAlgorithm) else {
            throw SigningError("the SSH signature uses hash \(hashAlgorithm) (only sha512 and sha256 exist)")
        }
        signatureBlob = try reader.readString()
        guard reader.isAtEnd else { throw SigningError("the SSH signature has trailing bytes") }
    }

    /// The armored form, wrapped at 70 columns like `ssh-keygen`'s, with a final newline.
    public var armored: String {
        var writer = SSHWireWriter()
        writer.appendRaw(Self.magic)
        writer.appendUInt32(1)
        writer.appendString(publicKey.blob)
        writer.appendString(namespace)
        writer.appendString([UInt8]())
        writer.appendString(hashAlgorithm)
        writer.appendString(signatureBlob)
        let base64 = Array(Data(writer.bytes).base64EncodedString())
        let lines = stride(from: 0, to: base64.count, by: 70).map { String(base64[$0..<min($0 + 70, base64.count)]) }
        return ([Self.begin] + lines + [Self.end]).joined(separator: "\n") + "\n"
    }

    /// Whether the signature is the embedded key's over `message` (the namespace is checked separately).
    public func isValid(for message: [UInt8]) -> Bool {
        publicKey.isValidSignature(signatureBlob, for: Self.signedData(message, namespace: namespace, hashAlgorithm: hashAlgorithm))
    }

    /// `"SSHSIG" || string namespace || string reserved || string hash || string H(message)`.
    private static func signedData(_ message: [UInt8], namespace: String, hashAlgorithm: String) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.appendRaw(magic)
        writer.appendString(namespace)
        writer.appendString([UInt8]())
        writer.appendString(hashAlgorithm)
        writer.appendString(hashAlgorithm == "sha256" ? Array(SHA256.hash(data: message)) : Array(SHA512.hash(data: message)))
        return writer.bytes
    }
}
