import FiveSafesTestSupport
import Foundation
import Testing

/// Help pages as a terminal of 80 columns shows them (issue 16, item 10): every example line fits, so no
/// command wraps mid-word, and `validate --help` says it takes bags and ZIPs.
@Suite struct HelpTextTests {
    @Test(arguments: [
        ["init"], ["validate"], ["inspect"], ["zip"], ["sign"],
        ["provenance", "add"], ["provenance", "show"], ["provenance", "export"], ["provenance", "sanitize"],
        ["zip", "create"], ["zip", "extract"], ["zip", "refresh"], ["sign", "add"], ["sign", "verify"],
        ["federate"],
    ])
    func exampleLinesAreNeverWrapped(command: [String]) throws {
        let help = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
        #expect(help.contains("USAGE: fivesafes \(command.joined(separator: " "))"), "\(command): \(help)")
        #expect(Self.wrappedExampleLines(help).isEmpty, "\(command): wrapped example lines \(Self.wrappedExampleLines(help))")
    }

    /// Every command, found from the help pages themselves, so a new one is checked without being listed here: its
    /// examples fit 80 columns too.
    @Test func everyCommandFoundInTheHelpHasExamplesThatFit() throws {
        let commands = try Self.commands()
        for known in [["init"], ["zip", "extract"], ["sign", "verify"], ["provenance", "sanitize"], ["disclosure", "import"]] {
            #expect(commands.contains(known), "\(known) not found among \(commands)")
        }
        for command in commands {
            let help = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
            #expect(Self.wrappedExampleLines(help).isEmpty, "\(command): wrapped example lines \(Self.wrappedExampleLines(help))")
        }
    }

    /// The lines of a help page's `Examples:` block that a terminal of 80 columns wrapped: a wrapped example
    /// continues at column 0, while every real line of the block is indented.
    static func wrappedExampleLines(_ help: String) -> [String] {
        guard let examples = help.range(of: "Examples:\n") else { return [] }
        var wrapped: [String] = []
        for line in help[examples.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.hasPrefix("USAGE") { break }
            if !line.hasPrefix("  ") { wrapped.append(String(line)) }
        }
        return wrapped
    }

    /// The subcommand paths below `path`, read from the `SUBCOMMANDS:` section of its help (without `help`).
    static func commands(under path: [String] = []) throws -> [[String]] {
        let help = try CommandRunner.run(path + ["--help"], environment: ["COLUMNS": "80"]).stdout
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        var found: [[String]] = []
        for line in help[section.upperBound...].split(separator: "\n") {
            guard line.hasPrefix("  ") else { break }
            // A subcommand's name starts at column 2; its wrapped abstract and the closing "See …" line do not count.
            let name = String(line.dropFirst(2).prefix { $0 != " " })
            guard !line.hasPrefix("   "), !name.isEmpty, name != "See", name != "help" else { continue }
            found.append(path + [name])
            found += try commands(under: path + [name])
        }
        return found
    }

    @Test func federateHelpSaysWhatANodeCrateIsAndWhatIsCopied() throws {
        let help = try CommandRunner.run(["federate", "--help"], environment: ["COLUMNS": "80"]).stdout
        #expect(help.contains("fivesafes federate node-a/ node-b.zip -o record/"), "\(help)")
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("copying its version, dct:isVersionOf, datePublished and publisher"), "\(help)")
    }

    @Test func validateHelpNamesBagsAndZips() throws {
        let help = try CommandRunner.run(["validate", "--help"]).stdout
        #expect(help.contains("BagIt bag folder") && help.contains("a ZIP holding one bag"), "\(help)")
    }
}
