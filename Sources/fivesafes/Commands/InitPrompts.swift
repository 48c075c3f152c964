import FiveSafesKit
import Foundation

/// Asks for missing required values on a terminal (prompts on stderr, answers from stdin).
enum InitPrompts {
    /// The options with every missing value the user typed; stops at end of input.
    static func ask(_ options: CrateInitializer.Options) -> CrateInitializer.Options {
        var options = options
        Terminal.printError("fivesafes init: a few details for the request crate (Ctrl-D to stop)")
        for field in options.missing {
            FileHandle.standardError.write(Data("\(field.prompt): ".utf8))
            guard let line = readLine() else { break }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if !answer.isEmpty { options.set(field, answer) }
        }
        return options
    }
}
