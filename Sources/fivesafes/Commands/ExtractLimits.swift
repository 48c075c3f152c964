import ArgumentParser

/// The limits of `zip extract`: an archive that would expand past them is refused before anything is written.
struct ExtractLimits: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Most bytes the archive may expand to.") var maxSize: Int64 = 64 << 30
    @Option(name: .customLong("max-files"), help: "Most entries.") var maxFiles = 1_000_000
}
