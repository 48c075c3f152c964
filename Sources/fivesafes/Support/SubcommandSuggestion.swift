import ArgumentParser

/// "Did you mean …?" for a mistyped subcommand (`fivesafes valdate`, `fivesafes provenance shwo`).
///
/// swift-argument-parser answers an unknown subcommand with "unexpected arguments"; before parsing, the first
/// word that is not an option is compared with the subcommands at that level, and a close one is suggested.
enum SubcommandSuggestion {
    /// A usage message naming the closest subcommand, or nil when the arguments name known commands (or nothing
    /// is close).
    static func message(for arguments: [String], in root: any ParsableCommand.Type) -> String? {
        var command = root
        var level: [any ParsableCommand.Type] = root.configuration.subcommands
        var path: [String] = [root._commandName]
        for word in arguments {
            if word.hasPrefix("-") || level.isEmpty { return nil }
            var matched: (any ParsableCommand.Type)?
            for candidate in level where candidate._commandName == word || candidate.configuration.aliases.contains(word) {
                matched = candidate
            }
            if let matched {
                command = matched
                level = matched.configuration.subcommands
                path.append(word)
                continue
            }
            // Under a command with a default subcommand (`zip CRATE`, `sign TARGET`), other words are its arguments.
            if command.configuration.defaultSubcommand != nil { return nil }
            let names = level.map { $0._commandName }
            guard let best = closest(to: word.lowercased(), among: names) else { return nil }
            let prefix = path.joined(separator: " ")
            return "unknown command `\(prefix) \(word)`; did you mean `\(prefix) \(best)`? (see `\(prefix) --help`)"
        }
        return nil
    }

    /// The name closest to `word`, when it is close: at most a third of its letters differ (one at least), or the
    /// word (two letters or more) begins it.
    static func closest(to word: String, among names: [String]) -> String? {
        var best: String?
        var bestDistance = Int.max
        for name in names {
            let distance = distance(word, name)
            if distance < bestDistance {
                best = name
                bestDistance = distance
            }
        }
        guard let best else { return nil }
        let close = bestDistance <= max(1, best.count / 3)
        let started = word.count >= 2 && best.hasPrefix(word)
        return close || started ? best : nil
    }

    /// Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one
    /// (optimal string alignment: `shwo` is one edit from `show`). Words are short, so a full table is fine.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
