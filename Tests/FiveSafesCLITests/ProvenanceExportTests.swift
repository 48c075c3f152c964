import FiveSafesTestSupport
import Foundation
import Testing

/// The exports parse with the tools people will feed them to: rdflib (Turtle, JSON-LD) and Graphviz `dot`.
/// A missing tool fails the test with the command that installs it (`make test-deps`), never a silent skip.
@Suite struct ProvenanceExportTests {
    let result = Fixtures.path("crates/valid/result")

    func export(_ format: String) throws -> String {
        let run = try CommandRunner.run(["provenance", "export", result, "--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fivesafes-export-\(UUID().uuidString).\(format)").path
        try run.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Parses a file with rdflib and prints the counts of PROV classes and relations.
    func rdflib(_ file: String, format: String) throws -> String? {
        let script = """
            import sys
            try:
                import rdflib
            except ImportError:
                print("MISSING"); sys.exit(0)
            from rdflib.namespace import PROV, RDF
            g = rdflib.Graph(); g.parse(sys.argv[1], format=sys.argv[2])
            count = lambda p, o=None: len(list(g.triples((None, p, o))))
            print(len(g), count(RDF.type, PROV.Activity), count(RDF.type, PROV.Agent), count(RDF.type, PROV.Entity),
                  count(PROV.used), count(PROV.wasAssociatedWith), count(PROV.startedAtTime), count(PROV.generated))
            """
        let run = try CommandRunner.runProgram(CommandRunner.python, CommandRunner.pythonArguments(["-c", script, file, format]))
        if run.stdout.hasPrefix("MISSING") || run.status == 127 {
            Issue.record("rdflib is not installed for \(CommandRunner.python); run `make test-deps`")
            return nil
        }
        #expect(run.status == 0, "rdflib could not parse the \(format) export: \(run.stderr)")
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [("turtle", "turtle"), ("prov-jsonld", "json-ld")])
    func provOParsesWithRdflib(format: String, rdflibFormat: String) throws {
        guard let counts = try rdflib(try export(format), format: rdflibFormat) else { return }
        let numbers = counts.split(separator: " ").compactMap { Int($0) }
        // 7 phase activities (check … publish), their agents and entities, and every relation kind present.
        #expect(numbers.count == 8 && numbers[1] == 7, "\(counts)")
        #expect(
            numbers.count == 8 && numbers[2] >= 4 && numbers[3] >= 5 && numbers[4] > 0 && numbers[5] == 7 && numbers[6] == 7
                && numbers[7] == 3, "\(counts)")
    }

    @Test func dotParsesWithGraphviz() throws {
        let file = try export("dot")
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile)
        else {
            Issue.record("Graphviz `dot` is not installed; run `make test-deps` (Debian package graphviz)")
            return
        }
        let run = try CommandRunner.runProgram(dot, ["-Tsvg", file])
        #expect(run.status == 0, "dot rejected the export: \(run.stderr)")
        #expect(run.stdout.contains("<svg") && run.stdout.contains("Disclosure: completed"))
    }

    @Test func mermaidIsAFlowchartOfTheLifecycle() throws {
        let text = try String(contentsOfFile: try export("mermaid"), encoding: .utf8)
        #expect(text.hasPrefix("flowchart LR\n"))
        #expect(text.contains("-->|wasAssociatedWith|") && text.contains("-->|wasInformedBy|") && text.contains("Disclosure: completed"))
    }
}
