internal import CLibXML2

/// Parses markup with libxml2 into ``MarkupElement`` values, collecting well-formedness errors.
public enum MarkupReader {
    /// What parsing produced.
    public struct Parsed: Sendable {
        /// The root element, when the document could be parsed.
        public var root: MarkupElement?
        /// Well-formedness errors (empty for a well-formed document).
        public var problems: [MarkupProblem]
        /// Whether the document has a `<!DOCTYPE>`, and its name.
        public var doctype: String?
    }

    /// Parses bytes as XML (strict: any error makes the document not well-formed). No network, no entities
    /// from outside.
    public static func parseXML(_ bytes: [UInt8]) -> Parsed {
        xmlInitParser()
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        guard let context = xmlNewParserCtxt() else {
            return Parsed(root: nil, problems: [MarkupProblem(line: 0, message: "out of memory")])
        }
        defer { xmlFreeParserCtxt(context) }
        xmlSetStructuredErrorFunc(box.toOpaque()) { user, error in
            guard let user, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(user).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "error"
            collector.problems.append(MarkupProblem(line: Int(error.pointee.line), message: message.trimmingSpaces()))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    xmlCtxtReadMemory(context, pointer, Int32(buffer.count), "document.xml", nil, options)
                }
            }
        }
        guard let document else {
            let problems = collector.problems.isEmpty ? [MarkupProblem(line: 0, message: "not well-formed")] : collector.problems
            return Parsed(root: nil, problems: problems, doctype: nil)
        }
        defer { xmlFreeDoc(document) }
        var problems = collector.problems
        if context.pointee.wellFormed == 0 && problems.isEmpty { problems.append(MarkupProblem(line: 0, message: "not well-formed")) }
        let doctype = document.pointee.intSubset.flatMap { $0.pointee.name.map { String(cString: $0) } }
        let root = xmlDocGetRootElement(document).map(convert)
        return Parsed(root: root, problems: problems, doctype: doctype)
    }

    /// The string values of the nodes an XPath 1.0 expression selects in an XML document (elements give their
    /// text; a number, string or boolean result gives one value). Returns nil when the document or the expression
    /// cannot be read.
    public static func query(_ xpath: String, in bytes: [UInt8]) -> [String]? {
        xmlInitParser()
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    xmlReadMemory(
                        pointer,
                        Int32(buffer.count),
                        "document.xml",
                        nil,
                        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
                    )
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        xmlSetStructuredErrorFunc(nil) { _, _ in }  // errors are answered with nil, not printed
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        guard let context = xmlXPathNewContext(document) else { return nil }
        defer { xmlXPathFreeContext(context) }
        guard let result = xmlXPathEvalExpression(xpath, context) else { return nil }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            guard let set = result.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                guard let node = set.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return "" }
                defer { fivesafes_xmlFree(content) }
                return String(cString: content)
            }
        case XPATH_NUMBER:
            let number = result.pointee.floatval
            return [number == number.rounded() ? String(Int(number)) : String(number)]
        case XPATH_BOOLEAN:
            return [result.pointee.boolval != 0 ? "true" : "false"]
        case XPATH_STRING:
            return [result.pointee.stringval.map { String(cString: $0) } ?? ""]
        default:
            return []
        }
    }

    private static func convert(_ node: xmlNodePtr) -> MarkupElement {
        var element = MarkupElement(node.pointee.name.map { String(cString: $0) } ?? "")
        if let namespace = node.pointee.ns, namespace.pointee.prefix == nil, let href = namespace.pointee.href {
            element.attributes.append(MarkupAttribute("xmlns", String(cString: href)))
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            element.attributes.append(MarkupAttribute(name, value.map { String(cString: $0) } ?? ""))
            if let value { fivesafes_xmlFree(value) }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(convert(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                element.children.append(.text(current.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_COMMENT_NODE:
                element.children.append(.comment(current.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}

/// Collects libxml2's structured errors during one parse (used from the parsing thread only).
private final class ErrorCollector: @unchecked Sendable {
    var problems: [MarkupProblem] = []
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        return String(text)
    }
}
