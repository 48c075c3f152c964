internal import ROCrate

/// Reading the RO-Crate Website (`ro-crate-preview.html`) for the preview rules.
enum PreviewText {
    /// The website's path in the payload.
    static let path = "ro-crate-preview.html"

    /// The first `limit` bytes of the preview, and whether that is the whole file; nil when absent.
    static func read(_ payload: PayloadIndex, limit: Int) -> (bytes: [UInt8], complete: Bool)? {
        guard let size = payload.files[path], let bytes = payload.read(path, limit) else { return nil }
        return (bytes, size <= Int64(limit))
    }

    /// The bytes with ASCII letters lower-cased, for case-insensitive searches of tags.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// The index of the first occurrence of `needle` at or after `start`.
    static func find(_ needle: String, in haystack: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count, start <= haystack.count - pattern.count else { return nil }
        var index = start
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == pattern[0] && haystack[index..<index + pattern.count].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
