import FiveSafesTestSupport
import Foundation
import Testing

/// The libraries name settings and remedies by typed values (``Remedy``, the `Setting` enums); only the command
/// line (`Sources/fivesafes`) spells its flags. This scan finds string literals under `Sources/` that spell a
/// `--flag`, so a new library message that names a flag fails here instead of drifting from the CLI.
@Suite("Library strings spell no CLI flag")
struct LibraryFlagSpellingTests {
    /// Files whose literals must keep naming flags, each with why.
    static let allowed: Set<String> = [
        // Catalogue data generated from Schemas/profiles/**.json (fix and explanation texts go into reports as they are).
        "Sources/ProfileEngine/Generated/EmbeddedProfiles.swift",
        // A rule's fix text: part of every report (JSON, SARIF, goldens), written by the check itself.
        "Sources/ProfileEngine/Checks/Metadata/ContextReferencesROCrate.swift",
        // FS-INPUT-002's fix text: part of the validation report like any rule's.
        "Sources/FiveSafesKit/Validate/Diagnostic+Input.swift",
        // Why a rule was not evaluated (`--skip X`, `--metadata-only`): report data of SARIF and JUnit (goldens).
        "Sources/FiveSafesKit/Validate/RuleCatalogue.swift",
        // The renderers of the CLI's report formats: these lines are part of the rendered report (JUnit, `--explain`
        // and inspect goldens), which must stay the same to the character.
        "Sources/FiveSafesReports/Inspect/InspectTextRenderer.swift",
        "Sources/FiveSafesReports/Validate/JUnitRenderer.swift",
        "Sources/FiveSafesReports/Validate/RuleExplanationRenderer.swift",
    ]

    /// `"…--word…"` on one line, outside comments; `\(` interpolations are part of the literal.
    static func flagLiterals(in text: String) -> [String] {
        var found: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            var inString = false
            var literal = ""
            var previous: Character = " "
            for character in code {
                if character == "\"" && previous != "\\" {
                    if inString, literal.range(of: #"(^|[^-\w])--[a-z]"#, options: .regularExpression) != nil {
                        found.append(literal)
                    }
                    inString.toggle()
                    literal = ""
                } else if inString {
                    literal.append(character)
                } else if character == "/" && previous == "/" {
                    break
                }
                previous = character
            }
        }
        return found
    }

    /// Every library Swift file, relative to the repository root.
    static func librarySources() throws -> [String] {
        let root = Fixtures.repositoryRoot
        let sources = root.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            guard relative.hasSuffix(".swift"), !relative.hasPrefix("Sources/fivesafes/") else { continue }
            files.append(relative)
        }
        return files.sorted()
    }

    @Test("no library string literal spells a --flag, except the commented allow-list")
    func noFlagsInLibraries() throws {
        let files = try Self.librarySources()
        #expect(files.count > 100)
        var offenders: [String] = []
        for file in files where !Self.allowed.contains(file) {
            let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            offenders += Self.flagLiterals(in: text).map { "\(file): \"\($0)\"" }
        }
        #expect(offenders.isEmpty, "library literals spelling CLI flags:\n\(offenders.joined(separator: "\n"))")
    }

    @Test("every allow-listed file exists and still spells a flag (the list stays short)")
    func allowListIsCurrent() throws {
        for file in Self.allowed.sorted() {
            let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(!Self.flagLiterals(in: text).isEmpty, "\(file) no longer needs its place on the allow-list")
        }
    }

    @Test("the scan finds a flag in a literal and ignores comments, code and en dashes")
    func scanDistinguishes() {
        #expect(Self.flagLiterals(in: #"throw E("--agent is required")"#) == ["--agent is required"])
        #expect(Self.flagLiterals(in: #"let s = "run `fivesafes zip --refresh \(bag)`""#).count == 1)
        #expect(Self.flagLiterals(in: "/// give --agent here").isEmpty)
        #expect(Self.flagLiterals(in: #"let n = "agent" // --agent"#).isEmpty)
        #expect(Self.flagLiterals(in: #"let s = "a--b and 1.0--1.3""#).isEmpty)
        #expect(Self.flagLiterals(in: #"let s = "no flag here""#).isEmpty)
    }
}
