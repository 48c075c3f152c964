import JSONLD
import Testing

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser().parse(Array(text.utf8))
    }

    @Test func keepsKeyOrderAndDuplicateKeys() throws {
        let node = try parse(#"{"b": 1, "a": 2, "b": 3}"#)
        let object = try #require(node.value.objectValue)
        #expect(object.keys == ["b", "a", "b"])
        #expect(object["b"]?.value == .number("1"))
    }

    @Test func recordsOffsetsOfValuesAndKeys() throws {
        let text = "{\n  \"name\": \"x\",\n  \"list\": [true, null]\n}"
        let object = try #require(try parse(text).value.objectValue)
        let name = try #require(object.member("name"))
        #expect(name.keyOffset == 4)
        #expect(name.value.offset == 12)
        let list = try #require(object["list"]?.value.arrayValue)
        #expect(list.map(\.offset) == [28, 34])
        let map = SourceMap(Array(text.utf8))
        #expect(map.position(of: list[1].offset)! == (3, 18))
    }

    @Test(arguments: [
        (#"{"a": "\u00e9\ud83d\ude00"}"#, "é😀"),
        (#"{"a": "tab\tnew\nquote\"slash\/"}"#, "tab\tnew\nquote\"slash/"),
        ("{\"a\": \"raw ü\"}", "raw ü"),
    ])
    func decodesStrings(text: String, expected: String) throws {
        let object = try #require(try parse(text).value.objectValue)
        #expect(object["a"]?.value.stringValue == expected)
    }

    @Test func keepsNumberText() throws {
        let items = try #require(try parse("[0, -1.50, 2e10, 1E-3]").value.arrayValue)
        #expect(items.map(\.value) == [.number("0"), .number("-1.50"), .number("2e10"), .number("1E-3")])
    }

    @Test(arguments: [
        ("", "the document is empty", 0),
        ("{\"a\": }", "unexpected '}' where a value was expected", 6),
        ("[1, 2", "the document ends inside an array", 5),
        ("{\"a\": 1} x", "unexpected 'x' after the top-level value", 9),
        ("[01]", "a number must not have leading zeros", 1),
        ("[\"\\x\"]", "invalid escape \\x in a string", 2),
        ("[\"\\ud800\"]", "\\u escape is a lone high surrogate", 2),
        ("[\"a\u{01}\"]", "a string contains the unescaped control character byte 0x1", 3),
        ("[\"abc", "a string starting here is not closed", 1),
        ("[tru]", "unexpected 't' where a value was expected", 1),
        ("{\"a\" 1}", "expected ':' after the key \"a\", found '1'", 5),
    ])
    func reportsSyntaxErrorsWithOffsets(text: String, message: String, offset: Int) {
        #expect(throws: JSONSyntaxError(message, at: offset)) { try parse(text) }
    }

    @Test(
        arguments: [
            [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D],  // overlong encoding of '/'
            [0x5B, 0x22, 0xFF, 0x22, 0x5D],  // never valid in UTF-8
            [0x5B, 0x22, 0x61, 0xED, 0xA0, 0x80, 0x22, 0x5D],  // encoded surrogate
        ] as [[UInt8]])
    func rejectsInvalidUTF8(bytes: [UInt8]) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(bytes) }
        do {
            _ = try JSONParser().parse(bytes)
        } catch {
            #expect(error.message == "a string contains bytes that are not valid UTF-8")
            #expect(error.offset >= 2)
        }
    }

    @Test func stopsAtTheNestingLimitInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError("arrays and objects are nested deeper than 512 levels", at: 512)) {
            try parse(deep)
        }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try parse(fine) }
    }

    @Test func skipsAByteOrderMark() throws {
        let node = try JSONParser().parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(node.value == .object(JSONObject()))
        #expect(node.offset == 3)
    }

    @Test func nestedObjectsAndArraysKeepTheirOwnMembersAndItems() throws {
        let node = try parse(
            #"{"a": [{"b": 1, "c": [2, [3, {}], []]}, {"d": {"e": {"f": []}}}], "g": [], "h": {"i": "j", "k": [{"l": null}]}}"#)
        let top = try #require(node.value.objectValue)
        #expect(top.keys == ["a", "g", "h"])
        let a = try #require(top["a"]?.value.arrayValue)
        #expect(a.count == 2)
        let first = try #require(a[0].value.objectValue)
        #expect(first.keys == ["b", "c"])
        let c = try #require(first["c"]?.value.arrayValue)
        #expect(c.count == 3)
        #expect(c[1].value.arrayValue?.count == 2)
        #expect(c[1].value.arrayValue?[1].value.objectValue?.members.isEmpty == true)
        #expect(c[2].value.arrayValue?.isEmpty == true)
        #expect(a[1].value.objectValue?["d"]?.value.objectValue?["e"]?.value.objectValue?.keys == ["f"])
        #expect(top["g"]?.value.arrayValue?.isEmpty == true)
        #expect(top["h"]?.value.objectValue?.keys == ["i", "k"])
        #expect(top["h"]?.value.objectValue?["k"]?.value.arrayValue?.first?.value.objectValue?.keys == ["l"])
    }
}
