internal import Crypto

/// Why a key, a certificate, a trust file or a signature could not be used: a tool failure, not a finding.
public struct SigningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for people (no trailing period).
    public var message: String
    /// What the user can do, when the message does not say it (a front end phrases it with its own options).
    public var remedy: Remedy?

    /// What the user can do about a key that cannot be used.
    public enum Remedy: Sendable, Equatable {
        /// The file is not an OpenSSH key: an X.509 key signs with its certificate instead.
        case useCertificateKey
        /// The key is encrypted: give its passphrase, or sign through ssh-agent.
        case givePassphrase
        /// ssh-agent holds several usable keys: name one by its public key (the keys, as listed).
        case nameAgentKey(String)
    }

    /// Creates an error.
    public init(_ message: String, remedy: Remedy? = nil) {
        self.message = message
        self.remedy = remedy
    }

    /// The message.
    public var description: String { message }
}

extension SigningError {
    /// Why a parser from swift-asn1 or swift-certificates refused its input, for people: the error's text without
    /// the library's source file and line (`… SwiftASN1/ASN1.swift:188`) and without the Swift type name.
    static func reason(_ error: any Error) -> String {
        // swift-crypto reports BoringSSL's refusal as a bare error code.
        if error is CryptoKitError { return "a key in it is malformed or of an unsupported kind" }
        var words = String(describing: error).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let last = words.last, last.contains(".swift:") { words.removeLast() }
        if let first = words.first, first.hasSuffix(":"), first.contains("Error.") {
            words[0] = String(first.drop { $0 != "." }.dropFirst().dropLast()) + ":"
        }
        return words.joined(separator: " ")
    }
}
