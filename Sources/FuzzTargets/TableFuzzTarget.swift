internal import OutputChecking

/// The disclosure checker's CSV/TSV reader and table rules: any bytes, read as CSV and as TSV, must give a result
/// (never a crash), the same result twice, and no more located findings than counted or kept.
enum TableFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let checker = TableChecker(maximumFindings: 50, maximumCells: 1_000)
        for file in ["outputs/table.csv", "outputs/table.tsv"] {
            let result = checker.check(bytes: bytes, file: file)
            guard result == checker.check(bytes: bytes, file: file) else {
                fatalError("checking the same table twice gave two results (\(file))")
            }
            guard result.findings.count <= 50, result.findings.count <= max(result.totalFindings, 1) else {
                fatalError("\(result.findings.count) located findings, \(result.totalFindings) counted (\(file))")
            }
        }
    }
}
