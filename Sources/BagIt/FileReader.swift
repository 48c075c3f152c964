#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a regular file in fixed-size chunks with POSIX calls, never following a final symlink and refusing
/// FIFOs, sockets and devices.
enum FileReader {
    static let chunkSize = 1 << 20

    /// Calls `body` with each chunk of the file; returns the number of bytes read.
    @discardableResult
    static func stream(_ path: String, _ body: (UnsafeRawBufferPointer) throws(BagReadError) -> Void) throws(BagReadError) -> Int64 {
        let descriptor = try openRegular(path)
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var total: Int64 = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw BagReadError(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return total }
            total += Int64(count)
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Opens a regular file for reading, never following a final symlink; refuses anything else.
    private static func openRegular(_ path: String) throws(BagReadError) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw BagReadError(path: path, reason: String(cString: strerror(errno))) }
        // Checked on the open descriptor, so a file swapped for a FIFO or device after listing is refused too.
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw BagReadError(path: path, reason: "it is not a regular file (a FIFO, socket or device)")
        }
        return descriptor
    }

    /// Reads a whole file of at most `limit` bytes.
    static func contents(_ path: String, limit: Int) throws(BagReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path) { (chunk: UnsafeRawBufferPointer) throws(BagReadError) in
            guard bytes.count + chunk.count <= limit else {
                throw BagReadError(path: path, reason: "larger than the limit of \(limit) bytes")
            }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// The first `limit` bytes of a file (fewer when it is shorter), opened with the same checks as ``stream``.
    static func prefix(_ path: String, limit: Int) throws(BagReadError) -> [UInt8] {
        let descriptor = try openRegular(path)
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: limit)
        let filled = try FileContents.fill(&bytes, from: 0, descriptor: descriptor, path: path)
        return Array(bytes[..<filled])
    }

    /// A file's size in bytes, or 0 when it cannot be read.
    static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
