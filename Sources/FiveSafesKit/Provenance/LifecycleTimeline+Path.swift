public import ROCrate

extension LifecycleTimeline {
    /// The timeline of the crate at `path` (a crate folder, metadata file, bag or ZIP), for `provenance show`.
    public init(crateAt path: String) throws(FiveSafesError) {
        self.init(try ProvenanceTarget(path).load())
    }
}
