internal import Dispatch

/// Hashes a stream on a second thread while the caller goes on reading and writing, so a file's bytes are
/// hashed and copied at the same time (the two halves of `zip` and of `validate ZIP` run on two cores).
///
/// Chunks are copied once and queued; at most `depth` chunks wait, so memory stays bounded. Small files are
/// hashed inline instead: for them a thread hand-off costs more than the hashing.
final class BackgroundHasher: @unchecked Sendable {
    // `hasher` is touched only on `queue`, a serial queue that stands in for a lock (or, inline, only by the
    // thread that owns this hasher).
    private let queue: DispatchQueue?
    private let slots: DispatchSemaphore
    private var hasher: MultiHasher

    /// Files below this size are hashed on the caller's thread. Well under a megabyte: files of 1,000,000
    /// bytes hashed inline left `zip` one core short (issue #15).
    static let inlineLimit: Int64 = 128 << 10

    /// Starts hashing with the given algorithms, in the background for files of `size` bytes or more.
    init(_ algorithms: Set<DigestAlgorithm>, size: Int64 = .max, depth: Int = 8) {
        self.hasher = MultiHasher(algorithms)
        self.slots = DispatchSemaphore(value: depth)
        self.queue = size < Self.inlineLimit ? nil : DispatchQueue(label: "fivesafes.bagit.hash")
    }

    /// Queues a copy of the chunk for hashing; waits only when `depth` chunks are already queued.
    func update(_ chunk: UnsafeRawBufferPointer) {
        guard let queue else { return hasher.update(chunk) }
        let copy = [UInt8](chunk)
        slots.wait()
        queue.async {
            self.hasher.update(copy)
            self.slots.signal()
        }
    }

    /// Waits for the queued chunks and returns the digests.
    func finalize() -> [DigestAlgorithm: String] {
        guard let queue else { return hasher.finalize() }
        return queue.sync { hasher.finalize() }
    }
}

/// The files whose hashing is still under way, at most `width` at once: adding one more finishes the oldest.
struct HashingWindow {
    let width: Int
    private var pending: [(path: String, hasher: BackgroundHasher)] = []

    init(width: Int) {
        self.width = width
    }

    /// Adds a file being hashed; returns the SHA-512 digests of files that had to finish to make room.
    mutating func add(_ path: String, _ hasher: BackgroundHasher) -> [(String, String)] {
        pending.append((path, hasher))
        var finished: [(String, String)] = []
        while pending.count > width {
            let oldest = pending.removeFirst()
            finished.append((oldest.path, oldest.hasher.finalize()[.sha512] ?? ""))
        }
        return finished
    }

    /// Waits for every file still being hashed; returns their SHA-512 digests in order.
    mutating func finish() -> [(String, String)] {
        defer { pending.removeAll() }
        return pending.map { ($0.path, $0.hasher.finalize()[.sha512] ?? "") }
    }
}
