/// A payload or tag manifest: `<digest> <path>` lines for one algorithm (RFC 8493 §2.1.3, §2.2.1).
public struct Manifest: Sendable, Equatable {
    /// One line.
    public struct Entry: Sendable, Equatable {
        /// Hex digest, lower-cased.
        public var digest: String
        /// Path relative to the bag, decoded (`%0A` → newline, `%25` → `%`).
        public var path: String
        /// 1-based line number.
        public var line: Int

        /// Creates an entry.
        public init(digest: String, path: String, line: Int) {
            self.digest = digest
            self.path = path
            self.line = line
        }
    }

    /// `sha512`, `sha256`, … (from the file name).
    public var algorithm: String
    /// The entries in file order.
    public var entries: [Entry]
    /// Lines that could not be read.
    public var problems: [BagProblem]

    /// Creates a manifest.
    public init(algorithm: String, entries: [Entry] = []) {
        self.algorithm = algorithm
        self.entries = entries
        self.problems = []
    }

    /// Reads a manifest file.
    public init(parsing bytes: [UInt8], algorithm: String, file: String) {
        self.algorithm = algorithm
        entries = []
        problems = []
        guard let text = String(validating: bytes, as: UTF8.self) else {
            problems.append(BagProblem(.manifestLineMalformed, file: file, "\(file) is not UTF-8"))
            return
        }
        let expectedLength = DigestAlgorithm(rawValue: algorithm)?.hexLength
        for (index, line) in TagFileLines.split(text).enumerated() where !line.isEmpty {
            let number = index + 1
            guard let separator = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                problems.append(
                    BagProblem(.manifestLineMalformed, file: file, line: number, "line \(number) has no path after the checksum"))
                continue
            }
            let digest = line[..<separator].lowercased()
            let rawPath = String(line[separator...].drop { $0 == " " || $0 == "\t" })
            let isHex = digest.allSatisfy { $0.isHexDigit }
            if !isHex || (expectedLength.map { digest.count != $0 } ?? false) || rawPath.isEmpty {
                problems.append(
                    BagProblem(.manifestLineMalformed, file: file, line: number, "line \(number) is not `<\(algorithm) hex digest> <path>`")
                )
                continue
            }
            entries.append(Entry(digest: digest, path: Manifest.decode(rawPath), line: number))
        }
    }

    /// The file text: `<digest>  <encoded path>` lines (two spaces, as `sha512sum` writes), sorted by path.
    public var text: String {
        entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            .map { "\($0.digest)  \(Manifest.encode($0.path))\n" }
            .joined()
    }

    /// Percent-encodes only what RFC 8493 requires: CR, LF and `%`.
    public static func encode(_ path: String) -> String {
        var result = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": result += "%25"
            case "\n": result += "%0A"
            case "\r": result += "%0D"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Decodes `%25`, `%0A` and `%0D` (either case); other `%` sequences stay as written.
    public static func decode(_ path: String) -> String {
        guard path.contains("%") else { return path }
        var result = ""
        var scalars = Array(path.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "%", scalars.count >= 3 {
                let code = String(String.UnicodeScalarView(scalars.dropFirst().prefix(2))).uppercased()
                let decoded: Unicode.Scalar? = code == "25" ? "%" : code == "0A" ? "\n" : code == "0D" ? "\r" : nil
                if let decoded {
                    result.unicodeScalars.append(decoded)
                    scalars = scalars.dropFirst(3)
                    continue
                }
            }
            result.unicodeScalars.append(first)
            scalars = scalars.dropFirst()
        }
        return result
    }

    /// The algorithm a manifest file name names: `manifest-sha512.txt` → `sha512`.
    public static func algorithm(ofFile name: String, prefix: String) -> String? {
        guard name.hasPrefix(prefix + "-"), name.hasSuffix(".txt") else { return nil }
        let algorithm = name.dropFirst(prefix.count + 1).dropLast(4)
        return algorithm.isEmpty || algorithm.contains("/") ? nil : String(algorithm)
    }
}
