/// Something that makes SSH signatures with a key: a private key in memory (``SSHPrivateKey``) or a key held by
/// ssh-agent (``SSHAgentKey``).
public protocol SSHSigner: Sendable {
    /// The public key signatures are checked with.
    var publicKey: SSHPublicKey { get }
    /// The key's comment (often `user@host`), for messages.
    var comment: String { get }
    /// Signs `data`, returning the wire-encoded signature (`string type || string signature`).
    func signatureBlob(for data: [UInt8]) throws(SigningError) -> [UInt8]
}
