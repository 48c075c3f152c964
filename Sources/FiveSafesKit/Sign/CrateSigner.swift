internal import BagIt
internal import CrateSigning
public import Foundation

/// Signs a bag's `tagmanifest-sha512.txt` (CMS or SSHSIG) and verifies every signature in a bag: the use case
/// behind `fivesafes sign` and the signature checks of `validate`.
///
/// A signature is a tag file `signatures/<n>-<format>-<fingerprint>.<p7s|sig>` (see ``SignatureFileName``).
/// It is not listed in any manifest: it signs the tag manifest, which therefore cannot list it.
public struct CrateSigner: Sendable {
    /// Replace this signer's earlier signature instead of refusing.
    public var force = false
    /// The signing time written into CMS signatures; nil for now.
    public var signingTime: Date?
    /// The time certificates must be valid at (signing and verifying); nil for now.
    public var validationTime: Date?
    /// Gives the passphrase of an encrypted SSH key file (its path is passed), asked only when the key needs one;
    /// nil when the user gave none (the key's refusal then names the ways to give it).
    public var passphrase: (@Sendable (_ keyPath: String) -> [UInt8]?)?
    /// Hears of the hashing of the bag (signing and verifying re-hash every payload byte), for a progress bar.
    public var progress: (@Sendable (WorkProgress) -> Void)?

    /// Creates a signer.
    public init() {}

    /// Adds a signature by `key` to the bag folder or ZIP at `path` (a ZIP is rewritten atomically).
    public func sign(_ path: String, with keySource: SigningKeySource) throws(FiveSafesError) -> SignResult {
        let key = try load(keySource)
        if case .cms(let identity) = key, let problem = identity.validityProblem(at: validationTime ?? Date()) {
            throw FiveSafesError(.usage, "cannot sign: \(problem)", path: keyPath(keySource))
        }
        let bag = try Self.open(path, progress: progress)
        let blocking = bag.problems.filter { Self.unsignable.contains($0.kind) }
        if !blocking.isEmpty {
            let listed = blocking.prefix(5).map(\.description).joined(separator: "; ")
            throw FiveSafesError(
                .unreadableInput,
                "the bag does not match its manifests, so it cannot be signed (\(listed))", path: path, remedy: .repairOrRefreshBag)
        }
        guard let content = bag.tagManifest else {
            throw FiveSafesError(.unreadableInput, "the bag has no tagmanifest-sha512.txt to sign", path: path)
        }
        let marker = "-\(key.format.rawValue)-\(key.fileFingerprint)."
        let previous = bag.signatures.map(\.path).first { $0.contains(marker) }
        if let previous, !force {
            throw FiveSafesError(
                .writeFailure, "this key already signed the bag (\(previous))", path: path, remedy: .replaceSignature)
        }
        let numbers = bag.signatures.compactMap { Int($0.path.dropFirst(SignatureFileName.folder.count + 1).prefix { $0.isNumber }) }
        let name = SignatureFileName.make(index: (numbers.max() ?? 0) + 1, format: key.format, fingerprint: key.fileFingerprint)
        let signature: [UInt8]
        do {
            signature = try key.sign(content, at: signingTime ?? Date())
        } catch {
            throw FiveSafesError(.writeFailure, error.message, path: path)
        }
        if let prefix = bag.zipPrefix {
            let temporary = OutputFile.temporaryPath(beside: path)
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            do {
                try ZipRewriter.rewrite(
                    path, to: temporary,
                    adding: [.init(name: prefix + name, bytes: signature)],
                    removing: Set(previous.map { [prefix + $0] } ?? []),
                    timeOf: prefix + SignatureFileName.signedFile
                )
            } catch {
                throw FiveSafesError(.writeFailure, error.reason, path: error.path == temporary ? path : error.path)
            }
            try OutputFile.commit(temporary, to: path, keepingBackup: false)
        } else {
            try Self.writeNew(signature, to: path + "/" + name, inside: path)
            if let previous { try? FileManager.default.removeItem(atPath: path + "/" + previous) }
        }
        return SignResult(path: path, signatureFile: name, signer: key.signer, replaced: previous)
    }

    private func keyPath(_ source: SigningKeySource) -> String {
        switch source {
        case .cms(_, let certificate, _): certificate
        case .ssh(let key): key
        case .sshAgent(let socket, let publicKey): publicKey ?? socket
        }
    }

    /// Reads the key files (or asks ssh-agent for its key).
    func load(_ source: SigningKeySource) throws(FiveSafesError) -> SigningKey {
        do throws(SigningError) {
            switch source {
            case .cms(let key, let certificate, let chain):
                let bundles = try chain.map { path throws(SigningError) in try CertificateBundle(pem: try Self.readText(path), path: path) }
                return .cms(
                    try CMSIdentity(
                        keyPEM: try Self.readText(key), certificatePEM: try Self.readText(certificate), chain: bundles,
                        keyPath: key, certificatePath: certificate
                    ))
            case .ssh(let key):
                do throws(SigningError) {
                    return .ssh(try SSHPrivateKey(openSSH: try Self.readText(key), passphrase: passphraseSource(for: key)))
                } catch {
                    throw SigningError("\(key): \(error.message)", remedy: error.remedy)
                }
            case .sshAgent(let socket, let publicKeyFile):
                let wanted = try publicKeyFile.map { path throws(SigningError) in try Self.publicKey(in: path) }
                return .ssh(try SSHAgent(socketPath: socket).key(matching: wanted))
            }
        } catch {
            throw FiveSafesError(.usage, error.message, remedy: error.remedy.map(Remedy.init))
        }
    }

    /// The passphrase callback for the key file at `path`, or nil when the user gave no way to get one.
    private func passphraseSource(for path: String) -> (() throws(SigningError) -> [UInt8])? {
        guard let passphrase else { return nil }
        return { () throws(SigningError) -> [UInt8] in
            guard let bytes = passphrase(path) else { throw SigningError("no passphrase was given for the encrypted key") }
            return bytes
        }
    }

    /// The public key in a `.pub` line or in an OpenSSH private key file (read without its passphrase).
    static func publicKey(in path: String) throws(SigningError) -> SSHPublicKey {
        let text = try readText(path)
        do throws(SigningError) {
            if text.contains("PRIVATE KEY-----") { return try SSHPrivateKey.publicKey(openSSH: text) }
            let line = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
            return try SSHPublicKey(openSSH: String(line))
        } catch {
            throw SigningError("\(path): \(error.message)", remedy: error.remedy)
        }
    }

    /// Reads the trust files.
    static func trust(_ options: SignatureOptions) throws(FiveSafesError) -> SignatureTrust {
        do throws(SigningError) {
            let roots = try options.trustFiles.map { path throws(SigningError) in try CertificateBundle(pem: try readText(path), path: path)
            }
            let allowed = try options.allowedSignersFile.map { path throws(SigningError) in
                try AllowedSigners(parsing: try readText(path), path: path)
            }
            var trust = SignatureTrust(roots: roots, allowedSigners: allowed, validationTime: options.validationTime)
            trust.rootsSetting = options.settingName(.trust)
            return trust
        } catch {
            throw FiveSafesError(.usage, error.message)
        }
    }

    /// A small text file (keys, certificates, allowed_signers).
    static func readText(_ path: String) throws(SigningError) -> String {
        guard let data = FileManager.default.contents(atPath: path), data.count < 16 << 20 else {
            throw SigningError("\(path): cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
