/// An element of a markup tree, built in Swift and turned into a document by ``MarkupWriter``.
///
/// The tree is a value: text put into it is character data, so a `<script>` in a crate's name can only ever
/// be written as escaped text, never as a tag.
public struct MarkupElement: Sendable, Hashable {
    /// The tag name.
    public var name: String
    /// Attributes, in order.
    public var attributes: [MarkupAttribute]
    /// Children, in order.
    public var children: [MarkupNode]

    /// Creates an element.
    ///
    /// - Parameters:
    ///   - name: the tag name.
    ///   - attributes: `(name, value)` pairs, in order.
    ///   - children: the child nodes.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [MarkupNode] = []) {
        self.name = name
        self.attributes = attributes.map { MarkupAttribute($0.key, $0.value) }
        self.children = children
    }

    /// Creates an element holding only text.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        self.init(name, attributes, [.text(text)])
    }

    /// The value of an attribute.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The concatenated text of all descendants.
    public var textContent: String {
        children.map(\.textContent).joined()
    }

    /// Every descendant element (depth first, document order) with a tag name.
    public func descendants(named name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        for case .element(let child) in children {
            if child.name == name { found.append(child) }
            found += child.descendants(named: name)
        }
        return found
    }

    /// Appends a child element.
    public mutating func append(_ element: MarkupElement) {
        children.append(.element(element))
    }

    /// Appends text.
    public mutating func append(text: String) {
        children.append(.text(text))
    }
}
