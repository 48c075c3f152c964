/// One entry point the fuzzer drives: takes any bytes, must return without crashing, hanging or leaking.
///
/// The same bodies run under libFuzzer (`make fuzz`) and, without instrumentation, over the committed seeds and
/// crash regressions in `Fixtures/fuzz/` from `make test` (`FuzzRegressionTests`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The JSON parser, with a write-and-reparse round trip on everything it accepts.
    case json
    /// Crate loading plus every rule of the profile the crate names, rendered as a JSON report.
    case crate
    /// The BagIt tag-file parsers: `bagit.txt`, `bag-info.txt`, manifests, Payload-Oxum, percent-decoding.
    case bagit
    /// The ZIP reader (libarchive) and the bag verifier over a ZIP.
    case zip
    /// SSH signatures, SSH public and private keys, allowed_signers, PEM bundles, CMS signatures.
    case signature
    /// The disclosure checker's CSV/TSV reader and table rules (`disclosure check`).
    case table

    /// Runs the target on one input.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .json: JSONFuzzTarget.run(bytes)
        case .crate: CrateFuzzTarget.run(bytes)
        case .bagit: BagItFuzzTarget.run(bytes)
        case .zip: ZipFuzzTarget.run(bytes)
        case .signature: SignatureFuzzTarget.run(bytes)
        case .table: TableFuzzTarget.run(bytes)
        }
    }
}
