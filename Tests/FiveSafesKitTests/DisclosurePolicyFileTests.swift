import FiveSafesKit
import Testing

/// The policy as YAML: ACRO's names and ours, errors naming the key, and the stored text reading back the same.
@Suite struct DisclosurePolicyFileTests {
    @Test func acroKeyNamesAndNestedNKAreRead() throws {
        let policy = try DisclosurePolicyFile.parse(
            "safe_threshold: 5\nsafe_nk_n: 3\nsafe_nk_k: 0.8\nsafe_pratio_p: 0.2\nzeros: false\n", path: "p.yaml")
        #expect(policy.threshold == 5 && policy.nkN == 3 && policy.nkK == 0.8 && policy.pRatio == 0.2 && !policy.zerosAreDisclosive)
        let nested = try DisclosurePolicyFile.parse(
            "nk: {n: 4, k: 0.75}\nrounding_base: 5\nblocked_extensions: [svg, .PDF]\n", path: "p.yaml")
        #expect(nested.nkN == 4 && nested.nkK == 0.75 && nested.roundingBase == 5)
        #expect(nested.blockedExtensions == [".svg", ".pdf"])
    }

    @Test func writtenPolicyReadsBackTheSame() throws {
        var policy = DisclosurePolicy()
        policy.threshold = 7
        policy.roundingBase = 6
        policy.countColumns = ["n \"all\"", "deaths"]
        policy.contributionsColumn = "turnover"
        policy.cellColumns = ["region"]
        policy.degreesOfFreedomColumns = ["resid"]
        let text = DisclosurePolicyFile.yaml(policy)
        #expect(try DisclosurePolicyFile.parse(text, path: "stored") == policy)
        #expect(try DisclosurePolicyFile.parse(DisclosurePolicyFile.yaml(DisclosurePolicy()), path: "stored") == DisclosurePolicy())
    }

    @Test func wrongValuesAreUsageErrorsNamingTheKey() {
        for (text, message) in [
            ("threshold: -1\n", "`threshold` must be a whole number ≥ 0"), ("p: 2\n", "`p` must be a number from 0 to 1"),
            ("zeros: maybe\n", "`zeros` must be true or false"), ("nk: {n: 2, x: 1}\n", "unknown key `nk.x`; use n and k"),
            ("- 1\n- 2\n", "the policy must be a YAML mapping"), ("count_columns: {a: 1}\n", "`count_columns` must be a list of names"),
        ] {
            #expect(throws: FiveSafesError(.usage, "")) { try DisclosurePolicyFile.parse(text, path: "p.yaml") }
            do {
                _ = try DisclosurePolicyFile.parse(text, path: "p.yaml")
            } catch {
                #expect(error.message == message)
            }
        }
    }
}
