import JSONLD
import Testing

/// `replaceContext`: the top-level `@context` is rewritten in place, everything else stays byte-identical.
@Suite struct JSONDocumentEditorContextTests {
    static let document = """
        {
          "@context": "https://w3id.org/ro/crate/1.2/context",
          "@graph": [
            {"@id": "./",   "name": "kept as written"}
          ]
        }

        """

    @Test func aNewContextIsWrittenAtTheDocumentsIndentationAndNothingElseMoves() throws {
        var editor = try JSONDocumentEditor(Array(Self.document.utf8))
        editor.replaceContext(
            with: .array([
                JSONNode(.string("https://w3id.org/ro/crate/1.2/context")),
                JSONNode(.orderedObject([("executionType", .string("https://example.org/terms#executionType"))])),
            ]))
        #expect(editor.hasChanges)
        let expected = """
            {
              "@context": [
                "https://w3id.org/ro/crate/1.2/context",
                {
                  "executionType": "https://example.org/terms#executionType"
                }
              ],
              "@graph": [
                {"@id": "./",   "name": "kept as written"}
              ]
            }

            """
        #expect(String(decoding: editor.edited(), as: UTF8.self) == expected)
    }

    @Test func theSameContextOrNoContextChangesNothing() throws {
        var editor = try JSONDocumentEditor(Array(Self.document.utf8))
        editor.replaceContext(with: .string("https://w3id.org/ro/crate/1.2/context"))
        #expect(!editor.hasChanges)
        var bare = try JSONDocumentEditor(Array(#"{"@graph": []}"#.utf8))
        bare.replaceContext(with: .string("https://w3id.org/ro/crate/1.2/context"))
        #expect(!bare.hasChanges)
        #expect(bare.edited() == Array(#"{"@graph": []}"#.utf8))
    }
}
