import JSONLD
import Testing

/// Pointers under `@graph` are held without a token array; they must behave exactly like the token form.
@Suite struct JSONPointerGraphTests {
    @Test(arguments: [
        (JSONPointer(graphIndex: 7), ["@graph", "7"]),
        (JSONPointer(graphIndex: 7).appending("name"), ["@graph", "7", "name"]),
        (JSONPointer(graphIndex: 7).appending("hasPart").appending(12), ["@graph", "7", "hasPart", "12"]),
        (JSONPointer(graphIndex: 7).appending("hasPart").appending(12).appending("@id"), ["@graph", "7", "hasPart", "12", "@id"]),
        (JSONPointer(graphIndex: 7).appending(3), ["@graph", "7", "3"]),
        (JSONPointer(graphIndex: 0).appending("a/b~c"), ["@graph", "0", "a/b~c"]),
    ])
    func matchesTheTokenForm(pointer: JSONPointer, tokens: [String]) {
        let plain = JSONPointer(tokens: tokens)
        #expect(pointer.tokens == tokens)
        #expect(pointer == plain)
        #expect(plain == pointer)
        #expect(pointer.hashValue == plain.hashValue)
        #expect(pointer.description == plain.description)
        #expect(!(pointer < plain) && !(plain < pointer))
        #expect(Set([pointer, plain]).count == 1)
    }

    @Test func differentPlacesDifferAndSortAsTokensDo() {
        let name = JSONPointer(graphIndex: 2).appending("name")
        #expect(name != JSONPointer(graphIndex: 2).appending("names"))
        #expect(name != JSONPointer(graphIndex: 3).appending("name"))
        #expect(JSONPointer(graphIndex: 2).appending("hasPart").appending(1) != JSONPointer(graphIndex: 2).appending("hasPart"))
        #expect(JSONPointer(graphIndex: 2) < JSONPointer(graphIndex: 10))
        #expect(JSONPointer(graphIndex: 2).appending("x").appending(9) < JSONPointer(graphIndex: 2).appending("x").appending(10))
        #expect(JSONPointer(graphIndex: 2) < name)
    }

    @Test func resolvesLikeTheTokenForm() throws {
        let document = try JSONParser().parse(Array(#"{"@graph": [{"@id": "a"}, {"@id": "b", "hasPart": [1, {"@id": "c"}]}]}"#.utf8))
        let pointer = JSONPointer(graphIndex: 1).appending("hasPart").appending(1).appending("@id")
        #expect(pointer.resolve(in: document)?.value.stringValue == "c")
        #expect(JSONPointer(graphIndex: 5).resolve(in: document) == nil)
    }
}
