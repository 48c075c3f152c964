import FiveSafesKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal and small output helpers, in one place.
enum Terminal {
    /// Whether a file descriptor is a terminal.
    static func isTTY(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Whether to colour output on stdout for a choice, honouring `NO_COLOR`.
    static func useColour(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isTTY(STDOUT_FILENO)
        }
    }

    /// Writes text to standard error, with control characters other than line feeds escaped (error messages can
    /// hold names from untrusted crates).
    static func printError(_ text: String) {
        let safe = TerminalText.printable(text, keepingLines: true)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// Writes text to standard output without adding a newline.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Reads all of standard input.
    static func readStandardInput() -> [UInt8] {
        Array(FileHandle.standardInput.readDataToEndOfFile())
    }
}
