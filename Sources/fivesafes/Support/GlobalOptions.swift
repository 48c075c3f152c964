import ArgumentParser

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only the result (no summary or progress lines on stderr).")
    var quiet = false

    @Flag(name: .customLong("no-progress"), help: "Never show a progress bar.")
    var noProgress = false

    /// Whether a progress bar may be drawn at all: neither `-q` nor `--no-progress`.
    var allowsProgress: Bool { !quiet && !noProgress }

    @Option(name: [.customLong("color"), .customLong("colour")], help: "Colour output: auto, always or never.")
    var color: ColorChoice = .auto
}

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
