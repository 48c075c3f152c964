public import FiveSafesDiagnostics
internal import JSONLD

/// The `--format sarif` report: one SARIF 2.1.0 log for code-scanning dashboards (GitHub code scanning, Azure
/// DevOps, SonarQube…).
///
/// The tool driver lists every rule of the applied catalogue (not only the violated ones) with its descriptions,
/// help link and default level; each finding becomes a result with its rule, level, message, a physical location
/// (the file as seen from where the command ran, line and column) and a logical location for the entity `@id`.
/// Checked against the OASIS schema in `Fixtures/schemas/sarif-2.1.0.json` by the tests.
public struct SARIFRenderer: ReportRenderer {
    /// The tool version written in `tool.driver.version`.
    public var toolVersion: String
    /// The rules of the catalogue applied (see ``RuleInfo``).
    public var rules: [RuleInfo]
    /// `tool.driver.informationUri`: where users read about the rules.
    public var informationURI: String

    /// Creates a renderer.
    public init(toolVersion: String, rules: [RuleInfo], informationURI: String = "https://w3id.org/5s-crate") {
        self.toolVersion = toolVersion
        self.rules = rules
        self.informationURI = informationURI
    }

    /// The report as a pretty-printed SARIF log.
    public func render(_ report: ValidationReport) -> String {
        let rules = RuleInfo.covering(report, catalogue: self.rules)
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        let driver = JSONValue.orderedObject([
            ("name", .string("fivesafes")),
            ("version", .string(toolVersion)),
            ("semanticVersion", .string(toolVersion)),
            ("informationUri", .string(informationURI)),
            ("rules", .list(rules.map(Self.descriptor))),
        ])
        let run = JSONValue.orderedObject([
            ("tool", .orderedObject([("driver", driver)])),
            (
                "invocations",
                .list([.orderedObject([("executionSuccessful", .bool(!report.isToolFailure))])])
            ),
            ("results", .list(report.issues.map { result($0, index: index[$0.rule], input: report.input) })),
            ("columnKind", .string("unicodeCodePoints")),
            ("properties", properties(report)),
        ])
        let log = JSONValue.orderedObject([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .list([run])),
        ])
        return JSONWriter().string(log) + "\n"
    }

    /// A `reportingDescriptor` for one rule.
    static func descriptor(_ rule: RuleInfo) -> JSONValue {
        var full = rule.summary
        if let explanation = rule.explanation { full += "\n\n" + explanation }
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(rule.name)),
            ("shortDescription", message(rule.summary)),
            ("fullDescription", message(full)),
        ]
        if let helpURI = rule.helpURI { members.append(("helpUri", .string(helpURI))) }
        if let fix = rule.fix { members.append(("help", message("Fix: " + fix))) }
        members.append(("defaultConfiguration", .orderedObject([("level", .string(rule.severity.compilerWord))])))
        members.append(
            (
                "properties",
                .orderedObject([
                    ("severity", .string(rule.severity.rawValue)),
                    ("section", .string(rule.section)),
                    ("tags", .list([.string("five-safes"), .string("ro-crate")])),
                ])
            )
        )
        return .orderedObject(members)
    }

    private func result(_ issue: Diagnostic, index: Int?, input: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(issue.rule))]
        if let index { members.append(("ruleIndex", .integer(index))) }
        members.append(("level", .string(issue.severity.compilerWord)))
        members.append(("message", Self.message(issue.message)))
        members.append(("locations", .list([location(issue, input: input)])))
        var properties: [(String, JSONValue)] = [("severity", .string(issue.severity.rawValue))]
        properties.append(("file", .string(issue.location.file)))
        if let property = issue.location.property { properties.append(("property", .string(property))) }
        if let pointer = issue.location.pointer { properties.append(("pointer", .string(pointer.description))) }
        if let fix = issue.fix { properties.append(("fix", .string(fix))) }
        if let spec = issue.spec { properties.append(("spec", .string(spec))) }
        members.append(("properties", .orderedObject(properties)))
        return .orderedObject(members)
    }

    private func location(_ issue: Diagnostic, input: String) -> JSONValue {
        var members: [(String, JSONValue)] = []
        let path = ReportPaths.path(of: issue.location.file, input: input)
        if let target = path ?? (input == "-" ? nil : input) {
            var physical: [(String, JSONValue)] = [
                ("artifactLocation", .orderedObject([("uri", .string(ReportPaths.uri(target)))]))
            ]
            if path != nil, let line = issue.location.line, line > 0 {
                var region: [(String, JSONValue)] = [("startLine", .integer(line))]
                if let column = issue.location.column, column > 0 { region.append(("startColumn", .integer(column))) }
                physical.append(("region", .orderedObject(region)))
            }
            members.append(("physicalLocation", .orderedObject(physical)))
        }
        if let entity = issue.location.entity {
            var logical: [(String, JSONValue)] = [
                ("name", .string(entity)),
                ("fullyQualifiedName", .string(entity)),
                ("kind", .string("object")),
            ]
            if path == nil { logical.append(("properties", .orderedObject([("file", .string(issue.location.file))]))) }
            members.append(("logicalLocations", .list([.orderedObject(logical)])))
        }
        if members.isEmpty {
            members.append(("message", Self.message(issue.location.file)))
        }
        return .orderedObject(members)
    }

    private func properties(_ report: ValidationReport) -> JSONValue {
        .orderedObject([
            ("input", .string(report.input)),
            ("profile", report.profile.jsonValue),
            ("phase", .string(report.phase.rawValue)),
            ("level", .string(report.level.rawValue)),
            ("levels", .string(report.levels.rawValue)),
            ("valid", .bool(report.isValid)),
            ("checked", report.checked.jsonValue),
            ("elapsed_ms", .integer(report.elapsedMilliseconds)),
        ])
    }

    private static func message(_ text: String) -> JSONValue {
        .orderedObject([("text", .string(text))])
    }
}
