import FiveSafesKit
import FiveSafesTestSupport
import Foundation
import Testing

/// Hostile and broken metadata: each gives a located finding with the right rule, exit-2 status when nothing
/// could be checked, and never a crash or hang.
@Suite struct BadInputTests {
    private func validate(bytes: [UInt8]) throws -> ValidationReport {
        try CrateValidator().validate(.standardInput(bytes), named: "-")
    }

    private func validate(_ text: String) throws -> ValidationReport {
        try validate(bytes: Array(text.utf8))
    }

    private func only(_ report: ValidationReport) -> (rule: String, message: String, line: Int?)? {
        guard report.issues.count == 1, let issue = report.issues.first else { return nil }
        return (issue.rule, issue.message, issue.location.line)
    }

    @Test(arguments: [
        ("", "RC-MD-01", "the metadata file is empty"),
        ("{\"@graph\": [", "RC-MD-02", "the metadata file is not valid JSON: the document ends where a value was expected"),
        ("hello", "RC-MD-02", "the metadata file is not valid JSON: unexpected 'h' where a value was expected"),
        ("[{\"@id\": \"./\"}]", "RC-MD-04", "the top level of the metadata is a array, not a JSON-LD object with `@context` and `@graph`"),
        (
            "{\"@context\": \"https://w3id.org/ro/crate/1.2/context\"}", "RC-MD-04",
            "the metadata has no `@graph`, so it is not flattened JSON-LD"
        ),
        ("{\"@graph\": {\"@id\": \"./\"}}", "RC-MD-04", "`@graph` is a object, not an array of entities"),
    ])
    func unreadableMetadataIsOneFatalFinding(text: String, rule: String, message: String) throws {
        let report = try validate(text)
        #expect(report.isToolFailure)
        #expect(only(report)?.rule == rule)
        #expect(only(report)?.message == message)
    }

    @Test func invalidUTF8IsLocatedToTheLine() throws {
        let bytes = Array("{\n\"@graph\": [\n  {\"name\": \"".utf8) + [0xC3, 0x28] + Array("\"}]}".utf8)
        let report = try validate(bytes: bytes)
        #expect(report.isToolFailure)
        #expect(only(report)?.rule == "RC-MD-02")
        #expect(only(report)?.line == 3)
        #expect(only(report)?.message.contains("not valid UTF-8") == true)
    }

    @Test func hundredThousandLevelsOfNestingStopAtTheLimit() throws {
        let deep = "{\"@graph\": [" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "]}"
        let report = try validate(deep)
        #expect(only(report)?.rule == "RC-MD-02")
        #expect(only(report)?.message.contains("nested deeper than 512 levels") == true)
    }

    @Test func duplicateIDsMissingIDsAndCyclesAreFindingsNotFailures() throws {
        let text = """
            {"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [
              {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
              {"@id": "./", "@type": "Dataset", "hasPart": {"@id": "a/"}},
              {"@id": "a/", "@type": "Dataset", "hasPart": {"@id": "b/"}},
              {"@id": "b/", "@type": "Dataset", "hasPart": [{"@id": "a/"}, {"@id": "./"}]},
              {"@id": "b/", "@type": "Dataset"},
              {"@type": "Person", "name": "nobody"}
            ]}
            """
        let report = try CrateValidator(
            options: {
                var options = ValidationOptions(); options.level = .optional; return options
            }()
        )
        .validate(.standardInput(Array(text.utf8)), named: "-")
        #expect(!report.isToolFailure)
        let rules = Set(report.issues.map(\.rule))
        #expect(rules.contains("RC-MD-08"))
        #expect(rules.contains("RC-MD-06"))
    }

    @Test func aTwoHundredMegabyteMetadataFileIsValidatedOrRefusedByTheLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = #"{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": [{"@id": "./", "@type": "Dataset", "description": ""#
        var bytes = Array(prefix.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 200 << 20)
        bytes += Array("\"}]}".utf8)
        let file = folder.appendingPathComponent("ro-crate-metadata.json")
        try Data(bytes).write(to: file)
        let report = try CrateValidator().validate(.metadataFile(file.path), named: "big")
        #expect(!report.isToolFailure)
        #expect(report.checked.entities == 1)
        var limited = ValidationOptions()
        limited.maxMetadataSize = 100 << 20
        let refused = try CrateValidator(options: limited).validate(.metadataFile(file.path), named: "big")
        #expect(only(refused)?.rule == "FS-INPUT-002")
    }

    @Test func aDirectoryWithoutMetadataAndAFIFOAreRefusedWithoutBlocking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nometa-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CrateValidator().validate(.directory(folder.path), named: "nometa")
        #expect(only(empty)?.rule == "RC-MD-01")
        #expect(empty.isToolFailure)
        let fifo = folder.appendingPathComponent("ro-crate-metadata.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let blocked = try CrateValidator().validate(.directory(folder.path), named: "fifo")
        #expect(only(blocked)?.rule == "FS-INPUT-001")
        #expect(only(blocked)?.message == "cannot read the metadata file: it is not a regular file")
        #expect(try CrateInput.resolve(fifo, standardInput: { [] }) == .metadataFile(fifo))
    }
}
