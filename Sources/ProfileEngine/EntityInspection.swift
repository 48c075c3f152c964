internal import ROCrate

/// One check's run over one range of entities, with the check's type erased so the walk can hold many.
protocol EntityInspecting: AnyObject {
    /// Inspects one entity the check subscribes to.
    func inspect(_ entity: Entity)
    /// What the run has found so far.
    var findings: [Finding] { get }
}

/// The run of one ``EntityCheck`` over one range: its memo and its findings, in the order of the entities.
final class EntityInspection<Checked: EntityCheck>: EntityInspecting {
    private let check: Checked
    private let context: CheckContext
    private var memo: Checked.Memo
    private(set) var findings: [Finding] = []

    init(check: Checked, context: CheckContext) {
        self.check = check
        self.context = context
        memo = check.makeMemo(in: context)
    }

    func inspect(_ entity: Entity) {
        check.inspect(entity, in: context, memo: &memo, into: &findings)
    }
}
