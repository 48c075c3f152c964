internal import JSONLD
internal import ROCrate

/// The responsible project's local identifiers are repository-specific `PropertyValue`s with `name` and `value`.
///
/// Spec (5s 0.4, Responsible Project): "If the identifier is not globally unique (e.g. an integer rather than an
/// UUID or URI), it is RECOMMENDED to add a repository-specific identifier and provide the local identifier as
/// `value` of a `PropertyValue` entity". Fix: `{"@id": "_:localid:tre72:project81", "@type": "PropertyValue",
/// "name": "tre72", "value": "project81"}`, referenced from `identifier`.
struct ProjectLocalIdentifiersArePropertyValues: Check {
    static let name = "projectLocalIdentifiersArePropertyValues"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        return crate.projectIDs.compactMap(crate.entity).flatMap { project in
            project.locatedValues("identifier").compactMap { value, pointer in
                guard let message = problem(with: value, of: project, in: crate) else { return nil }
                return Finding(entity: project.label, property: "identifier", pointer: pointer, message: message)
            }
        }
    }

    private func problem(with value: JSONNode, of project: Entity, in crate: Crate) -> String? {
        let owner = "of the responsible project `\(project.label)`"
        let bare: String? =
            switch value.value {
            case .string(let text): text
            case .number(let text): text
            default: nil
            }
        if let bare, !bare.isEmpty, bare.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return "the identifier `\(bare)` \(owner) is a bare number, not globally unique; give it as a repository-specific PropertyValue"
        }
        guard let id = value.referenceID, let target = crate.entity(id), crate.hasType(target, "PropertyValue") else { return nil }
        let missing = ["name", "value"].filter { key in
            target.values(key).allSatisfy { $0.value.stringValue?.trimmingWhitespace().isEmpty ?? ($0.value == .null) }
        }
        guard !missing.isEmpty else { return nil }
        return "the identifier `\(id)` \(owner) is a PropertyValue without \(missing.joined(separator: " and "))"
    }
}
