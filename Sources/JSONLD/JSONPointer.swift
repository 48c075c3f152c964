/// An RFC 6901 JSON Pointer such as `/@graph/4/actionStatus`.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How the tokens are held. Rules make a pointer for every value of every entity they look at and keep few,
    /// so the common shapes under `@graph` are held without building a token array.
    private enum Storage: Sendable {
        /// Any pointer.
        case tokens([String])
        /// `/@graph/<entity>`, `/@graph/<entity>/<property>` or `/@graph/<entity>/<property>/<item>`.
        case graph(entity: Int, property: String?, item: Int?)
    }

    private var storage: Storage

    /// The unescaped reference tokens.
    public var tokens: [String] {
        switch storage {
        case .tokens(let tokens): return tokens
        case .graph(let entity, let property, let item):
            var tokens = ["@graph", String(entity)]
            if let property { tokens.append(property) }
            if let item { tokens.append(String(item)) }
            return tokens
        }
    }

    /// The empty pointer, which refers to the whole document.
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from unescaped tokens.
    public init(tokens: [String]) {
        self.storage = .tokens(tokens)
    }

    /// The pointer to an entity of `@graph` (`/@graph/<index>`).
    public init(graphIndex index: Int) {
        self.storage = .graph(entity: index, property: nil, item: nil)
    }

    /// Parses the string form; nil when it does not start with `/` or has a bad `~` escape.
    public init?(_ text: String) {
        if text.isEmpty {
            self.storage = .tokens([])
            return
        }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var iterator = raw.makeIterator()
            while let character = iterator.next() {
                guard character == "~" else {
                    token.append(character)
                    continue
                }
                switch iterator.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            }
            tokens.append(token)
        }
        self.storage = .tokens(tokens)
    }

    /// A pointer one level deeper.
    public func appending(_ token: String) -> JSONPointer {
        if case .graph(let entity, nil, nil) = storage {
            return JSONPointer(storage: .graph(entity: entity, property: token, item: nil))
        }
        return JSONPointer(tokens: tokens + [token])
    }

    /// A pointer one level deeper, into an array element.
    public func appending(_ index: Int) -> JSONPointer {
        if case .graph(let entity, let property?, nil) = storage, index >= 0 {
            return JSONPointer(storage: .graph(entity: entity, property: property, item: index))
        }
        return appending(String(index))
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// Pointers are equal when their tokens are, however they are held.
    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        if case .graph(let leftEntity, let leftProperty, let leftItem) = lhs.storage,
            case .graph(let rightEntity, let rightProperty, let rightItem) = rhs.storage
        {
            return leftEntity == rightEntity && leftProperty == rightProperty && leftItem == rightItem
        }
        return lhs.tokens == rhs.tokens
    }

    /// Hashes the tokens, so that equal pointers hash alike however they are held.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(tokens)
    }

    /// The string form with `~` and `/` escaped.
    public var description: String {
        tokens.map { "/" + $0.replacingTildeAndSlash() }.joined()
    }

    /// Orders pointers token by token, comparing array indices numerically.
    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        for (left, right) in zip(lhs.tokens, rhs.tokens) where left != right {
            if let leftIndex = Int(left), let rightIndex = Int(right) { return leftIndex < rightIndex }
            return left < right
        }
        return lhs.tokens.count < rhs.tokens.count
    }

    /// The node this pointer refers to inside a value, if any.
    public func resolve(in node: JSONNode) -> JSONNode? {
        var current = node
        for token in tokens {
            switch current.value {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

extension String {
    fileprivate func replacingTildeAndSlash() -> String {
        var result = ""
        for character in self {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }
}
