/// Whose levels the findings carry (`validate --levels`).
public enum LevelScheme: String, Sendable, CaseIterable {
    /// The spec text's RFC 2119 levels, version by version (the default).
    case spec
    /// The reference validator's (rocrate-validator's five-safes-crate profile, PR 167) where they differ from the
    /// spec: raised and lowered levels, rules it omits left out, and its extra constraints (catalogue 2.22, D2/D3).
    case reference
}
