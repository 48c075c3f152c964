import ArgumentParser
import FiveSafesKit
import FiveSafesReports

/// `fivesafes sign verify TARGET`: check every signature of a bag and re-hash it.
struct SignVerify: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify every signature of a bag (or a ZIP holding one) and re-hash the bag.",
        discussion: """
            Exit status 1 when a signature fails, the bag changed after signing, or (with --require-signature) a \
            signature could not be checked. The older spelling sign --verify TARGET does the same.
            Examples:
              fivesafes sign verify request.zip --trust tre-root-ca.pem
              fivesafes sign verify request-bag/ --allowed-signers allowed_signers \\
                --require-signature --format json
            """
    )
    static let messageName = "sign"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var trust: TrustOptions

    @Argument(help: "A BagIt bag folder or a ZIP holding one.") var bag: String
    @Option(help: "text or json.") var format: SignFormat = .text
    @Flag(help: "Show hashing progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false
    @Flag(
        name: .customLong("require-signature"),
        help:
            "Every signature must be checked; without it, a signature with no trust source of its kind (--trust for CMS, --allowed-signers for SSH) is reported unchecked, not failed."
    )
    var requireSignature = false

    func execute() throws -> ExitStatus {
        try Self.verify(bag, trust: trust, requireSignature: requireSignature, format: format, forcedProgress: progress, global: global)
    }

    /// Verifies and prints the report: `sign verify` and its alias `sign --verify`.
    static func verify(
        _ bag: String, trust: TrustOptions, requireSignature: Bool, format: SignFormat, forcedProgress: Bool, global: GlobalOptions
    ) throws -> ExitStatus {
        var options = try trust.signatureOptions()
        options.requireSignature = requireSignature
        var signer = CrateSigner()
        signer.validationTime = options.validationTime
        // Hashing a big bag takes a while: a bar after a second on a terminal (never for JSON unless asked).
        let bar = ProgressBar(enabled: global.allowsProgress && (forcedProgress || format != .json), forced: forcedProgress, delay: 1)
        signer.progress = { bar.update($0) }
        defer { bar.finish() }
        let report = try signer.verify(bag, options: options)
        bar.finish()
        Terminal.write(format == .json ? SignatureJSONRenderer().render(report) : SignatureTextRenderer(quiet: global.quiet).render(report))
        return report.isValid ? .success : .findings
    }
}

/// `sign verify --format` values.
enum SignFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
