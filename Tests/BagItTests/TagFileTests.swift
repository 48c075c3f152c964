import BagIt
import Testing

@Suite struct TagFileTests {
    @Test(arguments: [
        ("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", []),
        ("BagIt-Version: 1.0\r\nTag-File-Character-Encoding: UTF-8\r\n", []),
        // RO-Crate 1.1's implementation notes write exactly this line (RC-BAG-03, issue 17).
        ("BagIt-version: 1.0\nTag-File-Character-Encoding: UTF-8\n", []),
        ("bagit-version: 1.0\nTag-File-Character-Encoding: UTF-8\n", [BagProblem.Kind.declarationLabelCase]),
        ("BAGIT-VERSION: 1.0\nTag-File-Character-Encoding: UTF-8\n", [.declarationLabelCase]),
        ("BagIt-Version: 1.0\ntag-file-character-encoding: UTF-8\n", [.declarationLabelCase]),
        ("Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n", [.declarationMalformed]),
        ("BagIt-Version: one\nTag-File-Character-Encoding: UTF-8\n", [.declarationMalformed]),
        ("BagIt-Version: 1.0\n", [.declarationMalformed, .declarationMalformed]),
    ])
    func readsBagItTxt(text: String, kinds: [BagProblem.Kind]) {
        let declaration = BagDeclaration(parsing: Array(text.utf8))
        #expect(declaration.problems.map(\.kind) == kinds, "\(declaration.problems)")
    }

    @Test func byteOrderMarkIsAProblem() {
        let declaration = BagDeclaration(parsing: [0xEF, 0xBB, 0xBF] + Array(BagDeclaration.canonical.utf8))
        #expect(declaration.problems.map(\.kind) == [.declarationMalformed])
        #expect(declaration.version! == (1, 0))
    }

    @Test func bagInfoJoinsContinuationLinesAndMatchesLabelsCaselessly() {
        let info = BagInfo(parsing: Array("External-Description: a long\n  description\nexternal-identifier: urn:uuid:x\nbad line\n".utf8))
        #expect(info.values("External-Description") == ["a long description"])
        #expect(info.values("External-Identifier") == ["urn:uuid:x"])
        #expect(info.problems.map(\.line) == [4])
    }

    @Test(arguments: [
        ("1234.5", PayloadOxum(octets: 1234, count: 5)),
        (" 0.0 ", PayloadOxum(octets: 0, count: 0)),
    ])
    func parsesPayloadOxum(text: String, expected: PayloadOxum) {
        #expect(PayloadOxum(text) == expected)
    }

    @Test(arguments: ["12", "1.2.3", "-1.2", "a.b", ""])
    func rejectsMalformedOxum(text: String) {
        #expect(PayloadOxum(text) == nil)
    }

    @Test(arguments: [
        ("urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb", true),
        ("URN:UUID:9796155A-FE44-4614-89B8-71945F718FFB", true),
        ("urn:uuid:9796155a-fe44-4614-89b8-71945f718ff", false),
        ("9796155a-fe44-4614-89b8-71945f718ffb", false),
        ("urn:uuid:9796155a_fe44_4614_89b8_71945f718ffb", false),
    ])
    func recognisesUUIDURNs(text: String, expected: Bool) {
        #expect(BagVerifier.isUUIDURN(text) == expected)
    }
}

@Suite struct ManifestTests {
    @Test(arguments: [
        ("data/plain.txt", "data/plain.txt"),
        ("data/100%.txt", "data/100%25.txt"),
        ("data/line\nbreak", "data/line%0Abreak"),
        ("data/cr\rhere", "data/cr%0Dhere"),
        ("data/space and ü.txt", "data/space and ü.txt"),
    ])
    func encodesOnlyCRLFAndPercent(path: String, encoded: String) {
        #expect(Manifest.encode(path) == encoded)
        #expect(Manifest.decode(encoded) == path)
    }

    @Test func decodingLeavesOtherPercentSequencesAlone() {
        #expect(Manifest.decode("data/a%20b%0a%25") == "data/a%20b\n%")
    }

    @Test func readsLinesWithSpacesOrTabsAndReportsBadOnes() {
        let digest = String(repeating: "a", count: 128)
        let text = "\(digest)  data/a b.txt\n\(digest)\tdata/tab.txt\nnot-hex data/x\n\(digest.uppercased()) data/upper\n\(digest)\n"
        let manifest = Manifest(parsing: Array(text.utf8), algorithm: "sha512", file: "manifest-sha512.txt")
        #expect(manifest.entries.map(\.path) == ["data/a b.txt", "data/tab.txt", "data/upper"])
        #expect(manifest.entries.last?.digest == digest)
        #expect(manifest.problems.map(\.line) == [3, 5])
    }

    @Test func writesSortedTwoSpaceLines() {
        var manifest = Manifest(algorithm: "sha512")
        manifest.entries = [.init(digest: "bb", path: "data/b%", line: 0), .init(digest: "aa", path: "data/a", line: 0)]
        #expect(manifest.text == "aa  data/a\nbb  data/b%25\n")
    }

    @Test(arguments: [
        ("manifest-sha512.txt", "manifest", "sha512"),
        ("tagmanifest-md5.txt", "tagmanifest", "md5"),
        ("manifest-.txt", "manifest", nil),
        ("manifest-sha512.txt.bak", "manifest", nil),
    ])
    func namesTheAlgorithmOfAManifestFile(name: String, prefix: String, algorithm: String?) {
        #expect(Manifest.algorithm(ofFile: name, prefix: prefix) == algorithm)
    }
}

@Suite struct EntryNameTests {
    @Test(arguments: [
        ("bag/data/file.txt", nil),
        ("bag/", nil),
        ("/etc/passwd", "an absolute path"),
        ("bag/../../evil", "a `..` component"),
        ("..", "a `..` component"),
        ("bag\\evil", "a backslash (a Windows path separator)"),
        ("C:/evil", "a drive letter"),
        ("bag//x", "an empty or `.` component"),
        ("bag/./x", "an empty or `.` component"),
        ("bag/a\u{0}b", "a control character"),
    ])
    func flagsNamesThatCouldEscape(name: String, problem: String?) {
        #expect(EntryName.problem(name) == problem)
    }

    @Test func collisionKeysFoldCaseAndUnicodeForm() {
        #expect(EntryName.collisionKey("bag/Data/É.txt") == EntryName.collisionKey("bag/data/e\u{301}.txt"))
        #expect(EntryName.collisionKey("bag/a") != EntryName.collisionKey("bag/b"))
    }
}
