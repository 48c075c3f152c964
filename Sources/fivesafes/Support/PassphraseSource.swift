import FiveSafesKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `sign` gets an encrypted SSH key's passphrase, first match wins: `--passphrase-file` (its first line), the
/// `FIVESAFES_SSH_PASSPHRASE` variable (for CI), or a prompt with echo off when standard input is a terminal.
struct PassphraseSource {
    /// `--passphrase-file`.
    var file: String?
    /// The process environment.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The environment variable read for CI.
    static let variable = "FIVESAFES_SSH_PASSPHRASE"
    /// Longest passphrase file or typed passphrase accepted.
    private static let limit = 64 * 1024

    /// The callback `CrateSigner` asks when a key is encrypted, or nil when there is no way to get a passphrase.
    /// The file is read now, so a missing one is refused before any work.
    func provider() throws(FiveSafesError) -> (@Sendable (String) -> [UInt8]?)? {
        if let file {
            guard let data = FileManager.default.contents(atPath: file), data.count <= Self.limit else {
                throw FiveSafesError(.usage, "cannot read the passphrase file (at most \(Self.limit) bytes)", path: file)
            }
            let line = Array(data.prefix { $0 != 0x0A })
            let passphrase = line.last == 0x0D ? Array(line.dropLast()) : line
            return { _ in passphrase }
        }
        if let value = environment[Self.variable] {
            let passphrase = Array(value.utf8)
            return { _ in passphrase }
        }
        guard Terminal.isTTY(STDIN_FILENO) else { return nil }
        return { path in Self.prompt("Enter passphrase for \(path): ") }
    }

    /// Asks on the terminal with echo off (restored afterwards); nil when nothing can be read. Echo goes off before
    /// the prompt shows, so nothing typed in answer to it can be echoed.
    private static func prompt(_ text: String) -> [UInt8]? {
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        }
        FileHandle.standardError.write(Data(TerminalText.printable(text).utf8))
        defer {
            if isTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < limit {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return line.isEmpty ? nil : line }
            if byte == 0x0A { break }
            line.append(byte)
        }
        return line.last == 0x0D ? Array(line.dropLast()) : line
    }
}
