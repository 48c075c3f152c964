public import JSONLD

/// Why a metadata document could not be loaded as a crate at all.
public enum CrateLoadError: Error, Sendable {
    /// The file is empty (or only whitespace).
    case empty
    /// Not JSON: the syntax error and where.
    case notJSON(JSONSyntaxError)
    /// The top level is not an object.
    case topLevelNotObject(kind: String)
    /// There is no `@graph` key.
    case graphMissing
    /// `@graph` is not an array.
    case graphNotArray(kind: String, offset: Int)
}

/// Parses metadata bytes into a ``Crate``.
public struct CrateLoader: Sendable {
    /// The JSON parser used (its depth limit applies).
    public var parser: JSONParser

    /// Creates a loader.
    public init(parser: JSONParser = JSONParser()) {
        self.parser = parser
    }

    /// Loads a crate from the bytes of its metadata file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - fileName: the name reported in findings.
    /// - Returns: the crate.
    /// - Throws: ``CrateLoadError`` when the document is not JSON or not a flattened JSON-LD document.
    public func load(_ bytes: [UInt8], fileName: String) throws(CrateLoadError) -> Crate {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        let document: JSONNode
        do {
            document = try parser.parse(bytes)
        } catch {
            throw .notJSON(error)
        }
        guard case .object(let top) = document.value else {
            throw .topLevelNotObject(kind: document.value.kindName)
        }
        guard let graph = top["@graph"] else { throw .graphMissing }
        guard case .array(let items) = graph.value else {
            throw .graphNotArray(kind: graph.value.kindName, offset: graph.offset)
        }
        return Crate(document: document, top: top, graph: items, fileName: fileName, bytes: bytes)
    }
}
