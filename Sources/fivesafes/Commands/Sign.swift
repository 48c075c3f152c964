import ArgumentParser

/// `fivesafes sign …`: add a CMS or SSH signature over a bag's tag manifest (`sign TARGET`, the default `add`) or
/// check every signature (`sign verify`).
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign a bag's tagmanifest-sha512.txt (CMS/PKCS#7 or SSH); verify every signature with sign verify.",
        discussion: """
            The signature is a tag file signatures/<n>-<cms|ssh>-<fingerprint>.<p7s|sig> in the bag (a ZIP is \
            rewritten atomically). It signs tagmanifest-sha512.txt, which covers manifest-sha512.txt, which covers \
            every payload byte; several signers sit side by side. openssl cms -verify and ssh-keygen -Y verify \
            (namespace 5s-crate) check them too. sign TARGET is sign add TARGET; the older spelling \
            sign --verify TARGET still works.
            Examples:
              fivesafes sign request.zip --key me.key --cert me.pem --chain issuing-ca.pem
              fivesafes sign request.zip --ssh-key ~/.ssh/id_ed25519
              fivesafes sign request.zip --ssh-key ~/.ssh/id_ed25519.pub
              fivesafes sign request.zip --ssh-agent
              fivesafes sign request.zip --ssh-key ci_key --passphrase-file pass.txt
              fivesafes sign verify request.zip --trust tre-root-ca.pem \\
                --allowed-signers allowed_signers
            """,
        subcommands: [SignAdd.self, SignVerify.self],
        defaultSubcommand: SignAdd.self
    )
}
