import ArgumentParser
import FiveSafesKit

/// `fivesafes sign TARGET` (`sign add`): add a CMS or SSH signature over the bag's tag manifest.
///
/// The default subcommand of `sign`, so it also takes the older `--verify` (with `--format` and
/// `--require-signature`): hidden aliases of `sign verify`, with the same output.
struct SignAdd: FiveSafesCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a CMS or SSH signature to a bag or a ZIP holding one; the default of sign.",
        discussion: """
            Examples:
              fivesafes sign request.zip --key me.key --cert me.pem --chain issuing-ca.pem
              fivesafes sign add request.zip --ssh-key ~/.ssh/id_ed25519
            """
    )
    static let messageName = "sign"

    @OptionGroup var global: GlobalOptions
    @OptionGroup var keys: SignKeyOptions
    @OptionGroup var trust: TrustOptions

    @Argument(help: "A BagIt bag folder or a ZIP holding one.") var bag: String
    @Flag(help: "Replace this key's earlier signature.") var force = false
    @Flag(help: "Show hashing progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false

    @Flag(help: ArgumentHelp("Alias of sign verify.", visibility: .hidden)) var verify = false
    @Option(help: ArgumentHelp("With --verify: text or json.", visibility: .hidden)) var format: SignFormat = .text
    @Flag(
        name: .customLong("require-signature"), help: ArgumentHelp("With --verify: every signature must be checked.", visibility: .hidden))
    var requireSignature = false

    func validate() throws {
        if verify {
            guard keys.key == nil, keys.cert == nil, keys.sshKey == nil, !keys.sshAgent, keys.passphraseFile == nil else {
                throw ValidationError("--verify takes no signing key.")
            }
        } else {
            guard !requireSignature else { throw ValidationError("--require-signature goes with --verify.") }
            _ = try keys.source()
        }
    }

    func execute() throws -> ExitStatus {
        if verify {
            return try SignVerify.verify(
                bag, trust: trust, requireSignature: requireSignature, format: format, forcedProgress: progress, global: global)
        }
        var signer = CrateSigner()
        signer.force = force
        signer.validationTime = try trust.signatureOptions().validationTime
        signer.signingTime = try clock.fixed
        // Hashing a big bag takes a while: a bar after a second on a terminal.
        let bar = ProgressBar(enabled: global.allowsProgress, forced: progress, delay: 1)
        signer.progress = { bar.update($0) }
        defer { bar.finish() }
        signer.passphrase = try PassphraseSource(file: keys.passphraseFile).provider()
        let result = try signer.sign(bag, with: try keys.source())
        bar.finish()
        if !global.quiet {
            Terminal.write(
                "signed \(result.path): \(result.signatureFile) by \(result.signer)" + (result.replaced.map { "; replaced \($0)" } ?? "")
                    + "\n")
        }
        return .success
    }
}
