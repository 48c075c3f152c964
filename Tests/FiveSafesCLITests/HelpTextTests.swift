import FiveSafesTestSupport
import Foundation
import Testing

/// Help pages as a terminal of 80 columns shows them (issue 16, item 10): every example line fits, so no
/// command wraps mid-word, and `validate --help` says it takes bags and ZIPs.
@Suite struct HelpTextTests {
    @Test(arguments: [
        ["init"], ["validate"], ["inspect"], ["zip"], ["sign"],
        ["provenance", "add"], ["provenance", "show"], ["provenance", "export"], ["provenance", "sanitize"],
        ["federate"],
    ])
    func exampleLinesAreNeverWrapped(command: [String]) throws {
        let help = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
        guard let examples = help.range(of: "Examples:\n") else { return }
        let block = help[examples.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        for line in block {
            if line.isEmpty || line.hasPrefix("USAGE") { break }
            // A wrapped example continues at column 0; every real line of the block is indented.
            #expect(line.hasPrefix("  "), "\(command): wrapped example line `\(line)`")
        }
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
