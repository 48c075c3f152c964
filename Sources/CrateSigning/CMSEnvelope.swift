internal import SwiftASN1
internal import X509

/// The certificates embedded in a CMS SignedData, read without verifying anything (to name a signer whose
/// signature does not verify, and to check integrity when no trust roots are given).
enum CMSEnvelope {
    /// ContentInfo { contentType, [0] SignedData { version, digestAlgorithms, encapContentInfo, [0] certificates … } }.
    static func certificates(in signature: [UInt8]) -> [Certificate] {
        guard let contentInfo = try? BER.parse(signature), case .constructed(let info) = contentInfo.content else { return [] }
        let infoParts = Array(info)
        guard infoParts.count == 2, case .constructed(let explicit) = infoParts[1].content,
            let signedData = Array(explicit).first, case .constructed(let fields) = signedData.content
        else { return [] }
        let certificateSet = Array(fields).first { $0.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) }
        guard let certificateSet, case .constructed(let nodes) = certificateSet.content else { return [] }
        return nodes.compactMap { try? Certificate(derEncoded: Array($0.encodedBytes)) }
    }

    /// The embedded certificate most likely to be the signer's: the first that is not a CA.
    static func signer(in signature: [UInt8]) -> Certificate? {
        let certificates = certificates(in: signature)
        return certificates.first { certificate in
            guard case .isCertificateAuthority? = try? certificate.extensions.basicConstraints else { return true }
            return false
        } ?? certificates.first
    }
}
