#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Musl)
    import Musl
    private let systemRead = Musl.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads what is left of an open file straight into one array sized from what `fstat` said: no growing buffer and
/// no second copy (Foundation's `readToEnd` and a conversion to `[UInt8]` took a third of loading a 33 MB
/// `ro-crate-metadata.json`).
public enum FileContents {
    /// The rest of the file open as `descriptor`; `sizeHint` is its expected size, and a file that grows past
    /// `limit` bytes while being read is refused.
    public static func read(descriptor: Int32, sizeHint: Int, limit: Int, path: String) throws(BagReadError) -> [UInt8] {
        // One byte more than expected, to notice a file that grew since it was measured.
        var bytes = [UInt8](repeating: 0, count: min(max(sizeHint, 0), limit) + 1)
        var filled = 0
        while true {
            filled = try fill(&bytes, from: filled, descriptor: descriptor, path: path)
            if filled < bytes.count { break }  // the file ended
            guard bytes.count <= limit else {
                throw BagReadError(path: path, reason: "larger than the limit of \(limit) bytes", isLimit: true)
            }
            bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Reads into `bytes[start...]` until the array is full or the file ends, retrying interrupted reads; returns
    /// how many bytes of the array are now filled.
    static func fill(_ bytes: inout [UInt8], from start: Int, descriptor: Int32, path: String) throws(BagReadError) -> Int {
        var filled = start
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { raw in
                raw.baseAddress.map { systemRead(descriptor, $0 + filled, raw.count - filled) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw BagReadError(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
