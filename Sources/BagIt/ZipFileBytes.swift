#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Random access to a regular file's bytes for ``ZipDirectory``, through a 256 KiB window so walking the central
/// directory and the local headers in order costs one read per window, not one per record.
final class ZipFileBytes {
    /// The file's size.
    let size: UInt64

    private let descriptor: Int32
    private let archive: String
    private var window: [UInt8] = []
    private var windowStart: UInt64 = 0
    private static let windowSize = 1 << 18

    /// Opens a regular file (never a link, FIFO or device); failures are `zipUnreadable` problems.
    init(path: String, archive: String) throws(BagProblem) {
        self.archive = archive
        descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw BagProblem(.zipUnreadable, file: archive, "cannot be read: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw BagProblem(.zipUnreadable, file: archive, "cannot be read as a ZIP: not a regular file")
        }
        size = UInt64(max(Int64(info.st_size), 0))
    }

    deinit { close(descriptor) }

    /// `count` bytes from `offset`; the caller has checked that they lie inside the file.
    func bytes(at offset: UInt64, count: Int) throws(BagProblem) -> [UInt8] {
        guard count > 0 else { return [] }
        if offset >= windowStart, offset - windowStart + UInt64(count) <= UInt64(window.count) {
            let start = Int(offset - windowStart)
            return Array(window[start..<start + count])
        }
        guard offset < size, UInt64(count) <= size - offset else {
            throw BagProblem(.zipStructure, file: archive, "a record at byte \(offset) runs past the end of the file")
        }
        let length = Int(min(UInt64(max(count, Self.windowSize)), size - offset))
        var buffer = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let got = buffer.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { pread(descriptor, $0 + done, length - done, off_t(offset) + off_t(done)) } ?? 0
            }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let reason = got < 0 ? String(cString: strerror(errno)) : "the file ended early"
                throw BagProblem(.zipUnreadable, file: archive, "cannot be read: \(reason)")
            }
            done += got
        }
        window = buffer
        windowStart = offset
        return Array(window[0..<count])
    }
}

extension Array where Element == UInt8 {
    /// The little-endian 16-bit number at `index`.
    func uint16(_ index: Int) -> UInt16 {
        UInt16(self[index]) | UInt16(self[index + 1]) << 8
    }

    /// The little-endian 32-bit number at `index`.
    func uint32(_ index: Int) -> UInt32 {
        UInt32(uint16(index)) | UInt32(uint16(index + 2)) << 16
    }

    /// The little-endian 64-bit number at `index`.
    func uint64(_ index: Int) -> UInt64 {
        UInt64(uint32(index)) | UInt64(uint32(index + 4)) << 32
    }
}
