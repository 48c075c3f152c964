internal import JSONLD
internal import ROCrate

/// Reads profile JSON strictly: every key is known, every check name is registered.
struct ProfileDecoder {
    let file: String
    let registry: CheckRegistry

    private static let profileKeys: Set<String> = [
        "id", "name", "versions", "extends", "replaces", "spec", "requirements", "description", "$schema",
    ]
    private static let requirementKeys: Set<String> = [
        "id", "level", "summary", "spec", "phase", "needs", "target", "constraints", "check", "message", "fix",
        "explanation", "example", "stage", "levels", "reference", "versions",
    ]
    private static let levelCaseKeys: Set<String> = ["case", "upToROCrate", "level"]
    private static let referenceKeys: Set<String> = ["level", "omitted", "constraints"]
    private static let targetKeys: Set<String> = [
        "root", "descriptor", "type", "additionalType", "runAction", "runAgent", "mainEntity", "project", "status",
    ]
    private static let constraintKinds: Set<String> = [
        "minCount", "maxCount", "datatype", "in", "hasValue", "pattern", "class", "minLength",
    ]

    func profile(from text: String) throws(ProfileError) -> Profile {
        let object = try topObject(text)
        try requireKnownKeys(object, Self.profileKeys, what: "profile")
        var versions: [Profile.Version] = []
        for node in object["versions"]?.value.arrayValue ?? [] {
            guard let version = node.value.objectValue, let label = version["version"]?.value.stringValue,
                let iri = version["iri"]?.value.stringValue
            else { continue }
            let rows = version["rows"]?.value.stringValue
            guard version["rows"] == nil || rows == "listed" else {
                throw ProfileError("version \(label): `rows` must be \"listed\" (only rows naming the version apply)", file: file)
            }
            versions.append(
                Profile.Version(label: label, iri: iri, spec: version["spec"]?.value.stringValue, listedRowsOnly: rows == "listed"))
        }
        return Profile(
            id: try string(object, "id", requirement: nil),
            name: object["name"]?.value.stringValue ?? "",
            versions: versions,
            extends: object["extends"]?.value.stringValue,
            replaces: (object["replaces"]?.value.arrayValue ?? []).compactMap { $0.value.stringValue },
            specURL: object["spec"]?.value.stringValue,
            requirements: try requirementList(object["requirements"], section: object["name"]?.value.stringValue ?? "")
        )
    }

    func requirements(from text: String) throws(ProfileError) -> [Requirement] {
        let object = try topObject(text)
        return try requirementList(object["requirements"], section: object["section"]?.value.stringValue ?? "")
    }

    private func topObject(_ text: String) throws(ProfileError) -> JSONObject {
        let document: JSONNode
        do {
            document = try JSONParser().parse(Array(text.utf8))
        } catch {
            throw ProfileError("not valid JSON: \(error.message) at byte \(error.offset)", file: file)
        }
        guard let object = document.value.objectValue else { throw ProfileError("the top level must be an object", file: file) }
        return object
    }

    private func requirementList(_ node: JSONNode?, section: String) throws(ProfileError) -> [Requirement] {
        guard let node else { return [] }
        guard let items = node.value.arrayValue else { throw ProfileError("`requirements` must be an array", file: file) }
        var result: [Requirement] = []
        for item in items {
            guard let object = item.value.objectValue else {
                throw ProfileError("each requirement must be an object", file: file)
            }
            result.append(try requirement(object, section: section))
        }
        return result
    }

