internal import JSONLD

extension SignatureReport {
    /// The report as one JSON object (`fivesafes sign --verify --format json`), styled like `validate`'s and
    /// `inspect`'s: the `fivesafes` version first, keys in a fixed order, two-space indentation, absent values
    /// `null`, lists always present. Described by `Schemas/sign-report.schema.json`.
    public func json(toolVersion: String = FiveSafesVersion.current) -> String {
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
