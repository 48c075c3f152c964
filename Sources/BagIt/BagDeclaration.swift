/// The contents of `bagit.txt`: the BagIt version and the tag-file encoding (RFC 8493 §2.1.1).
public struct BagDeclaration: Sendable, Equatable {
    /// Major and minor version, e.g. (1, 0).
    public var version: (major: Int, minor: Int)?
    /// The version as written.
    public var versionText: String?
    /// The declared tag file encoding.
    public var encoding: String?
    /// Problems found while reading, with 1-based line numbers.
    public var problems: [BagProblem]

    /// The bytes the `zip` command writes: RFC 8493's spelling `BagIt-Version`. (The RO-Crate and Five Safes
    /// examples write `BagIt-version`, which Python's `bagit` rejects; reading compares labels without case and
    /// reports spellings other than ``versionLabels``.)
    public static let canonical = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    /// The version labels read without a finding: RFC 8493's `BagIt-Version`, and `BagIt-version`, exactly the
    /// line RO-Crate 1.1's implementation notes ("Adding RO-Crate to BagIt") give for bagit.txt (RC-BAG-03).
    public static let versionLabels: Set<String> = ["BagIt-Version", "BagIt-version"]

    /// Reads `bagit.txt`.
    public init(parsing bytes: [UInt8], file: String = "bagit.txt") {
        problems = []
        var content = bytes
        if content.starts(with: [0xEF, 0xBB, 0xBF]) {
            problems.append(
                BagProblem(.declarationMalformed, file: file, line: 1, "bagit.txt starts with a byte order mark, which RFC 8493 forbids"))
            content.removeFirst(3)
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            problems.append(BagProblem(.declarationMalformed, file: file, "bagit.txt is not UTF-8"))
            return
        }
        let lines = TagFileLines.split(text)
        if lines.count != 2 {
            problems.append(BagProblem(.declarationMalformed, file: file, "bagit.txt has \(lines.count) lines; it must have exactly two"))
        }
        for (number, line) in lines.enumerated() {
            guard let (label, value) = TagFileLines.labelAndValue(line) else {
                problems.append(
                    BagProblem(.declarationMalformed, file: file, line: number + 1, "line \(number + 1) of bagit.txt is not `Label: value`")
                )
                continue
            }
            switch label.lowercased() {
            case "bagit-version":
                versionText = value
                let parts = value.split(separator: ".")
                if parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) {
                    version = (major, minor)
                } else {
                    problems.append(
                        BagProblem(.declarationMalformed, file: file, line: number + 1, "`\(value)` is not a BagIt version of the form M.N")
                    )
                }
                if number != 0 {
                    problems.append(
                        BagProblem(.declarationMalformed, file: file, line: number + 1, "the BagIt-Version line must come first"))
                }
                if !Self.versionLabels.contains(label) {
                    problems.append(
                        BagProblem(
                            .declarationLabelCase, file: file, line: number + 1,
                            "the label `\(label)` should be written `BagIt-Version` as RFC 8493 spells it (or `BagIt-version`, as RO-Crate 1.1's implementation notes write it)"
                        ))
                }
            case "tag-file-character-encoding":
                encoding = value
                if label != "Tag-File-Character-Encoding" {
                    problems.append(
                        BagProblem(
                            .declarationLabelCase, file: file, line: number + 1,
                            "the label `\(label)` should be written `Tag-File-Character-Encoding`"))
                }
            default:
                problems.append(
                    BagProblem(.declarationMalformed, file: file, line: number + 1, "bagit.txt has an unexpected label `\(label)`"))
            }
        }
        if versionText == nil {
            problems.append(BagProblem(.declarationMalformed, file: file, "bagit.txt does not declare BagIt-Version"))
        }
        if encoding == nil {
            problems.append(BagProblem(.declarationMalformed, file: file, "bagit.txt does not declare Tag-File-Character-Encoding"))
        } else if encoding?.uppercased() != "UTF-8" {
            problems.append(
                BagProblem(
                    .declarationMalformed, file: file, "tag files are declared as \(encoding ?? ""); this tool reads UTF-8 tag files only"))
        }
    }

    /// Equal when version text, encoding and problems are equal.
    public static func == (lhs: BagDeclaration, rhs: BagDeclaration) -> Bool {
        lhs.versionText == rhs.versionText && lhs.encoding == rhs.encoding && lhs.problems == rhs.problems
    }
}