    private func requirement(_ object: JSONObject, section: String) throws(ProfileError) -> Requirement {
        let id = try string(object, "id", requirement: nil)
        try requireKnownKeys(object, Self.requirementKeys, what: "requirement", id: id)
        guard let level = Requirement.Level(rawValue: try string(object, "level", requirement: id)) else {
            throw ProfileError("`level` must be MUST, SHOULD or MAY", file: file, requirement: id)
        }
        guard let phase = Requirement.Applicability(rawValue: object["phase"]?.value.stringValue ?? "any") else {
            throw ProfileError("`phase` must be any, request or result", file: file, requirement: id)
        }
        let body: Requirement.Body
        if let stage = object["stage"]?.value.stringValue {
            guard stage == "load" || stage == "package", object["check"] == nil, object["target"] == nil else {
                throw ProfileError("`stage` must be \"load\" or \"package\", without `check` or `target`", file: file, requirement: id)
            }
            body = .stage(stage)
        } else if let check = object["check"]?.value.stringValue {
            guard object["target"] == nil, object["constraints"] == nil else {
                throw ProfileError("a requirement has either `check` or `target` + `constraints`", file: file, requirement: id)
            }
            guard registry[check] != nil else {
                throw ProfileError("unknown check \"\(check)\"", file: file, requirement: id)
            }
            body = .check(name: check)
        } else {
            guard let target = object["target"]?.value.objectValue,
                let constraints = object["constraints"]?.value.arrayValue
            else {
                throw ProfileError("needs `check`, or `target` and `constraints`", file: file, requirement: id)
            }
            body = .constraints(
                target: try selector(target, id: id),
                try constraints.map { node throws(ProfileError) in
                    try constraint(node, id: id)
                })
        }
        let example = object["example"]?.value.objectValue
        var requirement = Requirement(
            id: id,
            level: level,
            summary: try string(object, "summary", requirement: id),
            spec: object["spec"]?.value.stringValue,
            phase: phase,
            needsPayload: object["needs"]?.value.stringValue == "payload",
            body: body,
            message: object["message"]?.value.stringValue,
            fix: object["fix"]?.value.stringValue,
            explanation: object["explanation"]?.value.stringValue,
            invalidExample: example?["invalid"]?.value.stringValue,
            validExample: example?["valid"]?.value.stringValue,
            section: section
        )
        requirement.levelCases = try levelCases(object["levels"], id: id)
        let known = requirement.checkName.flatMap { registry[$0] }.map { type(of: $0).levelCases } ?? []
        if let unknown = requirement.levelCases.compactMap(\.finding).first(where: { !known.contains($0) }) {
            throw ProfileError("the check never reports the level case \"\(unknown)\"", file: file, requirement: id)
        }
        requirement.reference = try reference(object["reference"], body: body, id: id)
        requirement.versions = try versions(object["versions"], id: id)
        return requirement
    }

    /// `"versions": ["0.5", "1.0-WD"]`: the profile versions a row applies to (a non-empty array of labels).
    private func versions(_ node: JSONNode?, id: String) throws(ProfileError) -> Set<String>? {
        guard let node else { return nil }
        let labels = node.value.arrayValue?.compactMap { $0.value.stringValue } ?? []
        guard let items = node.value.arrayValue, !items.isEmpty, labels.count == items.count,
            labels.allSatisfy({ !$0.isEmpty }), Set(labels).count == labels.count
        else {
            throw ProfileError(
                "`versions` must be a non-empty array of distinct version labels such as \"0.5\"", file: file, requirement: id)
        }
        return Set(labels)
    }

    private func level(_ object: JSONObject, id: String) throws(ProfileError) -> Requirement.Level? {
        guard let text = object["level"]?.value.stringValue else { return nil }
        guard let level = Requirement.Level(rawValue: text) else {
            throw ProfileError("`level` must be MUST, SHOULD or MAY", file: file, requirement: id)
        }
        return level
    }

    /// `"levels": [{"case": "software-application", "upToROCrate": "1.1", "level": "SHOULD"}]`.
    private func levelCases(_ node: JSONNode?, id: String) throws(ProfileError) -> [Requirement.LevelCase] {
        guard let node else { return [] }
        guard let items = node.value.arrayValue else {
            throw ProfileError("`levels` must be an array", file: file, requirement: id)
        }
        return try items.map { item throws(ProfileError) in
            guard let object = item.value.objectValue else {
                throw ProfileError("each of `levels` must be an object", file: file, requirement: id)
            }
            try requireKnownKeys(object, Self.levelCaseKeys, what: "level case", id: id)
            let upTo = object["upToROCrate"]?.value.stringValue
            guard let level = try level(object, id: id), object["case"] != nil || upTo != nil,
                upTo.map({ ROCrateVersion($0) != nil }) ?? true
            else {
                throw ProfileError(
                    "a level case needs `level` and a `case` or an `upToROCrate` version such as \"1.1\"", file: file, requirement: id)
            }
            return Requirement.LevelCase(finding: object["case"]?.value.stringValue, upToROCrate: upTo, level: level)
        }
    }

