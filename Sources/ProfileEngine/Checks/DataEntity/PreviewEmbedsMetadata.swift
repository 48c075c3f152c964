internal import JSONLD
internal import ROCrate

/// In an RO-Crate 1.1 (or earlier) crate, the preview's `<head>` holds a copy of the metadata in
/// `<script type="application/ld+json">`.
///
/// Spec (RO-Crate 1.1, RO-Crate Website): "The ro-crate-preview.html file … MUST contain a copy of the
/// RO-Crate JSON-LD in a script element of the head element of the HTML". RO-Crate 1.2 dropped this ("no
/// longer recommended"), so only crates whose descriptor declares 1.1 or earlier are checked. Fix: add
/// `<script type="application/ld+json">…the metadata…</script>` inside `<head>`.
struct PreviewEmbedsMetadata: Check {
    static let name = "previewEmbedsMetadata"

    func evaluate(in context: CheckContext) -> [Finding] {
        let crate = context.crate
        guard crate.roCrateVersion != nil, !crate.isROCrate12OrLater, let payload = context.payload,
            let preview = PreviewText.read(payload, limit: 16 << 20)
        else { return [] }
        let text = PreviewText.lowercased(preview.bytes)
        var start = 0
        var found: Int?
        while let tag = PreviewText.find("<script", in: text, from: start) {
            let end = PreviewText.find(">", in: text, from: tag) ?? text.count
            if PreviewText.find("application/ld+json", in: Array(text[tag..<end])) != nil {
                found = tag
                break
            }
            start = end
        }
        guard let found else {
            guard preview.complete else { return [] }
            return [
                Finding(
                    message: "`ro-crate-preview.html` has no `<script type=\"application/ld+json\">` copy of the metadata",
                    file: PreviewText.path)
            ]
        }
        if let head = PreviewText.find("</head", in: text), head < found {
            return [
                Finding(
                    message: "the `application/ld+json` script of `ro-crate-preview.html` is not inside `<head>`",
                    file: PreviewText.path)
            ]
        }
        return []
    }
}
