import ArgumentParser
import FiveSafesKit

/// The bag settings of `zip create`.
struct ZipOptions: ParsableArguments {
    @Option(help: "ZIP entry compression: auto (store files whose first block does not deflate by 10%), store or deflate.")
    var compression: CompressionChoice = .auto
    @Option(help: "Files hashed at once (default: all cores).") var jobs: Int?
    @Option(name: .customLong("bag-info"), help: ArgumentHelp("Extra bag-info.txt field (repeatable).", valueName: "KEY=VALUE"))
    var bagInfo: [String] = []
    @Option(name: .customLong("external-identifier"), help: "External-Identifier (default: a new urn:uuid:).")
    var externalIdentifier: String?
    @Option(name: .customLong("bag-name"), help: "The bag folder's name inside the ZIP (default: the crate folder's).")
    var bagName: String?
    @Flag(name: .customLong("no-validate"), help: "Package even if the crate is invalid.") var noValidate = false
    @Flag(help: "Replace an existing output, keeping it as .bak.") var force = false

    func packageOptions() throws -> PackageOptions {
        var options = PackageOptions()
        options.compression = PackageOptions.Compression(rawValue: compression.rawValue) ?? .auto
        options.jobs = jobs
        options.externalIdentifier = externalIdentifier
        options.bagName = bagName
        options.validate = !noValidate
        options.force = force
        for pair in bagInfo {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex, !pair.contains("\n") else {
                throw ValidationError("--bag-info takes KEY=VALUE, got \(pair)")
            }
            options.bagInfo.append((String(pair[..<equals]), String(pair[pair.index(after: equals)...])))
        }
        return options
    }
}

/// `--compression` values.
enum CompressionChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, store, deflate
}
