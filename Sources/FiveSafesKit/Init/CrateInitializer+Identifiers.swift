internal import Foundation

extension CrateInitializer {
    /// Syntax checks for the identifiers `init` writes: ORCID iDs, IRIs, parameter names, licences.
    enum Identifiers {
        /// The `https://orcid.org/…` IRI of an ORCID iD (bare or as an IRI), or nil when the syntax or the
        /// ISO 7064 MOD 11-2 check digit is wrong.
        static func orcid(_ text: String) -> String? {
            var digits = text.trimmingCharacters(in: .whitespaces)
            for prefix in ["https://orcid.org/", "http://orcid.org/", "orcid.org/"] where digits.hasPrefix(prefix) {
                digits = String(digits.dropFirst(prefix.count))
            }
            let groups = digits.split(separator: "-", omittingEmptySubsequences: false)
            guard groups.count == 4, groups.allSatisfy({ $0.count == 4 }) else { return nil }
            let characters = Array(groups.joined())
            guard characters.dropLast().allSatisfy(\.isASCIIDigit),
                let last = characters.last, last.isASCIIDigit || last == "X"
            else { return nil }
            guard checkDigit(characters.dropLast().compactMap { $0.wholeNumberValue }) == last else { return nil }
            return "https://orcid.org/" + digits
        }

        /// ISO 7064 MOD 11-2 over the first 15 digits: `0`–`9` or `X` for 10.
        static func checkDigit(_ digits: [Int]) -> Character {
            var total = 0
            for digit in digits { total = (total + digit) * 2 }
            let result = (12 - total % 11) % 11
            return result == 10 ? "X" : Character(String(result))
        }

        /// Whether text is an absolute IRI (RFC 3987 syntax, loosely): a scheme, no white space or characters that
        /// are never allowed; `web` also asks for `http`/`https` and a host.
        static func isIRI(_ text: String, web: Bool = false) -> Bool {
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
            let scheme = text[..<colon]
            guard let first = scheme.first, first.isASCIILetter,
                scheme.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "+.-".contains($0) })
            else { return false }
            let forbidden = Set("<>\"{}|\\^` ")
            guard !text.contains(where: { forbidden.contains($0) || $0.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F } })
            else { return false }
            guard web else { return text.count > colon.utf16Offset(in: text) + 1 }
            let lower = scheme.lowercased()
            guard lower == "http" || lower == "https" else { return false }
            let rest = text[text.index(after: colon)...]
            guard rest.hasPrefix("//") else { return false }
            let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty
        }

        /// Whether a parameter name is usable in a `#param-<name>` id: letters, digits, `_`, `-`, `.`.
        static func isParameterName(_ name: String) -> Bool {
            !name.isEmpty && name.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || "_-.".contains($0) }
        }

        /// Licences people name by SPDX id: id → (name, description).
        static let licences: [String: (name: String, description: String)] = [
            "CC-BY-4.0": (
                "Creative Commons Attribution 4.0 International",
                "Lets others share and adapt the material for any purpose, provided appropriate credit is given and changes are indicated."
            ),
            "CC-BY-SA-4.0": (
                "Creative Commons Attribution Share Alike 4.0 International",
                "Lets others share and adapt the material, with credit, under the same licence."
            ),
            "CC-BY-NC-4.0": (
                "Creative Commons Attribution Non Commercial 4.0 International",
                "Lets others share and adapt the material with credit, for non-commercial purposes only."
            ),
            "CC0-1.0": ("Creative Commons Zero v1.0 Universal", "Dedicates the material to the public domain: no rights reserved."),
            "MIT": ("MIT License", "A permissive licence: use, copy, modify and distribute with the copyright notice kept."),
            "Apache-2.0": ("Apache License 2.0", "A permissive licence with an express grant of patent rights."),
            "BSD-3-Clause": (
                "BSD 3-Clause \"New\" or \"Revised\" License", "A permissive licence that keeps the copyright notice and disclaimer."
            ),
            "GPL-3.0-only": ("GNU General Public License v3.0 only", "A copyleft licence: derived works are shared under the same terms."),
            "ODbL-1.0": (
                "Open Data Commons Open Database License v1.0", "Lets others share and adapt a database, with attribution and share-alike."
            ),
        ]

        /// A licence's IRI, name and description, from an SPDX id or a URL; nil when it is neither.
        static func licence(_ text: String) -> (id: String, name: String, description: String)? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            var spdx: String?
            for prefix in ["https://spdx.org/licenses/", "http://spdx.org/licenses/"] where trimmed.hasPrefix(prefix) {
                spdx = String(trimmed.dropFirst(prefix.count)).replacingOccurrences(of: ".html", with: "")
            }
            if spdx == nil, !trimmed.contains(":"), !trimmed.isEmpty,
                trimmed.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || ".-+".contains($0) })
            {
                spdx = trimmed
            }
            if let spdx {
                let known = licences.first { $0.key.lowercased() == spdx.lowercased() }
                let id = known?.key ?? spdx
                return (
                    "https://spdx.org/licenses/\(id)", known?.value.name ?? "\(id) licence",
                    known?.value.description ?? "The licence with SPDX identifier \(id); see https://spdx.org/licenses/\(id)."
                )
            }
            guard isIRI(trimmed) else { return nil }
            return (trimmed, "Licence \(trimmed)", "The licence published at \(trimmed).")
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
