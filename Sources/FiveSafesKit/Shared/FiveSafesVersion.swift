/// The tool's version, written into reports and `Bag-Software-Agent`.
public enum FiveSafesVersion {
    /// The current version.
    public static let current = "0.1.0"
}
