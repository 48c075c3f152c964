import Testing

@testable import CrateSigning

/// bcrypt_pbkdf known answers. Sources: the first two are OpenBSD's regress vectors for bcrypt_pbkdf
/// (regress/lib/libutil/bcrypt_pbkdf, as also used by RustCrypto's bcrypt-pbkdf tests); the last two were
/// computed for this file with Python's `bcrypt` 5.0.0 (`bcrypt.kdf(password=…, salt=…, desired_key_bytes=…,
/// rounds=…)`), which also reproduces the first two. The 48-byte one is the aes256-ctr key and IV length.
@Suite struct BcryptPBKDFTests {
    @Test(
        arguments: [
            ("password", [UInt8]("salt".utf8), 4, 32, "5bbf0cc293587f1c3635555c27796598d47e579071bf427e9d8fbe842aba34d9"),
            ("password", [0], 4, 16, "c12b566235eee04c212598970a579a67"),
            (
                "test-only", Array(0..<16), 16, 48,
                "15e0855b5fd15732bf93f482269d9742c6b72ebc1d817d84627ded336c783f5305f62b7dd4b5c6f4a42f9e396deb86f6"
            ),
            ("\0\0\0", [1], 1, 44, "e99fe3c31117aa868ffdb253cb028046a024bd76094ec7c3b0fc7f18eab59151f9008cc57dfc944a27d1bee7"),
        ] as [(String, [UInt8], Int, Int, String)])
    func knownAnswers(passphrase: String, salt: [UInt8], rounds: Int, count: Int, expected: String) {
        let key = BcryptPBKDF.derive(passphrase: Array(passphrase.utf8), salt: salt, rounds: rounds, count: count)
        let hex = key.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == expected)
    }

    @Test func blowfishStartsFromThePublishedDigitsOfPi() {
        let words = BlowfishInitialState.words
        #expect(words.count == 18 + 4 * 256)
        let corners: [UInt32] = [words[0], words[17], words[18], words[1041]]
        #expect(corners == [0x243F_6A88, 0x8979_FB1B, 0xD131_0BA6, 0x3AC3_72E6])
    }
}
