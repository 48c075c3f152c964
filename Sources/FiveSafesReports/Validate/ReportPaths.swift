internal import FiveSafesDiagnostics

/// Where a finding's file is, seen from the directory the command ran in: what CI annotations, SARIF and the
/// text report's `file:line:col` need (so editors and terminals can jump to it).
///
/// A report names files relative to the crate (`ro-crate-metadata.json`, `data/…` in a bag); the input path the
/// user gave says where the crate is. A file inside a ZIP has no path of its own, so the ZIP is named instead.
enum ReportPaths {
    /// The path of a report file, or nil when it lies inside an archive.
    static func path(of file: String, input: String) -> String? {
        if input == "-" { return file == "-" ? nil : file }
        // A finding about the input itself (it cannot be read) names it as given, not joined to itself.
        if file == input { return input }
        let lowered = input.lowercased()
        if lowered.hasSuffix(".zip") { return nil }
        var base = input
        if lowered.hasSuffix(".json") || lowered.hasSuffix(".jsonld") {
            base = String(input[..<(input.lastIndex(of: "/") ?? input.startIndex)])
        }
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        while base.hasPrefix("./") { base.removeFirst(2) }
        if base == "." || base.isEmpty { return file }
        return base == "/" ? "/" + file : base + "/" + file
    }

    /// The file a finding is shown on: its own path, or the archive that holds it.
    static func displayPath(of file: String, input: String) -> String {
        path(of: file, input: input) ?? input
    }

    /// A URI reference for SARIF `artifactLocation.uri`: relative paths stay relative, absolute ones become
    /// `file://` URIs; anything outside RFC 3986 unreserved characters and `/` is percent-encoded.
    static func uri(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
