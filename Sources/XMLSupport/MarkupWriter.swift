internal import CLibXML2

/// Serialises a ``MarkupElement`` tree through libxml2.
///
/// `html5(_:)` writes polyglot markup: an HTML5 document (`<!DOCTYPE html>`) that is also well-formed XML
/// (void elements as `<br />`, everything else closed), so browsers read it as HTML and XML tools can check it.
/// All text and attribute values are escaped by libxml2; nothing is concatenated as markup. Characters XML cannot
/// hold (and a NUL, which would end libxml2's C string) are first shown as escapes by ``MarkupText``.
public enum MarkupWriter {
    /// An HTML5 document with `root` (normally `<html>`) as its root element.
    public static func html5(_ root: MarkupElement) -> String {
        serialize(root, doctype: "html", options: XML_SAVE_FORMAT.rawValue | XML_SAVE_NO_DECL.rawValue | XML_SAVE_XHTML.rawValue)
    }

    /// An XML document (with an XML declaration) for `root`.
    public static func xml(_ root: MarkupElement) -> String {
        serialize(root, doctype: nil, options: XML_SAVE_FORMAT.rawValue)
    }

    private static func serialize(_ root: MarkupElement, doctype: String?, options: UInt32) -> String {
        xmlInitParser()
        guard let document = xmlNewDoc("1.0") else { return "" }
        defer { xmlFreeDoc(document) }
        if let doctype { xmlCreateIntSubset(document, doctype, nil, nil) }
        let node = build(root, in: document, namespace: nil)
        xmlDocSetRootElement(document, node)
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard let context = xmlSaveToBuffer(buffer, "UTF-8", Int32(bitPattern: options)) else { return "" }
        if options & XML_SAVE_XHTML.rawValue != 0 {
            // libxml2 applies its XHTML rules (void elements, no self-closed `<p/>`) only when saving nodes: save the
            // doctype node and the root element one by one.
            var child = document.pointee.children
            while let node = child {
                xmlSaveTree(context, node)
                xmlSaveFlush(context)
                xmlBufferCCat(buffer, "\n")
                child = node.pointee.next
            }
        } else {
            xmlSaveDoc(context, document)
        }
        xmlSaveClose(context)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private static func build(_ element: MarkupElement, in document: xmlDocPtr, namespace: xmlNsPtr?) -> xmlNodePtr? {
        guard let node = xmlNewDocNode(document, nil, element.name, nil) else { return nil }
        var current = namespace
        if let declared = element.attribute("xmlns") {
            current = xmlNewNs(node, declared, nil)
        }
        xmlSetNs(node, current)
        for attribute in element.attributes where attribute.name != "xmlns" {
            // xmlNewProp stores the value as text (no entity parsing); it is escaped when written.
            xmlNewProp(node, attribute.name, MarkupText.safe(attribute.value))
        }
        for child in element.children {
            switch child {
            case .element(let childElement):
                if let childNode = build(childElement, in: document, namespace: current) { xmlAddChild(node, childNode) }
            case .text(let text):
                if let textNode = xmlNewDocText(document, MarkupText.safe(text)) { xmlAddChild(node, textNode) }
            case .comment(let text):
                let safe = MarkupText.safe(text).replacing("--", with: "- -")
                if let commentNode = xmlNewDocComment(document, safe) { xmlAddChild(node, commentNode) }
            }
        }
        return node
    }
}
