import Testing

@testable import BagIt

/// `BackgroundHasher` copies each chunk into one of `depth` buffers it reuses in turn (issue #15: no allocation per
/// chunk). A buffer reused too early would hash the wrong bytes, so every digest is checked against hashing inline.
@Suite struct BackgroundHasherTests {
    /// `count` chunks of `size` bytes, each different (its index and position mixed in), so a chunk hashed from a
    /// buffer that already holds the next one changes the digest.
    static func chunks(count: Int, size: Int) -> [[UInt8]] {
        (0..<count).map { index in (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index &* 7 &+ $0 >> 8) } }
    }

    static func inlineDigest(_ chunks: [[UInt8]]) -> String? {
        var hasher = MultiHasher([.sha512])
        for chunk in chunks { hasher.update(chunk) }
        return hasher.finalize()[.sha512]
    }

    @Test(arguments: [1, 2, 8])
    func backgroundDigestEqualsInlineDigest(depth: Int) {
        // More chunks than buffers, so every buffer is reused many times, and a short last chunk.
        let chunks = Self.chunks(count: 40, size: 64 << 10) + [Array(repeating: 0x5A, count: 1000)]
        let hasher = BackgroundHasher([.sha512], size: .max, depth: depth)
        for chunk in chunks { chunk.withUnsafeBytes { hasher.update($0) } }
        let digest = hasher.finalize()[.sha512]
        #expect(digest == Self.inlineDigest(chunks))
        #expect(digest?.count == 128)
    }

    @Test func chunksLargerThanTheFirstGetRoom() {
        // A buffer sized by a small first chunk grows for a later, larger one.
        let chunks = [Array(repeating: UInt8(1), count: 10), Array(repeating: UInt8(2), count: 3 << 20), [3, 4, 5]]
        let hasher = BackgroundHasher([.sha512], size: .max, depth: 1)
        for chunk in chunks { chunk.withUnsafeBytes { hasher.update($0) } }
        #expect(hasher.finalize()[.sha512] == Self.inlineDigest(chunks))
    }

    @Test func smallFilesAreHashedInline() {
        let chunks = Self.chunks(count: 3, size: 1000)
        let hasher = BackgroundHasher([.sha512], size: 3000)
        for chunk in chunks { chunk.withUnsafeBytes { hasher.update($0) } }
        #expect(hasher.finalize()[.sha512] == Self.inlineDigest(chunks))
    }
}