    /// `"reference": {"level": "MUST"}`, `{"omitted": true}` or `{"constraints": [...]}`.
    private func reference(_ node: JSONNode?, body: Requirement.Body, id: String) throws(ProfileError)
        -> Requirement.ReferenceBehaviour?
    {
        guard let node else { return nil }
        guard let object = node.value.objectValue else {
            throw ProfileError("`reference` must be an object", file: file, requirement: id)
        }
        try requireKnownKeys(object, Self.referenceKeys, what: "reference", id: id)
        var constraints: [Constraint]?
        if let items = object["constraints"] {
            guard case .constraints = body, let list = items.value.arrayValue else {
                throw ProfileError("`reference.constraints` needs a declarative requirement and an array", file: file, requirement: id)
            }
            constraints = try list.map { item throws(ProfileError) in try constraint(item, id: id) }
        }
        let behaviour = Requirement.ReferenceBehaviour(
            level: try level(object, id: id),
            omitted: object["omitted"]?.value == .bool(true),
            constraints: constraints
        )
        guard behaviour.level != nil || behaviour.omitted || behaviour.constraints != nil else {
            throw ProfileError("`reference` needs `level`, `omitted` or `constraints`", file: file, requirement: id)
        }
        return behaviour
    }

    private func selector(_ object: JSONObject, id: String) throws(ProfileError) -> EntitySelector {
        try requireKnownKeys(object, Self.targetKeys, what: "target", id: id)
        var statuses: Set<ActionStatus>?
        if let status = object["status"]?.value.arrayValue {
            statuses = []
            for node in status {
                guard let text = node.value.stringValue, let value = ActionStatus(lenient: text) else {
                    throw ProfileError("`status` values must be action status IRIs", file: file, requirement: id)
                }
                statuses?.insert(value)
            }
        }
        let base: EntitySelector.Base
        if object["root"] != nil {
            base = .root
        } else if object["descriptor"] != nil {
            base = .descriptor
        } else if let type = object["type"]?.value.stringValue {
            base = .type(type)
        } else if let iri = object["additionalType"]?.value.stringValue {
            base = .additionalType(iri)
        } else if object["runAction"] != nil {
            base = .runAction
        } else if object["runAgent"] != nil {
            base = .runAgent
        } else if object["mainEntity"] != nil {
            base = .mainEntity
        } else if object["project"] != nil {
            base = .project
        } else {
            throw ProfileError("`target` names no entities", file: file, requirement: id)
        }
        return EntitySelector(base: base, statusIn: statuses)
    }

    private func constraint(_ node: JSONNode, id: String) throws(ProfileError) -> Constraint {
        guard let object = node.value.objectValue else {
            throw ProfileError("each constraint must be an object", file: file, requirement: id)
        }
        try requireKnownKeys(object, Self.constraintKinds.union(["property", "message"]), what: "constraint", id: id)
        let property = try string(object, "property", requirement: id)
        let kinds = object.keys.filter(Self.constraintKinds.contains)
        guard kinds.count == 1, let key = kinds.first, let value = object[key]?.value else {
            throw ProfileError("a constraint has exactly one of \(Self.constraintKinds.sorted())", file: file, requirement: id)
        }
        let kind: Constraint.Kind
        switch (key, value) {
        case ("minCount", .number(let text)): kind = .minCount(Int(text) ?? 0)
        case ("maxCount", .number(let text)): kind = .maxCount(Int(text) ?? 0)
        case ("minLength", .number(let text)): kind = .minLength(Int(text) ?? 0)
        case ("datatype", .string(let text)):
            guard let datatype = Constraint.Datatype(rawValue: text) else {
                throw ProfileError("unknown datatype \"\(text)\"", file: file, requirement: id)
            }
            kind = .datatype(datatype)
        case ("in", .array(let items)): kind = .oneOf(items.compactMap { $0.value.stringValue })
        case ("hasValue", .string(let text)): kind = .hasValue(text)
        case ("pattern", .string(let text)):
            guard (try? Regex(text)) != nil else {
                throw ProfileError("`pattern` is not a valid regular expression", file: file, requirement: id)
            }
            kind = .pattern(text)
        case ("class", .string(let text)): kind = .referencesType([text])
        case ("class", .array(let items)): kind = .referencesType(items.compactMap { $0.value.stringValue })
        default:
            throw ProfileError("`\(key)` has a value of the wrong type", file: file, requirement: id)
        }
        return Constraint(property: property, kind: kind, message: object["message"]?.value.stringValue)
    }

    private func string(_ object: JSONObject, _ key: String, requirement: String?) throws(ProfileError) -> String {
        guard let value = object[key]?.value.stringValue else {
            throw ProfileError("`\(key)` must be a string", file: file, requirement: requirement)
        }
        return value
    }

    private func requireKnownKeys(_ object: JSONObject, _ known: Set<String>, what: String, id: String? = nil)
        throws(ProfileError)
    {
        if let unknown = object.keys.first(where: { !known.contains($0) }) {
            throw ProfileError("unknown key \"\(unknown)\" in a \(what)", file: file, requirement: id)
        }
    }
}
