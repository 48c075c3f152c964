internal import CrateSigning
internal import Foundation

/// The signatures a writing command would invalidate: a signature covers `tagmanifest-sha512.txt`, which covers
/// every payload byte, so any change to a signed bag's crate (metadata, preview, manifests) breaks every signature
/// in it. Writers ask first and refuse without `--force` (exit 2, like every refusal to replace a user's work);
/// with `--force` they go on and say which signatures no longer hold.
enum SignedBag {
    /// The files in `<bag>/signatures/`, relative to the bag, sorted; empty for an unsigned bag or no bag.
    static func signatureFiles(in bag: String?) -> [String] {
        guard let bag else { return [] }
        let folder = bag + "/" + SignatureFileName.folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { SignatureFileName.folder + "/" + $0 }
    }

    /// Refuses to change a signed bag unless `force`.
    ///
    /// - Parameters:
    ///   - bag: the bag folder the command would change (nil: not in a bag, nothing to refuse).
    ///   - what: what the command would do, for the message ("recording the check phase").
    /// - Returns: the warning to print when `force` let the change go ahead; nil for an unsigned bag.
    /// - Throws: ``FiveSafesError`` (`writeFailure`) naming the signatures, with the remedy `forceThenSignAgain`.
    static func checkChange(of bag: String?, _ what: String, force: Bool) throws(FiveSafesError) -> String? {
        let signatures = signatureFiles(in: bag)
        guard let bag, !signatures.isEmpty else { return nil }
        let listed = signatures.prefix(3).joined(separator: ", ") + (signatures.count > 3 ? ", …" : "")
        guard force else {
            throw FiveSafesError(
                .writeFailure,
                "the bag is signed (\(listed)); \(what) would change what the signatures cover and invalidate "
                    + "\(signatures.count == 1 ? "it" : "all \(signatures.count)"). Nothing was changed",
                path: bag, remedy: .forceThenSignAgain
            )
        }
        return "\(what) invalidated the signatures of \(bag) (\(listed)): remove \(SignatureFileName.folder)/ and sign again"
    }
}
