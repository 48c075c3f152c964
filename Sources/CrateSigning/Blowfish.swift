/// The Blowfish cipher core with the "expensive key schedule" of bcrypt (Provos and Mazières, "A Future-Adaptable
/// Password Scheme", 1999): what `bcrypt_pbkdf` repeats thousands of times, so the state lives in one buffer read
/// through a pointer (array bounds checks would dominate the cost).
///
/// Only encryption exists: bcrypt never decrypts. Not `Sendable`: each derivation makes its own.
final class Blowfish {
    /// P-array (18 words) then the four S-boxes (256 words each).
    private let state: UnsafeMutablePointer<UInt32>
    private static let wordCount = 18 + 4 * 256

    /// The initial state (digits of π), before any key is mixed in.
    init() {
        precondition(BlowfishInitialState.words.count == Self.wordCount, "the Blowfish initial state has 1,042 words")
        state = .allocate(capacity: Self.wordCount)
        for (index, word) in BlowfishInitialState.words.prefix(Self.wordCount).enumerated() {
            (state + index).initialize(to: word)
        }
    }

    deinit {
        state.update(repeating: 0, count: Self.wordCount)
        state.deallocate()
    }

    /// Encrypts one 64-bit block held as two big-endian words.
    @inline(__always)
    func encipher(_ left: inout UInt32, _ right: inout UInt32) {
        let p = state, s = state + 18
        var l = left ^ p[0], r = right
        var round = 1
        while round <= 16 {
            r ^= Self.f(s, l) ^ p[round]
            l ^= Self.f(s, r) ^ p[round + 1]
            round += 2
        }
        left = r ^ p[17]
        right = l
    }

    @inline(__always)
    private static func f(_ s: UnsafeMutablePointer<UInt32>, _ x: UInt32) -> UInt32 {
        ((s[Int(x >> 24)] &+ s[256 + Int(x >> 16 & 0xFF)]) ^ s[512 + Int(x >> 8 & 0xFF)]) &+ s[768 + Int(x & 0xFF)]
    }

    /// `Blowfish_expandstate`: mixes `key` into the P-array, then re-encrypts the whole state with `data` (the salt)
    /// folded into each block.
    func expand(data: [UInt8], key: [UInt8]) {
        mixKey(key)
        var position = 0
        rekey { left, right in
            left ^= Self.word(data, &position)
            right ^= Self.word(data, &position)
        }
    }

    /// `Blowfish_expand0state`: mixes `key` into the P-array, then re-encrypts the whole state.
    func expand(key: [UInt8]) {
        mixKey(key)
        rekey { _, _ in }
    }

    /// Encrypts `words` (an even number of them) in place, block after block (`blf_enc`).
    func encrypt(_ words: inout [UInt32]) {
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            var (left, right) = (words[index], words[index + 1])
            encipher(&left, &right)
            (words[index], words[index + 1]) = (left, right)
        }
    }

    private func mixKey(_ key: [UInt8]) {
        var position = 0
        for index in 0..<18 { state[index] ^= Self.word(key, &position) }
    }

    /// Replaces every state word, two at a time, with the encryption of the running block (after `fold`).
    @inline(__always)
    private func rekey(_ fold: (inout UInt32, inout UInt32) -> Void) {
        var left: UInt32 = 0, right: UInt32 = 0
        for index in stride(from: 0, to: Self.wordCount, by: 2) {
            fold(&left, &right)
            encipher(&left, &right)
            state[index] = left
            state[index + 1] = right
        }
    }

    /// `Blowfish_stream2word`: the next four bytes of `bytes` as a big-endian word, wrapping around at the end.
    static func word(_ bytes: [UInt8], _ position: inout Int) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            if position >= bytes.count { position = 0 }
            value = value << 8 | UInt32(bytes[position])
            position += 1
        }
        return value
    }
}
