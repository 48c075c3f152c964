internal import Crypto

/// `bcrypt_pbkdf` as OpenBSD and OpenSSH define it (`openbsd-compat/bcrypt_pbkdf.c`): the key derivation of
/// passphrase-protected `openssh-key-v1` keys. A PBKDF2-like loop whose pseudo-random function is a bcrypt hash of
/// the SHA-512 of the passphrase and of the salt; output bytes are interleaved across blocks ("stride").
enum BcryptPBKDF {
    /// The most rounds accepted from a key file: `ssh-keygen` writes 16 by default (`-a` raises it). Each round
    /// costs about a tenth of a second, so a hostile key with billions of rounds would hang the tool.
    static let maximumRounds = 1024

    /// Derives `count` bytes (1…1024) from `passphrase` and `salt` in `rounds` rounds (1…``maximumRounds``).
    static func derive(passphrase: [UInt8], salt: [UInt8], rounds: Int, count: Int) -> [UInt8] {
        precondition(rounds >= 1 && (1...1024).contains(count) && !salt.isEmpty, "checked by the key parser")
        let hashLength = 32
        let stride = (count + hashLength - 1) / hashLength
        let perBlock = (count + stride - 1) / stride
        let hashedPassphrase = Array(SHA512.hash(data: passphrase))
        var key = [UInt8](repeating: 0, count: count)
        var remaining = count
        var block: UInt32 = 1
        while remaining > 0 {
            let counter = [UInt8(block >> 24), UInt8(block >> 16 & 0xFF), UInt8(block >> 8 & 0xFF), UInt8(block & 0xFF)]
            var hash = bcryptHash(hashedPassphrase, Array(SHA512.hash(data: salt + counter)))
            var output = hash
            for _ in 1..<max(rounds, 1) {
                hash = bcryptHash(hashedPassphrase, Array(SHA512.hash(data: hash)))
                for index in output.indices { output[index] ^= hash[index] }
            }
            var written = 0
            while written < min(perBlock, remaining) {
                let destination = written * stride + Int(block) - 1
                if destination >= count { break }
                key[destination] = output[written]
                written += 1
            }
            remaining -= written
            block += 1
        }
        return key
    }

    /// OpenBSD's `bcrypt_hash`: an expensive Blowfish key schedule over the hashed salt and passphrase, then 64
    /// encryptions of "OxychromaticBlowfishSwatDynamite"; the eight words are written little-endian.
    static func bcryptHash(_ hashedPassphrase: [UInt8], _ hashedSalt: [UInt8]) -> [UInt8] {
        let cipher = Blowfish()
        cipher.expand(data: hashedSalt, key: hashedPassphrase)
        for _ in 0..<64 {
            cipher.expand(key: hashedSalt)
            cipher.expand(key: hashedPassphrase)
        }
        let magic = Array("OxychromaticBlowfishSwatDynamite".utf8)
        var position = 0
        var words = (0..<8).map { _ in Blowfish.word(magic, &position) }
        for _ in 0..<64 { cipher.encrypt(&words) }
        return words.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8 & 0xFF), UInt8($0 >> 16 & 0xFF), UInt8($0 >> 24)] }
    }
}
