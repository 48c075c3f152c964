/// Scans a byte stream of any length for the secret shapes of ``SecretByteMatcher``, one block at a time with a
/// bounded buffer: a match that may run across a block's end is carried into the next block (at most
/// ``maxCarry`` bytes, longer than any real key or token; a longer candidate is given up).
///
/// Binary input (a NUL byte in the first ``binaryProbe`` bytes, as `git` and `grep` decide) is not scanned,
/// unless the scanner is told its input is text (metadata strings).
struct SecretStreamScanner {
    /// Bytes of the start of the stream looked at to decide that it is binary.
    static let binaryProbe = 8192
    /// Most bytes of an unfinished candidate kept between blocks.
    static let maxCarry = 1 << 16

    /// Kinds found so far, as a bit set over ``SecretShapes/patterns``'s indices.
    private(set) var kinds: UInt8 = 0
    /// Whether the stream was found to be binary (nothing more is scanned).
    private(set) var isBinary = false
    private var carry: [UInt8] = []
    /// The byte before `carry` (for `\b`), nil at the start of the stream.
    private var previous: UInt8?
    private var started = false
    private let skipsBinary: Bool

    /// A scanner for a stream; `skipsBinary: false` scans even input with NUL bytes.
    init(skipsBinary: Bool = true) {
        self.skipsBinary = skipsBinary
    }

    /// The first kind (in ``SecretShapes/patterns`` order) found in a string: the metadata side of 5S-SEC-07
    /// and of ``SecretRedactor``, with the same byte-level matchers as payload files (no `Regex`).
    static func firstKind(inText text: String) -> String? {
        var scanner = SecretStreamScanner(skipsBinary: false)
        var text = text
        text.withUTF8 { scanner.feed(UnsafeRawBufferPointer($0)) }
        scanner.finish()
        return scanner.firstKind
    }

    /// Whether more input could change the answer (false once binary or once the first kind is found).
    var wantsMore: Bool { !isBinary && kinds & 1 == 0 }

    /// The description of the first kind (in ``SecretShapes/patterns`` order) found.
    var firstKind: String? {
        SecretShapes.patterns.indices.first { kinds & (1 << $0) != 0 }.map { SecretShapes.patterns[$0].0 }
    }

    /// Scans the next block of the stream.
    mutating func feed(_ block: UnsafeRawBufferPointer) {
        guard wantsMore else { return }
        let bytes = block.bindMemory(to: UInt8.self)
        if !started {
            started = true
            if skipsBinary, bytes.prefix(Self.binaryProbe).contains(0) {
                isBinary = true
                return
            }
        }
        if carry.isEmpty {
            scan(bytes, final: false)
        } else {
            carry.append(contentsOf: bytes)
            let joined = carry
            carry = []
            joined.withUnsafeBufferPointer { scan($0, final: false) }
        }
    }

    /// Ends the stream: decides the carried candidate, if any.
    mutating func finish() {
        guard wantsMore, !carry.isEmpty else { return }
        let rest = carry
        carry = []
        rest.withUnsafeBufferPointer { scan($0, final: true) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool) {
        var index = 0
        let count = bytes.count
        var before = previous
        while index < count {
            let byte = bytes[index]
            if SecretByteMatcher.canStart(byte) {
                switch SecretByteMatcher.step(bytes, at: index, previous: before, final: final) {
                case .found(let kind):
                    kinds |= 1 << kind
                case .more where count - index <= Self.maxCarry:
                    carry = Array(bytes[index...])
                    previous = before
                    return
                case .more, .none:
                    break
                }
            }
            before = byte
            index += 1
        }
        previous = before
    }
}
