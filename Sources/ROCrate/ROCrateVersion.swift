/// An RO-Crate specification version as a crate declares it (`1.1`, `1.2-DRAFT`), comparable by number.
public struct ROCrateVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The major number.
    public var major: Int
    /// The minor number.
    public var minor: Int

    /// Creates a version from its numbers.
    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `MAJOR.MINOR` with an optional suffix (`-DRAFT`); nil for anything else.
    public init?(_ text: String) {
        let numbers = text.split(separator: "-", maxSplits: 1).first?.split(separator: ".") ?? []
        guard numbers.count >= 2, let major = Int(numbers[0]), let minor = Int(numbers[1]) else { return nil }
        self.major = major
        self.minor = minor
    }

    public static func < (lhs: ROCrateVersion, rhs: ROCrateVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    public var description: String { "\(major).\(minor)" }
}
