import FiveSafesKit

extension Remedy {
    /// The remedy in the command line's words, naming its flags; appended to the error's message.
    var phrase: String {
        switch self {
        case .replaceExisting: "; use --force to replace it (the old one is kept as .bak)"
        case .repairOrStartAgain: "; fix it or use --force"
        case .replaceSignature: "; use --force to replace that signature"
        case .repairOrRefreshBag: "; fix it or run `fivesafes zip --refresh`"
        case .forceThenSignAgain: ". Use --force to go on, then remove signatures/ and sign again"
        case .updateOrStartAgain:
            ". Use --update to add new files and keep everything else, or --force to start again (the old file is kept as .bak)"
        case .createInstead: "; run fivesafes init without --update"
        case .renameOrWriteBagFolder: "; rename it, or write a bag folder with --bag-dir"
        case .zipTheBagOrCopyIt: "; --bag-dir makes a bag from a crate. Zip it with -o OUT.zip, or copy the folder"
        case .useCertificateKey: "; for X.509 keys use --key and --cert"
        case .givePassphrase:
            "; give it with --passphrase-file FILE or FIVESAFES_SSH_PASSPHRASE, run on a terminal to be asked, or sign through "
                + "ssh-agent (--ssh-agent)"
        case .nameAgentKey(let keys): "; name one with --ssh-key KEY.pub (\(keys))"
        }
    }
}
