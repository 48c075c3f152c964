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

    /// Compiled patterns: the specification the byte-level matchers of ``SecretByteMatcher`` are tested
    /// against (no check runs them; `Regex` values are not shared across threads).
    static func compiled() -> [(String, Regex<AnyRegexOutput>)] {
        patterns.compactMap { description, pattern in (try? Regex(pattern)).map { (description, $0) } }
    }

    /// Literal text each pattern cannot match without (same order as ``patterns``): a cheap byte search rules
    /// out almost every string before a regex runs.
    static let triggers: [[[UInt8]]] = [
        ["-----BEGIN "], ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"], ["AKIA", "ASIA"], ["xox"], ["eyJ"],
    ].map { $0.map { Array($0.utf8) } }

    /// The description of the first secret format found in the text, by the regexes (the tests' reference).
    static func match(_ text: String, _ regexes: [(String, Regex<AnyRegexOutput>)]) -> String? {
        let bytes = Array(text.utf8)
        for (index, regex) in regexes.enumerated() {
            if index < triggers.count, !triggers[index].contains(where: { contains(bytes, $0) }) { continue }
            if text.contains(regex.1) { return regex.0 }
        }
        return nil
    }

    /// Whether a key or name reads like a credential (`api_key`, `tre:accessToken`, `db-password`).
    static func isCredentialName(_ text: String) -> Bool {
        // ASCII: the same normalisation on bytes, without Unicode case mapping, into a stack buffer (this runs for
        // every key, name and `@id` of the crate); nil at the first non-ASCII byte.
        let ascii = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.utf8.count) { buffer -> Bool? in
            var count = 0
            var separated = false
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "/"):
                    separated = true
                    continue
                case 0x80...: return nil
                default: break
                }
                if separated {  // a new segment starts: only the last non-empty one counts
                    count = 0
                    separated = false
                }
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    buffer[count] = byte + 32
                    count += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    buffer[count] = byte
                    count += 1
                default: break  // punctuation inside the segment is dropped
                }
            }
            return containsKeyWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
        if let ascii { return ascii }
        let local = text.split(whereSeparator: { $0 == ":" || $0 == "#" || $0 == "/" }).last.map(String.init) ?? text
        let normalised = String(local.lowercased().filter { $0.isLetter || $0.isNumber })
        return keyWords.contains(where: normalised.contains)
    }

    /// The key words by their first byte, so that a normalised name is read once, not once per key word.
    private static let keyWordsByFirstByte: [[[UInt8]]] = keyWords.reduce(into: Array(repeating: [], count: 256)) { table, word in
        table[Int(word.utf8.first ?? 0)].append(Array(word.utf8))
    }

    /// Whether a normalised (lower-case ASCII letters and digits) name contains a key word.
    private static func containsKeyWord(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let table = keyWordsByFirstByte
        for start in name.indices {
            for word in table[Int(name[start])] where word.count <= name.count - start {
                if word.indices.allSatisfy({ name[start + $0] == word[$0] }) { return true }
            }
        }
        return false
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
