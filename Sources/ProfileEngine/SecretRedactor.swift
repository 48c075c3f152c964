/// Hides credential values before any command shows them (`inspect`, `provenance show`), with the heuristics of
/// `5S-SEC-07`: a value whose name reads like a credential (`db_password`, `apiKey`, `accessToken`), or whose text
/// has the shape of a private key, a GitHub, Slack or AWS key, or a JSON Web Token.
public enum SecretRedactor {
    /// What a hidden value is shown as.
    public static let mask = "[masked: looks like a credential]"

    /// `value`, or ``mask`` when one of `names` (the entity's `name`, its `@id`) reads like a credential's or the
    /// value looks like a secret.
    public static func redact(_ value: String, names: [String?] = []) -> String {
        if names.contains(where: { $0.map(SecretShapes.isCredentialName) ?? false }) { return mask }
        return SecretStreamScanner.firstKind(inText: value) == nil ? value : mask
    }
}
