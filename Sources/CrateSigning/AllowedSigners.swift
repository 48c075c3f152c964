public import Foundation

/// An OpenSSH `allowed_signers` file (ssh-keygen(1) "ALLOWED SIGNERS"): which principals may sign with which keys.
///
/// Each line is `principals [options] keytype base64 [comment]`. Understood options: `namespaces="…"` (the
/// key may sign only in these namespaces), `valid-after` / `valid-before` (YYYYMMDD[HHMM[SS]][Z]), and
/// `cert-authority` (SSH certificates are not supported, so such lines never match).
public struct AllowedSigners: Sendable {
    /// One line.
    public struct Entry: Sendable {
        /// Principals (e-mail addresses, names), as written (patterns with `*` and `?` allowed).
        public var principals: [String]
        /// Namespaces the key may sign in; nil for any.
        public var namespaces: [String]?
        /// Not valid before this time.
        public var validAfter: Date?
        /// Not valid after this time.
        public var validBefore: Date?
        /// The key.
        public var key: SSHPublicKey
        /// A certificate authority line (never matches: SSH certificates are not supported).
        public var isCertificateAuthority = false
        /// 1-based line number.
        public var line: Int
    }

    /// Every usable line, in file order.
    public var entries: [Entry] = []

    /// Parses the file's text; `path` names it in errors.
    public init(parsing text: String, path: String = "allowed_signers") throws(SigningError) {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(["\r"]))
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var fields = Self.fields(of: line)
            guard fields.count >= 3 else { throw SigningError("\(path):\(index + 1): expected `principals [options] keytype key`") }
            let principals = fields.removeFirst().split(separator: ",").map { String($0).trimmingQuotes }
            let options = SSHPublicKey.Algorithm(rawValue: fields[0]) == nil ? fields.removeFirst() : nil
            let key: SSHPublicKey
            do throws(SigningError) {
                key = try SSHPublicKey(openSSH: fields.joined(separator: " "))
            } catch {
                throw SigningError("\(path):\(index + 1): \(error.message)")
            }
            var entry = Entry(principals: principals, key: key, line: index + 1)
            if let options { try Self.apply(options: options, to: &entry, at: "\(path):\(index + 1)") }
            entries.append(entry)
        }
    }

    /// Principals allowed to sign with `key` in `namespace` at `time` (empty: the key is not allowed).
    public func principals(for key: SSHPublicKey, namespace: String, at time: Date = Date()) -> [String] {
        entries.filter { entry in
            !entry.isCertificateAuthority && entry.key.blob == key.blob
                && (entry.namespaces.map { $0.contains(where: { Self.matches(namespace, pattern: $0) }) } ?? true)
                && (entry.validAfter.map { time >= $0 } ?? true) && (entry.validBefore.map { time <= $0 } ?? true)
        }.flatMap(\.principals)
    }

    /// Whether the key is listed at all (for telling "unknown key" from "not for this namespace").
    public func lists(_ key: SSHPublicKey) -> Bool {
        entries.contains { !$0.isCertificateAuthority && $0.key.blob == key.blob }
    }

    private static func apply(options text: String, to entry: inout Entry, at location: String) throws(SigningError) {
        for option in splitOptions(text) {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].lowercased()
            let value = parts.count > 1 ? parts[1].trimmingQuotes : ""
            switch name {
            case "cert-authority": entry.isCertificateAuthority = true
            case "namespaces": entry.namespaces = value.split(separator: ",").map(String.init)
            case "valid-after", "valid-before":
                guard let date = timestamp(value) else { throw SigningError("\(location): \(name) \(value) is not YYYYMMDD[HHMM[SS]][Z]") }
                if name == "valid-after" { entry.validAfter = date } else { entry.validBefore = date }
            default: throw SigningError("\(location): unknown option \(name)")
            }
        }
    }

    /// Splits a line on blanks outside double quotes.
    private static func fields(of line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if (character == " " || character == "\t") && !quoted {
                if !current.isEmpty { fields.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }

    /// Splits options on commas outside double quotes.
    private static func splitOptions(_ text: String) -> [String] {
        var options: [String] = [], current = "", quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == "," && !quoted {
                options.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        options.append(current)
        return options.filter { !$0.isEmpty }
    }

    /// `YYYYMMDD[HHMM[SS]][Z]` (local time unless Z, as in ssh-keygen).
    private static func timestamp(_ text: String) -> Date? {
        let utc = text.hasSuffix("Z")
        let digits = utc ? String(text.dropLast()) : text
        guard [8, 12, 14].contains(digits.count), digits.allSatisfy(\.isNumber) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = utc ? TimeZone(identifier: "UTC") : TimeZone.current
        formatter.dateFormat = ["yyyyMMdd", "", "", "", "yyyyMMddHHmm", "", "yyyyMMddHHmmss"][digits.count - 8]
        return formatter.date(from: digits)
    }

    /// Glob match with `*` and `?`, as OpenSSH patterns.
    static func matches(_ text: String, pattern: String) -> Bool {
        let text = Array(text), pattern = Array(pattern)
        func match(_ t: Int, _ p: Int) -> Bool {
            if p == pattern.count { return t == text.count }
            if pattern[p] == "*" { return (t...text.count).contains { match($0, p + 1) } }
            guard t < text.count, pattern[p] == "?" || pattern[p] == text[t] else { return false }
            return match(t + 1, p + 1)
        }
        return match(0, 0)
    }
}

extension String {
    /// The string without one pair of surrounding double quotes.
    var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
