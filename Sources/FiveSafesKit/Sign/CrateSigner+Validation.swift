internal import BagIt
internal import CrateSigning
internal import FiveSafesDiagnostics
internal import Foundation
internal import ProfileEngine

extension CrateSigner {
    /// Rule ids by verdict (`Schemas/profiles/ro-crate/requirements/signatures.json`).
    static let rules: [String: String] = [
        "malformed": "FS-SIG-001", "mismatch": "FS-SIG-002", "untrusted": "FS-SIG-003",
        "certificate-rejected": "FS-SIG-004", "unsigned": "FS-SIG-005", "unchecked": "FS-SIG-006",
    ]

    /// The signature findings of `validate` for an input: every signature of a bag or ZIP is verified (the
    /// payload was re-hashed by the validator itself); with `requireSignature` an unsigned input is a finding.
    static func diagnostics(for input: CrateInput, options: SignatureOptions, under rows: StageFindings) -> [Diagnostic] {
        func diagnostic(_ kind: String, _ message: String, file: String) -> Diagnostic? {
            rules[kind].flatMap { rows.diagnostic($0, message, file: file) }
        }
        if case .bag(let bag) = input, !options.requireSignature,
            !FileManager.default.fileExists(atPath: bag + "/" + SignatureFileName.folder)
        {
            return []
        }
        let path: String
        switch input {
        case .bag(let bag): path = bag
        case .zip(let zip): path = zip
        default:
            guard options.requireSignature else { return [] }
            return [
                diagnostic("unsigned", "only a BagIt bag or its ZIP can carry signatures, and a signature is required", file: "signatures/")
            ]
            .compactMap { $0 }
        }
        guard let bag = try? open(path, checksums: false) else { return [] }
        if bag.signatures.isEmpty {
            guard options.requireSignature else { return [] }
            return [diagnostic("unsigned", "the bag has no signature in signatures/, and a signature is required", file: "signatures/")]
                .compactMap { $0 }
        }
        let trust: SignatureTrust
        do {
            trust = try Self.trust(options)
        } catch {
            return [diagnostic("untrusted", "cannot read the trust files: \(error.description)", file: "signatures/")].compactMap { $0 }
        }
        return check(bag, trust: trust).compactMap { signer in
            guard !signer.isValid else { return nil }
            let who = "`\(signer.file)` (signed by \(signer.signer)\(signer.fingerprint.map { ", \($0)" } ?? ""))"
            guard signer.status == .unchecked else {
                return diagnostic(
                    signer.status.rawValue, "signature \(who): \(signer.reason ?? signer.status.rawValue)", file: signer.file)
            }
            let source =
                signer.format == SignatureCheck.Format.ssh.rawValue
                ? "\(options.settingName(.allowedSigners)) file for SSH signatures"
                : "\(options.settingName(.trust)) root for CMS signatures"
            // Partial trust is not a failure: the signature is reported unchecked (SHOULD), unless every signature
            // must be checked, when it is untrusted (MUST).
            return options.requireSignature
                ? diagnostic(
                    "untrusted",
                    "signature \(who) cannot be checked: no \(source) was given, and \(options.settingName(.requireSignature)) needs every signature checked",
                    file: signer.file)
                : diagnostic(
                    "unchecked", "signature \(who) matches the tag manifest, but its signer was not checked: no \(source) was given",
                    file: signer.file)
        }
    }
}
