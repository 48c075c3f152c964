internal import Dispatch
internal import Foundation
internal import Synchronization

/// A bag in a folder on disk. Symbolic links are listed as such and never followed.
public struct DirectoryBagSource: BagSource {
    /// The bag's base directory.
    public let root: String
    /// Every entry, sorted by path.
    public let entries: [BagEntry]
    /// Files hashed at once.
    public var jobs: Int
    /// Told of every chunk hashed, for a progress bar; calls never overlap (they are made under one lock).
    public var progress: (@Sendable (BagProgress) -> Void)?
    /// Shown every block ``digests(_:)`` reads, so another check of the same files needs no second read.
    public var observer: BlockObserver?

    /// Lists a bag directory (at most `maxEntries` entries).
    public init(root: String, jobs: Int? = nil, maxEntries: Int = 1_000_000) {
        self.root = root
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        var entries: [BagEntry] = []
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast(), entries.count < maxEntries {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: root + "/" + path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries.append(BagEntry(path: path, size: 0, kind: .directory))
                    pending.append(path)
                case .typeRegular?: entries.append(BagEntry(path: path, size: size, kind: .file))
                case .typeSymbolicLink?: entries.append(BagEntry(path: path, size: 0, kind: .symlink))
                default: entries.append(BagEntry(path: path, size: size, kind: .other))
                }
            }
        }
        self.entries = entries.sorted { $0.path < $1.path }
    }

    /// Reads a whole small file.
    public func contents(of path: String, limit: Int) throws(BagReadError) -> [UInt8] {
        try FileReader.contents(root + "/" + path, limit: limit)
    }

    /// Hashes files in parallel (`jobs` at once, largest first), each read once in 1 MiB chunks (shown to
    /// ``observer`` as they are read).
    public func digests(_ request: [String: Set<DigestAlgorithm>]) throws(BagReadError) -> [String: [DigestAlgorithm: String]] {
        let sizes = Dictionary(entries.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        let work = request.keys.sorted { (sizes[$0] ?? 0) > (sizes[$1] ?? 0) }
        let results = Mutex<[String: [DigestAlgorithm: String]]>([:])
        let next = Atomic<Int>(0)
        let root = self.root, progress = self.progress, observer = self.observer
        let done = Mutex(BagProgress(files: 0, totalFiles: work.count, bytes: 0, totalBytes: work.map { sizes[$0] ?? 0 }.saturatingSum))
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, work.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < work.count else { return }
                let path = work[index]
                var hasher = MultiHasher(request[path] ?? [.sha512])
                let sink = observer?.sink(for: path)
                let read = try? FileReader.stream(root + "/" + path) { chunk in
                    hasher.update(chunk)
                    sink?(chunk)
                    if let progress {
                        done.withLock {
                            $0.bytes += Int64(chunk.count); progress($0)
                        }
                    }
                }
                if let progress {
                    done.withLock {
                        $0.files += 1; progress($0)
                    }
                }
                guard read != nil else { continue }
                sink?(nil)
                let digest = hasher.finalize()
                results.withLock { $0[path] = digest }
            }
        }
        return results.withLock { $0 }
    }
}
