import OutputChecking
import Testing

/// Each disclosure rule on a table that triggers it and one that does not.
@Suite struct TableRuleTests {
    @Test func safeCountsPass() {
        let check = TableFixtures.check("counts-safe.csv")
        #expect(check.status == .pass)
        #expect(check.findings.isEmpty)
        #expect(check.rows == 4)
        #expect(check.columns.map(\.kind) == [.label, .count, .count])
    }

    @Test func smallCountFailsThresholdAtItsCell() throws {
        let check = TableFixtures.check("counts-small.csv")
        #expect(check.status == .fail)
        let finding = try #require(check.findings.only)
        #expect(finding.rule == .threshold)
        #expect(finding.row == 3)
        #expect(finding.column == 3)
        #expect(finding.columnName == "admissions")
        #expect(finding.message == "count 7 in column `admissions` is below the threshold 10")
    }

    @Test func thresholdFollowsThePolicy() {
        var policy = DisclosurePolicy()
        policy.threshold = 5
        #expect(TableFixtures.check("counts-small.csv", policy: policy).status == .pass)
    }

    @Test func zeroIsDisclosiveUnlessThePolicySaysNot() throws {
        let check = TableFixtures.check("counts-zero.csv")
        #expect(check.status == .fail)
        let finding = try #require(check.findings.only)
        #expect(finding.rule == .zero)
        #expect((finding.row, finding.column) == (3, 3))
        var policy = DisclosurePolicy()
        policy.zerosAreDisclosive = false
        #expect(TableFixtures.check("counts-zero.csv", policy: policy).status == .pass)
    }

    @Test func tabSeparatedTablesAreRead() throws {
        #expect(TableFixtures.check("counts-safe.tsv").status == .pass)
        let small = TableFixtures.check("counts-small.tsv")
        let finding = try #require(small.findings.only)
        #expect((finding.rule, finding.row, finding.column) == (.threshold, 3, 2))
    }

    @Test func dominantContributorFailsNKAndPRatio() throws {
        var policy = DisclosurePolicy()
        policy.contributionsColumn = "turnover"
        let check = TableFixtures.check("magnitude-dominant.csv", policy: policy)
        #expect(check.status == .fail)
        #expect(check.rules == [.dominance, .pRatio])
        let nk = try #require(check.findings.first { $0.rule == .dominance })
        #expect(nk.row == 14)
        #expect(nk.column == 3)
        #expect(nk.message == "cell `South`: the largest 2 contributors hold 95.5 % of the total, more than 90 % (NK rule)")
        let pRatio = try #require(check.findings.first { $0.rule == .pRatio })
        #expect(
            pRatio.message == "cell `South`: the total less its two largest contributions (1000) is less than 0.1 × the largest (20900)")
    }

    @Test func evenContributionsPass() {
        var policy = DisclosurePolicy()
        policy.contributionsColumn = "turnover"
        let check = TableFixtures.check("magnitude-safe.csv", policy: policy)
        #expect(check.status == .pass)
        #expect(check.columns.map(\.kind) == [.label, .label, .contributions])
    }

    @Test func fewContributorsFailTheThreshold() throws {
        var policy = DisclosurePolicy()
        policy.contributionsColumn = "turnover"
        policy.threshold = 13
        let check = TableFixtures.check("magnitude-safe.csv", policy: policy)
        let finding = try #require(check.findings.only)
        #expect(finding.rule == .threshold)
        #expect(finding.message == "cell `North` has 12 contributors, fewer than the threshold 13")
    }

    @Test func degreesOfFreedomBelowTheMinimumFail() throws {
        #expect(TableFixtures.check("model-dof-safe.csv").status == .pass)
        let check = TableFixtures.check("model-dof-small.csv")
        #expect(check.status == .fail)
        #expect(check.counts[.degreesOfFreedom] == 2)
        let first = try #require(check.findings.first)
        #expect((first.rule, first.row, first.column) == (.degreesOfFreedom, 2, 4))
        #expect(check.columns.map(\.kind) == [.label, .magnitude, .magnitude, .degreesOfFreedom])
    }

    @Test func roundingIsReportedAndEnforcedWhenThePolicyHasABase() throws {
        let five = TableFixtures.check("rounded-5.csv")
        #expect(five.columns[1].roundingEvidence == "divisible by 5")
        let midpoint = TableFixtures.check("rounded-midpoint6.csv")
        #expect(midpoint.columns[1].roundingEvidence == "midpoint-6")
        var policy = DisclosurePolicy()
        policy.roundingBase = 5
        #expect(TableFixtures.check("rounded-5.csv", policy: policy).status == .pass)
        let unrounded = TableFixtures.check("rounded-midpoint6.csv", policy: policy)
        #expect(unrounded.status == .fail)
        #expect(unrounded.counts[.rounding] == 3)
    }

    @Test func columnSummaryHasMinimaMaximumAndSum() {
        let summary = TableFixtures.check("counts-zero.csv").columns[2]
        #expect(summary.minimum == 0)
        #expect(summary.minimumNonZero == 45)
        #expect(summary.maximum == 61)
        #expect(summary.sum == 106)
    }

    @Test func declaredCountColumnsReplaceTheHeuristic() throws {
        var policy = DisclosurePolicy()
        policy.countColumns = ["patients"]
        let check = TableFixtures.check("counts-small.csv", policy: policy)
        #expect(check.status == .pass)
        #expect(check.columns.map(\.kind) == [.label, .count, .magnitude])
    }

    @Test func suppressionMarkersAreNotFindings() {
        let check = TableFixtures.check("suppressed.csv")
        #expect(check.status == .pass)
        #expect(check.columns[1].kind == .count)
    }

    @Test func blockedExtensionsMatchCaseInsensitively() {
        let policy = DisclosurePolicy()
        #expect(policy.isBlocked("outputs/figure.SVG"))
        #expect(!policy.isBlocked("outputs/figure.png"))
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
