import JSONLD
import Testing

@Suite struct JSONPointerTests {
    @Test(arguments: [
        (["@graph", "4", "actionStatus"], "/@graph/4/actionStatus"),
        (["a/b", "m~n"], "/a~1b/m~0n"),
        ([], ""),
        ([""], "/"),
    ])
    func escapesAndParsesBack(tokens: [String], text: String) {
        let pointer = JSONPointer(tokens: tokens)
        #expect(pointer.description == text)
        #expect(JSONPointer(text) == pointer)
    }

    @Test func rejectsMalformedPointers() {
        #expect(JSONPointer("no-slash") == nil)
        #expect(JSONPointer("/bad~2escape") == nil)
    }

    @Test func ordersArrayIndicesNumerically() {
        let two = JSONPointer(tokens: ["@graph", "2"])
        let ten = JSONPointer(tokens: ["@graph", "10"])
        #expect(two < ten)
        #expect(!(ten < two))
        #expect(two < two.appending("name"))
    }

    @Test func resolvesInsideADocument() throws {
        let document = try JSONParser().parse(Array(#"{"@graph": [{"@id": "a"}, {"@id": "b", "x/y": 1}]}"#.utf8))
        #expect(JSONPointer("/@graph/1/@id")?.resolve(in: document)?.value == .string("b"))
        #expect(JSONPointer("/@graph/1/x~1y")?.resolve(in: document)?.value == .number("1"))
        #expect(JSONPointer("/@graph/9")?.resolve(in: document) == nil)
    }
}
