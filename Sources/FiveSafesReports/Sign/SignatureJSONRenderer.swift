public import FiveSafesKit
internal import JSONLD

/// `sign --verify --format json`: the verdict as one JSON object, described by `Schemas/sign-report.schema.json`.
public struct SignatureJSONRenderer: ReportRenderer {
    /// The tool version written in the `fivesafes` key.
    public var toolVersion: String

    /// Creates a renderer.
    public init(toolVersion: String = FiveSafesVersion.current) {
        self.toolVersion = toolVersion
    }

    /// The report as pretty-printed JSON.
    public func render(_ report: SignatureReport) -> String {
        report.json(toolVersion: toolVersion)
    }
}

extension SignatureReport {
    /// The report as one JSON object (`fivesafes sign --verify --format json`), styled like `validate`'s and
    /// `inspect`'s: the `fivesafes` version first, keys in a fixed order, two-space indentation, absent values
    /// `null`, lists always present. Described by `Schemas/sign-report.schema.json`.
    func json(toolVersion: String = FiveSafesVersion.current) -> String {
        let failed = signers.filter { !$0.isValid && $0.status != .unchecked }.count
        let members: [(String, JSONValue)] = [
            ("fivesafes", .string(toolVersion)),
            ("input", .string(path)),
            ("valid", .bool(isValid)),
            ("requireSignature", .bool(requiresEveryCheck)),
            (
                "counts",
                .orderedObject([
                    ("signatures", JSONValue.integer(signers.count)), ("valid", JSONValue.integer(signers.filter(\.isValid).count)),
                    ("unchecked", JSONValue.integer(signers.filter { $0.status == .unchecked }.count)),
                    ("failed", JSONValue.integer(failed)),
                ])
            ),
            ("signers", .list(signers.map(Self.signerJSON))),
            ("changed", .list(changedFiles.map(JSONValue.string))),
            ("bagProblems", .list(bagProblems.map(JSONValue.string))),
        ]
        return JSONWriter().string(.orderedObject(members)) + "\n"
    }

    private static func signerJSON(_ signer: SignerReport) -> JSONValue {
        .orderedObject([
            ("file", .string(signer.file)), ("format", .optional(signer.format)), ("signer", .string(signer.signer)),
            ("fingerprint", .optional(signer.fingerprint)), ("principals", .list(signer.principals.map(JSONValue.string))),
            ("status", .string(signer.status.rawValue)), ("valid", .bool(signer.isValid)), ("reason", .optional(signer.reason)),
        ])
    }
}
