internal import FiveSafesKit
internal import Foundation

/// Writes the bytes to a temporary `.zip` and validates it the way `validate` reads a ZIP in place: libarchive's
/// reader, the entry-name checks, the bag verifier and the crate inside.
enum ZipFuzzTarget {
    /// Small limits so a bomb costs milliseconds, not the fuzzer's time budget.
    private static let validator: CrateValidator? = {
        var options = ValidationOptions()
        options.maxArchiveSize = 64 << 20
        options.maxFiles = 10_000
        return try? CrateValidator(options: options)
    }()

    /// One file per process, reused for every input.
    private static let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("fivesafes-fuzz-\(ProcessInfo.processInfo.processIdentifier).zip").path

    static func run(_ bytes: [UInt8]) {
        guard let validator else { fatalError("the built-in profiles did not load") }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("cannot write \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = validator.validate(.zip(path), named: "fuzz.zip")
    }
}
