internal import BagIt

/// Reads the bytes as each BagIt tag file: declaration, bag-info, a manifest, and the fields inside them.
enum BagItFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let declaration = BagDeclaration(parsing: bytes)
        _ = declaration == declaration
        let info = BagInfo(parsing: bytes)
        for value in info.values("Payload-Oxum") {
            _ = PayloadOxum(value)
        }
        let manifest = Manifest(parsing: bytes, algorithm: "sha512", file: "manifest-sha512.txt")
        for entry in manifest.entries {
            // Decoding then encoding must give back a name that decodes the same (the percent-encoding is lossless).
            let decoded = Manifest.decode(entry.path)
            guard Manifest.decode(Manifest.encode(decoded)) == decoded else {
                fatalError("percent-encoding round trip changed \(entry.path.debugDescription)")
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            _ = Manifest.algorithm(ofFile: text, prefix: "manifest-")
            _ = BagVerifier.isUUIDURN(text)
        }
    }
}
