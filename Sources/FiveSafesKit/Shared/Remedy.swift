/// What the user can do about a refusal, as a value. The library says which remedy applies; a front end phrases it
/// in its own terms (the command line names its flags: `Remedy+Flags.swift` in the CLI), so no flag is spelled here.
public enum Remedy: Sendable, Equatable {
    /// Repeat, forcing the existing output to be replaced; the old one is kept as `.bak`.
    case replaceExisting
    /// Repair the file, or start again by forcing.
    case repairOrStartAgain
    /// Repeat, forcing the earlier signature by the same key to be replaced.
    case replaceSignature
    /// Repair the bag, or bring its manifests in step with its payload.
    case repairOrRefreshBag
    /// Force the change, then remove the signatures and sign again.
    case forceThenSignAgain
    /// Update the existing metadata instead, or start again by forcing.
    case updateOrStartAgain
    /// Create the metadata instead of updating it: there is none yet.
    case createInstead
    /// Rename the file, or write the bag as a folder (which can hold any name) instead of a ZIP.
    case renameOrWriteBagFolder
    /// A bag folder is already a bag: zip it as it is, or copy the folder (a bag is made from a crate).
    case zipTheBagOrCopyIt
    /// The file is not an OpenSSH key: an X.509 key signs with its certificate instead.
    case useCertificateKey
    /// The key is encrypted: give its passphrase, or sign through ssh-agent.
    case givePassphrase
    /// ssh-agent holds several usable keys: name one by its public key (the keys, as listed).
    case nameAgentKey(String)
}
