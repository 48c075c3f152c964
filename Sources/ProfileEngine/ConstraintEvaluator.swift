internal import JSONLD
internal import ROCrate

/// Interprets declarative constraints on the entities a selector picks.
struct ConstraintEvaluator {
    let crate: Crate
    let profileIRI: String?

    func findings(target: EntitySelector, constraints: [Constraint], requirement: Requirement) -> [Finding] {
        var findings: [Finding] = []
        for entity in target.select(in: crate) {
            for constraint in constraints {
                for (node, pointer, valueText) in violations(of: constraint, on: entity) {
                    let template = constraint.message ?? requirement.message ?? requirement.summary
                    findings.append(
                        Finding(
                            entity: entity.label,
                            property: constraint.property,
                            pointer: pointer,
                            offset: node?.offset,
                            message: Template.fill(
                                template,
                                entity: entity.label,
                                property: constraint.property,
                                value: valueText,
                                profile: profileIRI
                            )
                        )
                    )
                }
            }
        }
        return findings
    }

    /// Each violation: the offending node (nil when a value is missing), its pointer, and a value text.
    private func violations(of constraint: Constraint, on entity: Entity) -> [(JSONNode?, JSONPointer, String?)] {
        let values = entity.locatedValues(constraint.property)
        let propertyPointer = entity.pointer.appending(constraint.property)
        switch constraint.kind {
        case .minCount(let minimum):
            return values.count < minimum ? [(nil, values.isEmpty ? entity.pointer : propertyPointer, nil)] : []
        case .maxCount(let maximum):
            return values.count > maximum ? [(entity.object[constraint.property], propertyPointer, nil)] : []
        case .datatype(let datatype):
            return values.filter { !matches($0.node, datatype) }.map { ($0.node, $0.pointer, Self.text($0.node)) }
        case .oneOf(let allowed):
            let set = Set(allowed)
            return values.filter { !set.contains(Self.text($0.node) ?? "\u{0}") }.map { ($0.node, $0.pointer, Self.text($0.node)) }
        case .hasValue(let expected):
            let wanted = expected.replacing("{profile}", with: profileIRI ?? "")
            let found = values.contains { located in
                if constraint.property == "@type", let type = located.node.value.stringValue {
                    return type == wanted || crate.typeIRI(type) == crate.typeIRI(wanted)
                }
                return Self.text(located.node) == wanted
            }
            return found ? [] : [(nil, values.isEmpty ? entity.pointer : propertyPointer, nil)]
        case .pattern(let pattern):
            guard let regex = try? Regex(pattern) else { return [] }
            return values.compactMap { located in
                guard let text = located.node.literalString else { return (located.node, located.pointer, Self.text(located.node)) }
                return text.wholeMatch(of: regex) == nil ? (located.node, located.pointer, text) : nil
            }
        case .referencesType(let types):
            return values.compactMap { located in
                guard let id = located.node.referenceID, let target = crate.entity(id),
                    types.contains(where: { crate.hasType(target, $0) })
                else { return (located.node, located.pointer, Self.text(located.node)) }
                return nil
            }
        case .minLength(let minimum):
            return values.compactMap { located in
                guard let text = located.node.literalString, text.trimmingWhitespace().count >= minimum else {
                    return (located.node, located.pointer, Self.text(located.node))
                }
                return nil
            }
        }
    }

    private func matches(_ node: JSONNode, _ datatype: Constraint.Datatype) -> Bool {
        switch datatype {
        case .string: node.literalString != nil
        case .reference: node.referenceID != nil
        case .stringOrReference: node.literalString != nil || node.referenceID != nil
        }
    }

    /// A value as text: a string (or a value object's `@value`), a reference's `@id`, or the JSON of anything else.
    static func text(_ node: JSONNode) -> String? {
        if let string = node.literalString { return string }
        if let id = node.referenceID { return id }
        return JSONWriter(indent: nil).string(node.value)
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
