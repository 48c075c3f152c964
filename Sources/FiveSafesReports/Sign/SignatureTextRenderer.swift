public import FiveSafesKit

/// `sign --verify` for people: one line per signer, then the bag's state and a verdict; with `quiet`, the verdict
/// line alone.
public struct SignatureTextRenderer: ReportRenderer {
    /// Print only the verdict line (`-q`).
    public var quiet: Bool

    /// Creates a renderer.
    public init(quiet: Bool = false) {
        self.quiet = quiet
    }

    /// The verdict on every signer and the bag.
    public func render(_ report: SignatureReport) -> String {
        var lines: [String] = []
        if report.signers.isEmpty { lines.append("\(report.path): no signatures (signatures/ is empty or missing)") }
        for signer in report.signers {
            var who = signer.signer
            if let fingerprint = signer.fingerprint {
                who += " [\(fingerprint.hasPrefix("SHA256:") ? fingerprint : "sha256 " + fingerprint)]"
            }
            if !signer.principals.isEmpty { who += " principals: " + signer.principals.joined(separator: ", ") }
            lines.append("\(signer.status.rawValue.uppercased()): \(signer.file): \(who)" + (signer.reason.map { ": \($0)" } ?? ""))
        }
        for file in report.changedFiles { lines.append("CHANGED: \(file)") }
        for problem in report.bagProblems { lines.append("bag: \(problem)") }
        let valid = report.signers.filter(\.isValid).count
        lines.append(
            "\(report.isValid ? "verified" : "NOT verified"): \(valid) of \(report.signers.count) signatures valid; "
                + (report.bagProblems.isEmpty ? "manifests and payload intact" : "\(report.bagProblems.count) bag problems"))
        // Signer names, file names and reasons come from the bag and its certificates: escape control characters.
        if quiet { return lines.last.map { TerminalText.printable($0) + "\n" } ?? "" }
        return lines.map { TerminalText.printable($0) }.joined(separator: "\n") + "\n"
    }
}
