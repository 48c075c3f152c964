internal import Dispatch

/// Hashes a stream on a second thread while the caller goes on reading and writing, so a file's bytes are
/// hashed and copied at the same time (the two halves of `zip` and of `validate ZIP` run on two cores).
///
/// Chunks are copied once, into one of `depth` buffers allocated once per file and used in turn, and queued; at
/// most `depth` chunks wait, so memory stays bounded. Small files are hashed inline instead: for them a thread
/// hand-off costs more than the hashing.
final class BackgroundHasher: @unchecked Sendable {
    // `hasher` is touched only on `queue`, a serial queue that stands in for a lock (or, inline, only by the
    // thread that owns this hasher). `buffers` and `next` are touched only by the owning thread; a buffer's bytes
    // are read on `queue` until its block signals `slots`.
    private let queue: DispatchQueue?
    private let slots: DispatchSemaphore
    private var hasher: MultiHasher
    private var buffers: [UnsafeMutableRawBufferPointer]
    private var next = 0

    /// Files below this size are hashed on the caller's thread. Well under a megabyte: files of 1,000,000
    /// bytes hashed inline left `zip` one core short (issue #15).
    static let inlineLimit: Int64 = 128 << 10

    /// Starts hashing with the given algorithms, in the background for files of `size` bytes or more.
    init(_ algorithms: Set<DigestAlgorithm>, size: Int64 = .max, depth: Int = 8) {
        self.hasher = MultiHasher(algorithms)
        self.slots = DispatchSemaphore(value: depth)
        self.queue = size < Self.inlineLimit ? nil : DispatchQueue(label: "fivesafes.bagit.hash")
        self.buffers = Array(repeating: UnsafeMutableRawBufferPointer(start: nil, count: 0), count: max(1, depth))
    }

    deinit {
        // Every queued block holds `self`, so no block still reads a buffer here.
        for buffer in buffers { buffer.deallocate() }
    }

    /// Queues a copy of the chunk for hashing; waits only when `depth` chunks are already queued.
    func update(_ chunk: UnsafeRawBufferPointer) {
        guard let queue else { return hasher.update(chunk) }
        // The queue is first in, first out: once fewer than `depth` chunks are queued, the buffer used `depth`
        // chunks ago has been hashed and can take this one (no allocation and no fresh pages per chunk).
        slots.wait()
        let index = next
        next = (next + 1) % buffers.count
        if buffers[index].count < chunk.count {
            buffers[index].deallocate()
            buffers[index] = .allocate(byteCount: max(chunk.count, FileReader.chunkSize), alignment: 16)
        }
        nonisolated(unsafe) let copy = UnsafeRawBufferPointer(rebasing: buffers[index][0..<chunk.count])
        if let source = chunk.baseAddress, let target = buffers[index].baseAddress {
            target.copyMemory(from: source, byteCount: chunk.count)
        }
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
