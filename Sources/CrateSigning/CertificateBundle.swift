internal import SwiftASN1
internal import X509

/// X.509 certificates read from a PEM file (one or more `BEGIN CERTIFICATE` blocks): trust roots or a chain.
public struct CertificateBundle: Sendable {
    /// The certificates, in file order.
    let certificates: [Certificate]

    /// Parses PEM text; `path` names the file in errors.
    public init(pem text: String, path: String) throws(SigningError) {
        do {
            let documents = try PEMDocument.parseMultiple(pemString: text).filter { $0.discriminator == "CERTIFICATE" }
            certificates = try documents.map { try Certificate(pemDocument: $0) }
        } catch {
            throw SigningError("\(path): not a PEM certificate file (\(SigningError.reason(error)))")
        }
        guard !certificates.isEmpty else { throw SigningError("\(path): holds no -----BEGIN CERTIFICATE----- block") }
    }

    init(_ certificates: [Certificate]) {
        self.certificates = certificates
    }

    /// The subjects, for messages.
    public var subjects: [String] { certificates.map { $0.subject.description } }
}
