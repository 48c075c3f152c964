internal import Crypto

/// The checksum algorithms BagIt manifests name (RFC 8493 §2.4), in their file-name spelling.
public enum DigestAlgorithm: String, Sendable, CaseIterable, Comparable {
    case sha512
    case sha256
    case sha1
    case md5

    /// Length of the hex digest.
    public var hexLength: Int {
        switch self {
        case .sha512: 128
        case .sha256: 64
        case .sha1: 40
        case .md5: 32
        }
    }

    /// Orders by name, for stable output.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Computes several digests over one stream of bytes, reading each byte once.
public struct MultiHasher {
    private var sha512: SHA512?
    private var sha256: SHA256?
    private var sha1: Insecure.SHA1?
    private var md5: Insecure.MD5?

    /// Starts hashers for the given algorithms.
    public init(_ algorithms: Set<DigestAlgorithm>) {
        if algorithms.contains(.sha512) { sha512 = SHA512() }
        if algorithms.contains(.sha256) { sha256 = SHA256() }
        if algorithms.contains(.sha1) { sha1 = Insecure.SHA1() }
        if algorithms.contains(.md5) { md5 = Insecure.MD5() }
    }

    /// Feeds bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        sha512?.update(bufferPointer: bytes)
        sha256?.update(bufferPointer: bytes)
        sha1?.update(bufferPointer: bytes)
        md5?.update(bufferPointer: bytes)
    }

    /// Feeds bytes from an array.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The hex digests.
    public func finalize() -> [DigestAlgorithm: String] {
        var result: [DigestAlgorithm: String] = [:]
        if let sha512 { result[.sha512] = Self.hex(sha512.finalize()) }
        if let sha256 { result[.sha256] = Self.hex(sha256.finalize()) }
        if let sha1 { result[.sha1] = Self.hex(sha1.finalize()) }
        if let md5 { result[.md5] = Self.hex(md5.finalize()) }
        return result
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
