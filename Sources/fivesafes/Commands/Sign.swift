import ArgumentParser
import FiveSafesKit
import FiveSafesReports
import Foundation

/// `fivesafes sign BAG|ZIP`: add a CMS or SSH signature over the tag manifest; `--verify` checks every signature.
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign a bag's tagmanifest-sha512.txt (CMS/PKCS#7 or SSH); verify every signature with --verify.",
        discussion: """
            The signature is a tag file signatures/<n>-<cms|ssh>-<fingerprint>.<p7s|sig> in the bag (a ZIP is \
            rewritten atomically). It signs tagmanifest-sha512.txt, which covers manifest-sha512.txt, which covers \
            every payload byte; several signers sit side by side. openssl cms -verify and ssh-keygen -Y verify \
            (namespace 5s-crate) check them too.
            Examples:
              fivesafes sign request.zip --key me.key --cert me.pem --chain issuing-ca.pem
              fivesafes sign request.zip --ssh-key ~/.ssh/id_ed25519
              fivesafes sign request.zip --ssh-key ~/.ssh/id_ed25519.pub
              fivesafes sign request.zip --ssh-agent
              fivesafes sign request.zip --ssh-key ci_key --passphrase-file pass.txt
              fivesafes sign --verify request.zip --trust tre-root-ca.pem \\
                --allowed-signers allowed_signers
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var keys: SignKeyOptions
    @OptionGroup var trust: TrustOptions

    @Argument(help: "A BagIt bag folder or a ZIP holding one.") var bag: String
    @Flag(help: "Verify every signature and re-hash the bag instead of signing.") var verify = false
    @Flag(help: "Replace this key's earlier signature.") var force = false
    @Option(help: "With --verify: text or json.") var format: SignFormat = .text
    @Flag(help: "Show hashing progress on stderr even when it is not a terminal or the work is short (one line a second in logs).")
    var progress = false
    @Flag(
        name: .customLong("require-signature"),
        help:
            "With --verify: every signature must be checked; without it, a signature with no trust source of its kind (--trust for CMS, --allowed-signers for SSH) is reported unchecked, not failed."
    )
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

    func run() throws {
        do {
            var signer = CrateSigner()
            signer.force = force
            var options = try trust.signatureOptions()
            options.requireSignature = requireSignature
            signer.validationTime = options.validationTime
            // Hashing a big bag takes a while: a bar after a second on a terminal (never for JSON unless asked).
            let bar = ProgressBar(
                enabled: global.allowsProgress && (progress || !(verify && format == .json)), forced: progress, delay: 1
            )
            signer.progress = { bar.update($0) }
            defer { bar.finish() }
            if verify {
                let report = try signer.verify(bag, options: options)
                bar.finish()
                Terminal.write(
                    format == .json ? SignatureJSONRenderer().render(report) : SignatureTextRenderer(quiet: global.quiet).render(report))
                return try (report.isValid ? ExitStatus.success : ExitStatus.findings).exit()
            }
            if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
                signer.signingTime = Date(timeIntervalSince1970: seconds)
            }
            signer.passphrase = try PassphraseSource(file: keys.passphraseFile).provider()
            let result = try signer.sign(bag, with: try keys.source())
            bar.finish()
            if !global.quiet {
                Terminal.write(
                    "signed \(result.path): \(result.signatureFile) by \(result.signer)"
                        + (result.replaced.map { "; replaced \($0)" } ?? "") + "\n")
            }
        } catch let error as FiveSafesError {
            throw exitStatus(for: error, command: "sign")
        }
    }
}

/// `sign --format` values.
enum SignFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
