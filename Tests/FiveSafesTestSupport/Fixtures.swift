import Foundation

/// Locates the repository's `Fixtures/` and `Schemas/` folders.
public enum Fixtures {
    /// The repository root (found from this source file's path).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `Fixtures/`.
    public static let root = repositoryRoot.appendingPathComponent("Fixtures")

    /// A path under `Fixtures/`.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The fixture crate folders of a kind (`valid` or `invalid`), sorted by name.
    public static func crates(in kind: String) -> [String] {
        let folder = root.appendingPathComponent("crates/\(kind)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }
}
