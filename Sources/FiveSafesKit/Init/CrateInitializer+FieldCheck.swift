internal import Foundation

extension CrateInitializer.Options.Field {
    /// What is wrong with a typed answer for this field, checked as `init` checks the flag; nil when it will do.
    ///
    /// Interactive `init` asks again on a problem instead of failing at the end and losing every answer. Checks
    /// that need the whole crate (an input file present in the folder, a workflow outside WorkflowHub needing
    /// `--workflow-download`) still happen when the crate is written.
    public func problem(with answer: String) -> String? {
        let value = answer.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        let identifiers = CrateInitializer.Identifiers.self
        switch self {
        case .agent:
            return identifiers.orcid(value) == nil
                ? "\(value) is not an ORCID iD (16 digits in groups of four with a valid check digit)" : nil
        case .license:
            return identifiers.licence(value) == nil ? "\(value) is neither an SPDX id nor a URL" : nil
        case .workflow, .organization:
            return identifiers.isIRI(value, web: true) ? nil : "\(value) is not an http(s) IRI"
        case .input:
            guard value.contains("="), !FileManager.default.fileExists(atPath: value) else { return nil }
            let name = String(value.prefix { $0 != "=" })
            return identifiers.isParameterName(name) ? nil : "\(value) is not NAME=VALUE (NAME of letters, digits, _ - .)"
        case .name, .agentName, .project, .projectName, .organizationName:
            return nil
        }
    }
}
