/// Byte-level recognisers for the secret formats of ``SecretShapes/patterns`` (same shapes, same order), used on
/// payload files: no `Regex`, no `String`, one look at each start byte, so a scan runs near memory speed.
///
/// ``step(_:at:final:)`` decides whether a secret starts at one position of a buffer. It may answer
/// ``Step/more`` when the buffer ends before the answer is known and more bytes may follow; the streaming
/// ``SecretStreamScanner`` then keeps the unfinished tail for the next block.
enum SecretByteMatcher {
    /// The outcome at one position.
    enum Step: Equatable {
        /// A secret of ``SecretShapes/patterns``'s kind at this index starts here.
        case found(Int)
        /// No secret starts here.
        case none
        /// The buffer ends before the answer is known.
        case more
    }

    /// Index of each kind in ``SecretShapes/patterns``.
    static let pem = 0, github = 1, aws = 2, slack = 3, jwt = 4

    /// Whether `byte` is a word character for a `\b` boundary (ASCII letters, digits, `_`; any byte of a
    /// non-ASCII character counts as a letter, the conservative choice).
    @inline(__always)
    static func isWord(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x5F || byte >= 0x80 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte &- 0x30) < 10 || (byte &- 0x41) < 26 || (byte &- 0x61) < 26
    }

    @inline(__always)
    static func isUpperOrDigit(_ byte: UInt8) -> Bool { (byte &- 0x30) < 10 || (byte &- 0x41) < 26 }

    @inline(__always)
    static func isBase64URL(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x2D || byte == 0x5F }

    /// Whether `byte` can start a secret (a filter before ``step(_:at:final:)``).
    @inline(__always)
    static func canStart(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x67 || byte == 0x41 || byte == 0x78 || byte == 0x65  // - g A x e
    }

    /// Whether a secret starts at `index` of `bytes`. `index` must be past the previous byte's boundary
    /// context: the caller passes the byte before `index` (nil at the start of the input) as `previous`.
    static func step(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, previous: UInt8?, final: Bool) -> Step {
        let boundary = previous.map { !isWord($0) } ?? true
        switch bytes[index] {
        case 0x2D: return pemKey(bytes, index, final)
        case 0x67 where boundary: return gitHubToken(bytes, index, final)
        case 0x41 where boundary: return awsKeyID(bytes, index, final)
        case 0x78 where boundary: return slackToken(bytes, index, final)
        case 0x65 where boundary: return webToken(bytes, index, final)
        default: return .none
        }
    }

    // MARK: - Pieces

    /// Matches `literal` at `index`: the index after it, `nil` for no match, or `-1` when the buffer ends inside
    /// a prefix of it.
    private static func literal(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        let text = literal.utf8Start
        var offset = 0
        while offset < count {
            if index + offset >= bytes.count { return -1 }
            if bytes[index + offset] != text[offset] { return nil }
            offset += 1
        }
        return index + count
    }

    /// The end of the run of bytes in `set` starting at `index`, or nil when the buffer ends inside the run.
    private static func run(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ set: (UInt8) -> Bool) -> Int? {
        var end = index
        while end < bytes.count {
            if !set(bytes[end]) { return end }
            end += 1
        }
        return nil
    }

    /// `literal`, then a run of at least `minimum` bytes of `set` (more bytes may follow).
    private static func prefixed(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool,
        _ text: StaticString, _ minimum: Int, _ set: (UInt8) -> Bool, kind: Int
    ) -> Step {
        guard let start = literal(bytes, index, text) else { return .none }
        if start < 0 { return final ? .none : .more }
        var end = start
        while end < bytes.count && end - start < minimum && set(bytes[end]) { end += 1 }
        if end - start >= minimum { return .found(kind) }
        return end == bytes.count && !final ? .more : .none
    }

    // MARK: - Shapes

    /// `-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----`
    private static func pemKey(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool) -> Step {
        guard var position = literal(bytes, index, "-----BEGIN ") else { return .none }
        if position < 0 { return final ? .none : .more }
        while true {
            // Either the closing words start here, or one more `[A-Z0-9]+ ` word does.
            if let end = literal(bytes, position, "PRIVATE KEY-----") {
                if end >= 0 { return .found(pem) }
                return final ? .none : .more
            }
            guard let wordEnd = run(bytes, position, isUpperOrDigit) else { return final ? .none : .more }
            if wordEnd == position || bytes[wordEnd] != 0x20 { return .none }
            position = wordEnd + 1
        }
    }

    /// `\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})`
    private static func gitHubToken(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool) -> Step {
        let pat = prefixed(bytes, index, final, "github_pat_", 22, { isAlphanumeric($0) || $0 == 0x5F }, kind: github)
        if pat != .none { return pat }
        guard index + 1 < bytes.count else { return final ? .none : .more }
        guard bytes[index + 1] == 0x68 else { return .none }  // h
        guard index + 2 < bytes.count else { return final ? .none : .more }
        switch bytes[index + 2] {
        case 0x70, 0x6F, 0x75, 0x73, 0x72: break  // p o u s r
        default: return .none
        }
        return prefixed(bytes, index + 3, final, "_", 36, isAlphanumeric, kind: github)
    }

    /// `\b(AKIA|ASIA)[0-9A-Z]{16}\b`
    private static func awsKeyID(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool) -> Step {
        var start: Int?
        for prefix: StaticString in ["AKIA", "ASIA"] {
            if let end = literal(bytes, index, prefix) {
                if end < 0 { return final ? .none : .more }
                start = end
            }
        }
        guard let start else { return .none }
        var end = start
        while end < bytes.count && end - start < 16 && isUpperOrDigit(bytes[end]) { end += 1 }
        if end - start < 16 { return end == bytes.count && !final ? .more : .none }
        if end == bytes.count { return final ? .found(aws) : .more }
        return isWord(bytes[end]) ? .none : .found(aws)
    }

    /// `\bxox[abprs]-[A-Za-z0-9-]{10,}`
    private static func slackToken(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool) -> Step {
        guard let start = literal(bytes, index, "xox") else { return .none }
        if start < 0 { return final ? .none : .more }
        guard start < bytes.count else { return final ? .none : .more }
        switch bytes[start] {
        case 0x61, 0x62, 0x70, 0x72, 0x73: break  // a b p r s
        default: return .none
        }
        return prefixed(bytes, start + 1, final, "-", 10, { isAlphanumeric($0) || $0 == 0x2D }, kind: slack)
    }

    /// `\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`
    private static func webToken(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ final: Bool) -> Step {
        var position = index
        for part in 0..<3 {
            if part < 2 {
                guard let start = literal(bytes, position, "eyJ") else { return .none }
                if start < 0 { return final ? .none : .more }
                position = start
            }
            if part == 2 { return prefixed(bytes, position, final, "", 8, isBase64URL, kind: jwt) }
            // The class excludes `.`, so the run is maximal before the dot: no backtracking needed.
            guard let end = run(bytes, position, isBase64URL) else { return final ? .none : .more }
            if end - position < 8 || bytes[end] != 0x2E { return .none }
            position = end + 1
        }
        return .none
    }
}
