internal import JSONLD
internal import ROCrate

/// Recognisers for credentials in text, used by ``CrateHoldsNoSecrets``. They only say *what* was seen, never
/// echo it.
enum SecretShapes {
    /// Property keys (normalised: lower case, letters and digits only) that name a credential.
    static let keyWords = ["password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "credential"]

    /// `(description, pattern)` for well-known secret formats.
    static let patterns: [(String, String)] = [
        ("a PEM private key", #"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----"#),
        ("a GitHub token", #"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"#),
        ("an AWS access key id", #"\b(AKIA|ASIA)[0-9A-Z]{16}\b"#),
        ("a Slack token", #"\bxox[abprs]-[A-Za-z0-9-]{10,}"#),
        ("a JSON Web Token", #"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"#),
    ]

    /// Compiled patterns (compiled per evaluation; `Regex` values are not shared across threads).
    static func compiled() -> [(String, Regex<AnyRegexOutput>)] {
        patterns.compactMap { description, pattern in (try? Regex(pattern)).map { (description, $0) } }
    }

    /// The description of the first secret format found in the text.
    static func match(_ text: String, _ regexes: [(String, Regex<AnyRegexOutput>)]) -> String? {
        regexes.first { text.contains($0.1) }?.0
    }

    /// Whether a key or name reads like a credential (`api_key`, `tre:accessToken`, `db-password`).
    static func isCredentialName(_ text: String) -> Bool {
        let local = text.split(whereSeparator: { $0 == ":" || $0 == "#" || $0 == "/" }).last.map(String.init) ?? text
        let normalised = String(local.lowercased().filter { $0.isLetter || $0.isNumber })
        return keyWords.contains(where: normalised.contains)
    }
}
