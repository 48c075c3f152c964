internal import Crypto
public import Foundation
internal import SwiftASN1
internal import X509

/// An X.509 signing identity: a private key, its certificate, and intermediates to embed in signatures.
public struct CMSIdentity: Sendable {
    let privateKey: Certificate.PrivateKey
    let certificate: Certificate
    let intermediates: [Certificate]

    /// Loads a PEM private key (PKCS#8, SEC1 or PKCS#1; EC P-256/P-384 recommended, RSA works), its PEM
    /// certificate, and intermediate CA certificates.
    public init(
        keyPEM: String, certificatePEM: String, chain: [CertificateBundle] = [], keyPath: String = "key", certificatePath: String = "cert"
    ) throws(SigningError) {
        if keyPEM.contains("ENCRYPTED") {
            throw SigningError("\(keyPath): the key is encrypted; decrypt a copy with `openssl pkey -in KEY -out PLAIN.pem` for signing")
        }
        do {
            privateKey = try Certificate.PrivateKey(pemEncoded: keyPEM)
        } catch {
            throw SigningError("\(keyPath): not a readable PEM private key (\(SigningError.reason(error)))")
        }
        certificate = try CertificateBundle(pem: certificatePEM, path: certificatePath).certificates[0]
        guard privateKey.publicKey == certificate.publicKey else {
            throw SigningError("\(keyPath) is not the private key of the certificate \(certificatePath)")
        }
        intermediates = chain.flatMap(\.certificates)
    }

    /// The certificate's subject (RFC 4514 form).
    public var subject: String { certificate.subject.description }

    /// SHA-256 of the certificate (hex), the fingerprint `openssl x509 -fingerprint -sha256` prints.
    public var fingerprint: String { Self.fingerprint(of: certificate) }

    /// Why the certificate cannot sign at `time` (outside its validity), or nil.
    public func validityProblem(at time: Date) -> String? {
        if time < certificate.notValidBefore { return "the certificate is not valid before \(certificate.notValidBefore)" }
        if time > certificate.notValidAfter { return "the certificate expired on \(certificate.notValidAfter)" }
        return nil
    }

    static func fingerprint(of certificate: Certificate) -> String {
        var serializer = DER.Serializer()
        guard (try? serializer.serialize(certificate)) != nil else { return "" }
        return SHA256.hash(data: serializer.serializedBytes).map { String(format: "%02x", $0) }.joined()
    }
}
