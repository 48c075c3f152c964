internal import JSONLD
internal import ROCrate

/// If present, `ro-crate-preview.html` is an HTML5 document: it starts with `<!DOCTYPE html>`.
///
/// Spec (RO-Crate 1.2, RO-Crate Website): "If present … the RO-Crate Website MUST: Be a valid HTML 5
/// document". Full HTML validation is out of scope; the doctype is what makes a file HTML5 rather than a
/// quirks-mode page, and it may only be preceded by a byte order mark, white space and comments. The
/// official 5s example previews have no doctype and fail. Fix: start the file with `<!DOCTYPE html>`.
struct PreviewHasHTML5Doctype: Check {
    static let name = "previewHasHTML5Doctype"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload, let preview = PreviewText.read(payload, limit: 4096) else { return [] }
        let text = PreviewText.lowercased(preview.bytes)
        var index = 0
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                index += 1
            } else if text[index...].starts(with: Array("<!--".utf8)) {
                guard let end = PreviewText.find("-->", in: text, from: index + 4) else { break }
                index = end + 3
            } else {
                break
            }
        }
        let doctype = Array("<!doctype html".utf8)
        if text[index...].starts(with: doctype) {
            let after = index + doctype.count
            if after >= text.count || [0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: ">")].contains(text[after]) { return [] }
        }
        return [
            Finding(
                message: "`ro-crate-preview.html` does not start with the HTML5 doctype `<!DOCTYPE html>`",
                file: PreviewText.path)
        ]
    }
}
