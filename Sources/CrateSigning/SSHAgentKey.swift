/// A key held by ssh-agent: signing asks the agent, so the private key (and its passphrase) never reaches fivesafes.
public struct SSHAgentKey: SSHSigner {
    /// The agent holding the key.
    public let agent: SSHAgent
    /// The key.
    public let publicKey: SSHPublicKey
    /// The comment the agent lists for the key.
    public let comment: String

    /// Signs `data` through the agent (`SSH2_AGENTC_SIGN_REQUEST`).
    public func signatureBlob(for data: [UInt8]) throws(SigningError) -> [UInt8] {
        try agent.sign(data, with: publicKey)
    }
}
