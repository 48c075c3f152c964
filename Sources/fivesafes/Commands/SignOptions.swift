import ArgumentParser
import FiveSafesKit
import Foundation

/// The key options of `sign`.
struct SignKeyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("PEM private key for a CMS signature (EC P-256/P-384 recommended; RSA works).", valueName: "KEY.pem"))
    var key: String?
    @Option(help: ArgumentHelp("PEM certificate of --key.", valueName: "CERT.pem"))
    var cert: String?
    @Option(help: ArgumentHelp("PEM intermediate CA certificates to embed (repeatable).", valueName: "CA.pem"))
    var chain: [String] = []
    @Option(
        name: .customLong("ssh-key"),
        help: ArgumentHelp(
            "OpenSSH private key (ed25519 or ECDSA P-256; a passphrase-protected one is decrypted) for an SSH signature; a public key FILE.pub signs with that key in ssh-agent.",
            valueName: "FILE"))
    var sshKey: String?
    @Flag(
        name: .customLong("ssh-agent"),
        help: "Sign with a key held by ssh-agent (SSH_AUTH_SOCK): the one --ssh-key names, or the agent's only ed25519/ECDSA key.")
    var sshAgent = false
    @Option(
        name: .customLong("passphrase-file"),
        help: ArgumentHelp(
            "Read the SSH key's passphrase from the first line of FILE (otherwise FIVESAFES_SSH_PASSPHRASE, otherwise asked on a terminal).",
            valueName: "FILE"))
    var passphraseFile: String?

    /// The key source, or a usage error naming what is missing; `agentSocket` is `SSH_AUTH_SOCK`.
    func source(agentSocket: String? = ProcessInfo.processInfo.environment["SSH_AUTH_SOCK"]) throws -> SigningKeySource {
        if sshAgent || sshKey?.hasSuffix(".pub") == true {
            guard key == nil, cert == nil, chain.isEmpty else {
                throw ValidationError("Use either ssh-agent or --key/--cert/--chain, not both.")
            }
            guard let socket = agentSocket, !socket.isEmpty else {
                throw ValidationError(
                    sshAgent
                        ? "--ssh-agent needs SSH_AUTH_SOCK, the agent's socket (start one with `eval $(ssh-agent)` and `ssh-add` your key)."
                        : "\(sshKey ?? "") is a public key: give its private key file, or load the key into ssh-agent (SSH_AUTH_SOCK is not set)."
                )
            }
            return .sshAgent(socket: socket, publicKey: sshKey)
        }
        switch (key, cert, sshKey) {
        case (let key?, let cert?, nil): return .cms(key: key, certificate: cert, chain: chain)
        case (nil, nil, let ssh?) where chain.isEmpty: return .ssh(key: ssh)
        case (nil, nil, nil):
            throw ValidationError("Give --key KEY.pem --cert CERT.pem (CMS), --ssh-key FILE or --ssh-agent (SSH), or --verify.")
        case (_, _, _?): throw ValidationError("Use either --ssh-key or --key/--cert/--chain, not both.")
        default: throw ValidationError("--key and --cert go together.")
        }
    }
}

/// The trust options shared by `sign --verify` and `validate`.
struct TrustOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Trusted root CA certificate(s), PEM (repeatable).", valueName: "CA.pem"))
    var trust: [String] = []
    @Option(name: .customLong("allowed-signers"), help: ArgumentHelp("OpenSSH allowed_signers file for SSH signatures.", valueName: "FILE"))
    var allowedSigners: String?
    @Option(
        name: .customLong("validation-time"),
        help: ArgumentHelp(
            "Check certificate validity at this time instead of now (ISO 8601, e.g. 2030-01-01T00:00:00Z).", valueName: "TIME"))
    var validationTime: String?

    func signatureOptions() throws -> SignatureOptions {
        var options = SignatureOptions()
        options.trustFiles = trust
        options.allowedSignersFile = allowedSigners
        options.settingName = { setting in
            switch setting {
            case .trust: "--trust"
            case .allowedSigners: "--allowed-signers"
            case .requireSignature: "--require-signature"
            }
        }
        if let validationTime {
            guard let date = ISO8601DateFormatter().date(from: validationTime) else {
                throw ValidationError("--validation-time takes an ISO 8601 time with zone, e.g. 2030-01-01T00:00:00Z")
            }
            options.validationTime = date
        }
        return options
    }
}
