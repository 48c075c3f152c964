/// A node of a markup tree: an element, text or a comment. Text is always plain text, never markup.
public enum MarkupNode: Sendable, Hashable {
    /// An element with attributes and children.
    case element(MarkupElement)
    /// Character data (escaped when written).
    case text(String)
    /// A comment.
    case comment(String)

    /// The concatenated text of the node and its descendants.
    public var textContent: String {
        switch self {
        case .element(let element): element.textContent
        case .text(let text): text
        case .comment: ""
        }
    }
}
