import FiveSafesKit
import Foundation

/// Asks for missing required values on a terminal (prompts on stderr, answers from stdin).
enum InitPrompts {
    /// The options with every missing value the user typed; stops at end of input. An answer `init` would refuse
    /// (an ORCID with a wrong check digit, a licence that is neither SPDX nor a URL) is explained and asked again,
    /// so one typo does not lose the other answers.
    static func ask(_ options: CrateInitializer.Options) -> CrateInitializer.Options {
        var options = options
        Terminal.printError("fivesafes init: a few details for the request crate (Ctrl-D to stop)")
        fields: for field in options.missing {
            while true {
                FileHandle.standardError.write(Data("\(field.prompt): ".utf8))
                guard let line = readLine() else { break fields }
                let answer = line.trimmingCharacters(in: .whitespaces)
                if let problem = field.problem(with: answer) {
                    Terminal.printError("  \(problem); please try again")
                    continue
                }
                if !answer.isEmpty { options.set(field, answer) }
                break
            }
        }
        return options
    }
}
