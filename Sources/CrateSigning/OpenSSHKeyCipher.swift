internal import Crypto
internal import Foundation
internal import _CryptoExtras

/// The ciphers `ssh-keygen` protects `openssh-key-v1` private keys with (PROTOCOL.key): AES in CTR mode (the
/// default, aes256-ctr) or GCM. The key and IV come from bcrypt_pbkdf, `key || iv` in one derivation.
struct OpenSSHKeyCipher {
    /// How the bytes are protected.
    private enum Mode { case ctr, gcm }

    /// The cipher's OpenSSH name.
    let name: String
    private let mode: Mode
    /// AES key length in bytes.
    let keyLength: Int

    /// The ciphers fivesafes decrypts.
    static let supported = ["aes256-ctr", "aes192-ctr", "aes128-ctr", "aes256-gcm@openssh.com", "aes128-gcm@openssh.com"]

    /// The cipher named `name`, or nil when fivesafes cannot decrypt it.
    init?(name: String) {
        switch name {
        case "aes256-ctr": (mode, keyLength) = (.ctr, 32)
        case "aes192-ctr": (mode, keyLength) = (.ctr, 24)
        case "aes128-ctr": (mode, keyLength) = (.ctr, 16)
        case "aes256-gcm@openssh.com": (mode, keyLength) = (.gcm, 32)
        case "aes128-gcm@openssh.com": (mode, keyLength) = (.gcm, 16)
        default: return nil
        }
        self.name = name
    }

    /// IV length: the whole 128-bit counter block (CTR) or the 96-bit GCM nonce.
    var ivLength: Int { mode == .ctr ? 16 : 12 }
    /// Bytes of authentication tag after the encrypted section (GCM only).
    var tagLength: Int { mode == .ctr ? 0 : 16 }
    /// The encrypted section is a whole number of these.
    static let blockSize = 16

    /// Decrypts the private section with `derived` (`key || iv` from bcrypt_pbkdf); nil when GCM's tag does not
    /// authenticate it (a wrong passphrase or a damaged file).
    func decrypt(_ encrypted: [UInt8], tag: [UInt8], derived: [UInt8]) throws(SigningError) -> [UInt8]? {
        let key = SymmetricKey(data: derived.prefix(keyLength))
        let iv = Array(derived[keyLength..<keyLength + ivLength])
        do {
            switch mode {
            case .ctr:
                return Array(try AES._CTR.decrypt(encrypted, using: key, nonce: AES._CTR.Nonce(nonceBytes: iv)))
            case .gcm:
                let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: iv), ciphertext: encrypted, tag: tag)
                return (try? AES.GCM.open(box, using: key)).map(Array.init)
            }
        } catch {
            throw SigningError("cannot decrypt the OpenSSH private key (\(name)): \(SigningError.reason(error))")
        }
    }
}
