internal import JSONLD
internal import ROCrate

/// The execution context has the type its root's `executionType` names.
///
/// Spec (5s 0.5, Execution Context): a workflow context "SHOULD be a `Dataset` that conforms to the Workflow
/// RO-Crate profile"; a script context "SHOULD be a `SoftwareSourceCode`"; a notebook or interactive session
/// "SHOULD use `SoftwareSourceCode` and/or `CreativeWork`"; a query "SHOULD be a `SoftwareSourceCode` with a
/// `programmingLanguage` indicating SQL"; a container "SHOULD be a `SoftwareApplication`". `custom` names no type.
/// Without `executionType` the context is read as a workflow (0.5, Backward Compatibility). The draft does not say
/// how a language "indicates SQL"; its example is `{"@id": "#sql"}`, so a language whose `@id`, name or
/// alternate name contains "sql" (any case) counts.
struct ExecutionContextMatchesExecutionType: Check {
    static let name = "executionContextMatchesExecutionType"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        let kind = crate.runsWorkflow ? "workflow" : crate.executionType ?? "custom"
        return crate.mainEntityIDs.compactMap(crate.entity).compactMap { main in
            guard let expected = Self.problem(of: main, kind: kind, in: crate) else { return nil }
            return Finding(
                entity: main.label,
                property: "@type",
                pointer: main.pointer,
                message: "the execution context `\(main.label)` of executionType \(kind) is not \(expected)"
            )
        }
    }

    /// What the context should be but is not, or nil when it fits.
    static func problem(of main: Entity, kind: String, in crate: Crate) -> String? {
        let isCode = crate.hasType(main, "SoftwareSourceCode")
        switch kind {
        case "workflow":
            return crate.hasType(main, "Dataset") && crate.conformsToWorkflowROCrate(main)
                ? nil : "a Dataset conforming to the Workflow RO-Crate profile"
        case "script":
            return isCode ? nil : "a SoftwareSourceCode"
        case "notebook", "interactive":
            return isCode || crate.hasType(main, "CreativeWork") ? nil : "a SoftwareSourceCode or CreativeWork"
        case "query":
            return isCode && indicatesSQL(main, in: crate) ? nil : "a SoftwareSourceCode whose programmingLanguage indicates SQL"
        case "container":
            return crate.hasType(main, "SoftwareApplication") ? nil : "a SoftwareApplication"
        default:
            return nil
        }
    }

    static func indicatesSQL(_ main: Entity, in crate: Crate) -> Bool {
        main.values("programmingLanguage").contains { node in
            let id = node.referenceID ?? node.value.stringValue ?? ""
            let language = crate.entity(id)
            let names = [id] + (language.map { $0.strings("name") + $0.strings("alternateName") } ?? [])
            return names.contains { $0.lowercased().contains("sql") }
        }
    }
}
