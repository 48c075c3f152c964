internal import Synchronization

/// The payload secrets scan of 5S-SEC-07 run on bytes someone else reads: a bag's checksum pass hands every
/// block of each file to ``sink(for:)``, so hash, size and secrets share one read of the file (issue #15).
/// ``outcomes`` then fill ``PayloadIndex/scannedSecrets``, and the rule reads no file twice.
///
/// Only files read to their end count: a sink that never gets its final `nil` (the file could not be read)
/// leaves no outcome, and the rule scans that file itself.
public final class PayloadSecretCollector: Sendable {
    private let found = Mutex<[String: String?]>([:])

    /// A collector with no outcomes yet.
    public init() {}

    /// A sink for the blocks of one file, recorded under `path` once it gets its final `nil`. Use each sink on
    /// one thread; different files' sinks may run at once.
    public func sink(for path: String) -> (UnsafeRawBufferPointer?) -> Void {
        var scanner = SecretStreamScanner()
        return { [self] block in
            guard let block else {
                scanner.finish()
                let kind = scanner.firstKind
                found.withLock { $0[path] = kind }
                return
            }
            scanner.feed(block)
        }
    }

    /// Path → the first secret kind found (nil: none, or a binary file), for every file read to its end.
    public var outcomes: [String: String?] {
        found.withLock { $0 }
    }
}
