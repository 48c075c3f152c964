import JSONLD
import Testing

@Suite struct JSONWriterTests {
    @Test func roundTripsKeyOrderAndNumbers() throws {
        let text = "{\n  \"z\": 1.50,\n  \"a\": [\n    true,\n    null\n  ],\n  \"m\": {}\n}"
        let node = try JSONParser().parse(Array(text.utf8))
        #expect(JSONWriter().string(node.value) == text)
    }

    @Test func escapesControlCharactersAndQuotes() {
        let value = JSONValue.string("a\"b\\c\n\u{01}\u{2028}")
        #expect(JSONWriter().string(value) == #""a\"b\\c\n\u0001\u2028""#)
    }

    @Test func writesCompactlyWithoutIndent() {
        let value = JSONValue.orderedObject([("b", .list([.integer(1), .null])), ("a", .string("x"))])
        #expect(JSONWriter(indent: nil).string(value) == #"{"b":[1,null],"a":"x"}"#)
    }
}
