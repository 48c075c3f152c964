/// One `name="value"` attribute of a ``MarkupElement``; values are plain text (escaped when written).
public struct MarkupAttribute: Sendable, Hashable {
    /// The attribute's name (`xmlns` declares the element's default namespace).
    public var name: String
    /// The attribute's value, unescaped.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
