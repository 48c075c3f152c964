/// Sees the bytes of the files a bag source reads anyway (for their checksums), so a second check of the same
/// files (the payload secrets scan) shares that one read instead of reading every file again (issue #15).
///
/// For each file the source asks ``sink(for:)`` once before reading it; a sink gets every block in order on one
/// thread, then `nil` once the file was read to its end. A file that could not be read whole never gets the
/// `nil`, so an observer can tell a finished file from a damaged one.
public struct BlockObserver: Sendable {
    /// Takes the next block of a file, or `nil` at its end.
    public typealias Sink = (UnsafeRawBufferPointer?) -> Void

    private let start: @Sendable (String) -> Sink?

    /// An observer; `start` answers a sink for a path relative to the source's root (nil: not interested).
    public init(_ start: @escaping @Sendable (_ path: String) -> Sink?) {
        self.start = start
    }

    /// The sink for the blocks of `path`, or nil when this observer does not look at it.
    public func sink(for path: String) -> Sink? {
        start(path)
    }
}
