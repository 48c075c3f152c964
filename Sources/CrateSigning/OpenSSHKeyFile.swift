internal import Foundation

/// The container of an OpenSSH private key file (`openssh-key-v1`, PROTOCOL.key): armor, cipher, KDF, the public
/// key in clear, and the private section, decrypted here when a passphrase protects it.
struct OpenSSHKeyFile {
    /// The public key blob, readable without the passphrase.
    let publicBlob: [UInt8]
    /// Whether a passphrase protects the private section.
    let isEncrypted: Bool
    private let cipherName: String
    private let kdfName: String
    private let kdfOptions: [UInt8]
    private let sealed: [UInt8]
    private let tag: [UInt8]

    private static let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    private static let end = "-----END OPENSSH PRIVATE KEY-----"
    /// Largest salt accepted (`ssh-keygen` writes 16 bytes).
    private static let maximumSaltLength = 1024

    /// Reads the container; nothing is decrypted yet.
    init(text: String) throws(SigningError) {
        guard let start = text.range(of: Self.begin), let stop = text.range(of: Self.end), start.upperBound <= stop.lowerBound else {
            if text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED") {
                throw SigningError(
                    "the key is a passphrase-protected PEM key; fivesafes reads OpenSSH keys (convert with `ssh-keygen -p -f FILE`)")
            }
            throw SigningError("not an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----)", remedy: .useCertificateKey)
        }
        let body = text[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
        guard let decoded = Data(base64Encoded: String(body)) else { throw SigningError("the OpenSSH private key is not valid base64") }
        var reader = SSHWireReader(decoded, what: "the OpenSSH private key")
        guard try reader.readRaw(15) == Array("openssh-key-v1\0".utf8) else {
            throw SigningError("the OpenSSH private key is not in openssh-key-v1 format")
        }
        cipherName = try reader.readText()
        kdfName = try reader.readText()
        kdfOptions = try reader.readString()
        guard try reader.readUInt32() == 1 else { throw SigningError("the OpenSSH key file holds more than one key") }
        publicBlob = try reader.readString()
        sealed = try reader.readString()
        isEncrypted = cipherName != "none" || kdfName != "none"
        if isEncrypted, let cipher = OpenSSHKeyCipher(name: cipherName) {
            tag = try reader.readRaw(cipher.tagLength)
        } else {
            tag = []
        }
    }

    /// The private section, decrypted with the passphrase `passphrase` gives (asked only when one is needed).
    func privateSection(passphrase: (() throws(SigningError) -> [UInt8])?) throws(SigningError) -> [UInt8] {
        guard isEncrypted else { return sealed }
        guard kdfName == "bcrypt" else {
            throw SigningError("the OpenSSH private key uses key derivation \(kdfName) (only bcrypt exists)")
        }
        guard let cipher = OpenSSHKeyCipher(name: cipherName) else {
            throw SigningError(
                "the OpenSSH private key is encrypted with \(cipherName), which fivesafes does not decrypt (it reads "
                    + OpenSSHKeyCipher.supported.joined(separator: ", ") + "); re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`"
            )
        }
        var options = SSHWireReader(kdfOptions, what: "the key's bcrypt option block")
        let salt = try options.readString()
        let rounds = try options.readUInt32()
        guard options.isAtEnd else { throw SigningError("the key's bcrypt option block has trailing bytes") }
        guard (1...Self.maximumSaltLength).contains(salt.count) else {
            throw SigningError("the key's bcrypt salt is \(salt.count) bytes (1 to \(Self.maximumSaltLength) accepted)")
        }
        guard rounds >= 1, rounds <= BcryptPBKDF.maximumRounds else {
            throw SigningError(
                "the key asks for \(rounds) bcrypt rounds; fivesafes accepts 1 to \(BcryptPBKDF.maximumRounds) (ssh-keygen writes 16)")
        }
        guard !sealed.isEmpty, sealed.count % OpenSSHKeyCipher.blockSize == 0 else {
            throw SigningError(
                "the OpenSSH private key's encrypted section is not a whole number of \(OpenSSHKeyCipher.blockSize)-byte blocks")
        }
        guard let passphrase else {
            throw SigningError("the SSH key is encrypted with a passphrase (\(cipherName), bcrypt)", remedy: .givePassphrase)
        }
        let derived = BcryptPBKDF.derive(
            passphrase: try passphrase(), salt: salt, rounds: Int(rounds), count: cipher.keyLength + cipher.ivLength
        )
        guard let opened = try cipher.decrypt(sealed, tag: tag, derived: derived) else { throw Self.wrongPassphrase }
        return opened
    }

    /// What a wrong passphrase looks like: check bytes that differ, or a GCM tag that does not authenticate.
    static let wrongPassphrase = SigningError("wrong passphrase for the SSH key (or the key file is damaged)")
}
