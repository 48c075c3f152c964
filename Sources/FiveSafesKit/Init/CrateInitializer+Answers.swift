internal import Foundation
internal import JSONLD
internal import Yams

extension CrateInitializer.Options {
    /// Fills values not already set from an answers file (`.json`, or `.yaml`/`.yml`): an object whose keys are
    /// the flag names (`agent-name`, `agentName` and `agent_name` are the same key). `inputs` may be a map
    /// (`{fast_mode: "true"}`) or a list of `NAME=VALUE`; `input-files` a list of paths. Flags win over the file.
    ///
    /// - Throws: ``FiveSafesError`` (`usage`) for an unreadable file, a syntax error or an unknown key.
    public mutating func merge(answersFile path: String) throws(FiveSafesError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FiveSafesError(.usage, "cannot read the answers file", path: path)
        }
        let answers: [(String, [String])]
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            answers = try Self.yamlAnswers(String(decoding: data, as: UTF8.self), path: path)
        } else {
            answers = try Self.jsonAnswers(Array(data), path: path)
        }
        var unknown: [String] = []
        for (key, values) in answers {
            guard let setter = Self.setters[key.lowercased().filter { $0 != "-" && $0 != "_" }] else {
                unknown.append(key)
                continue
            }
            setter(&self, values)
        }
        if !unknown.isEmpty {
            throw FiveSafesError(
                .usage,
                "unknown key(s) \(unknown.joined(separator: ", ")); use the flag names, e.g. agent-name",
                path: path
            )
        }
    }

    private typealias Setter = (inout Self, [String]) -> Void

    private static func single(_ keyPath: WritableKeyPath<Self, String?>) -> Setter {
        { options, values in if options[keyPath: keyPath] == nil { options[keyPath: keyPath] = values.first } }
    }

    // Built once, never mutated.
    nonisolated(unsafe) private static let setters: [String: Setter] = [
        "name": single(\.name), "title": single(\.name), "description": single(\.description),
        "license": single(\.license), "licence": single(\.license),
        "workflow": single(\.workflow), "workflowname": single(\.workflowName), "workflowdownload": single(\.workflowDownload),
        "agent": single(\.agent), "orcid": single(\.agent), "agentname": single(\.agentName),
        "project": single(\.project), "projectname": single(\.projectName), "tre": single(\.tre),
        "organization": single(\.organization), "organisation": single(\.organization),
        "organizationname": single(\.organizationName), "organisationname": single(\.organizationName),
        "organizationurl": single(\.organizationURL), "organisationurl": single(\.organizationURL),
        "funding": single(\.funding), "grant": single(\.grant), "runname": single(\.runName),
        "input": { options, values in if options.inputs.isEmpty { options.inputs = values } },
        "inputs": { options, values in if options.inputs.isEmpty { options.inputs = values } },
        "inputfile": { options, values in if options.inputFiles.isEmpty { options.inputFiles = values } },
        "inputfiles": { options, values in if options.inputFiles.isEmpty { options.inputFiles = values } },
        "profileversion": { options, values in if let value = values.first { options.profileVersion = value } },
        "executiontype": single(\.executionType), "script": single(\.script), "notebook": single(\.notebook),
        "query": single(\.query), "querytext": single(\.queryText), "record": single(\.record), "container": single(\.container),
        "credential": { options, values in if options.credentials.isEmpty { options.credentials = values } },
        "credentials": { options, values in if options.credentials.isEmpty { options.credentials = values } },
    ]

    private static func jsonAnswers(_ bytes: [UInt8], path: String) throws(FiveSafesError) -> [(String, [String])] {
        let document: JSONNode
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            throw FiveSafesError(.usage, "not valid JSON: \(error)", path: path)
        }
        guard let object = document.value.objectValue else { throw FiveSafesError(.usage, "the answers must be a JSON object", path: path) }
        return object.members.map { member in (member.key, strings(member.value.value)) }
    }

    private static func strings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text): [text]
        case .number(let text): [text]
        case .bool(let flag): [flag ? "true" : "false"]
        case .null: []
        case .array(let items): items.flatMap { strings($0.value) }
        case .object(let object): object.members.map { "\($0.key)=\(strings($0.value.value).first ?? "")" }
        }
    }

    private static func yamlAnswers(_ text: String, path: String) throws(FiveSafesError) -> [(String, [String])] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw FiveSafesError(.usage, "not valid YAML: \(error)", path: path)
        }
        guard let mapping = node?.mapping else { throw FiveSafesError(.usage, "the answers must be a YAML mapping", path: path) }
        // Aliases (`*name`) share the anchored node, so a few lines can stand for billions of values (an "alias
        // bomb"); reading stops once the answers hold more values than any real answers file.
        var budget = maximumYAMLValues
        var answers: [(String, [String])] = []
        for (key, value) in mapping {
            guard let values = strings(value, budget: &budget) else {
                throw FiveSafesError(
                    .usage,
                    "the answers expand to more than \(maximumYAMLValues) values (YAML aliases repeating an anchor?); refusing to read further",
                    path: path
                )
            }
            answers.append((key.string ?? "", values))
        }
        return answers
    }

    /// The most YAML nodes an answers file may expand to, aliases counted at every use.
    static let maximumYAMLValues = 10_000

    /// The values of a node, or nil once more than `budget` nodes were visited.
    private static func strings(_ node: Node, budget: inout Int) -> [String]? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return scalar.string == "~" || scalar.string == "null" ? [] : [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard let more = strings(item, budget: &budget) else { return nil }
                values += more
            }
            return values
        case .mapping(let mapping):
            var values: [String] = []
            for (key, value) in mapping {
                guard let inner = strings(value, budget: &budget) else { return nil }
                values.append("\(key.string ?? "")=\(inner.first ?? "")")
            }
            return values
        }
    }
}
