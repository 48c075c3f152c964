internal import JSONLD
internal import ROCrate

/// The preview shows the root data entity's metadata as static HTML; at least its `name` appears.
///
/// Spec (RO-Crate 1.2, RO-Crate Website): "ro-crate-preview.html SHOULD: Display at least the metadata
/// relating to the Root Data Entity as static HTML without the need for scripting." The root's `name` is
/// the part a machine can look for: it must occur in the HTML (basic character references decoded, runs of
/// white space treated as one space). The first MiB is searched; a longer file without the name there is
/// not reported. Fix: regenerate the preview from the current metadata.
struct PreviewShowsRootName: Check {
    static let name = "previewShowsRootName"

    func evaluate(in context: CheckContext) -> [Finding] {
        guard let payload = context.payload, let name = context.crate.root?.string("name"),
            !name.trimmingWhitespace().isEmpty, let preview = PreviewText.read(payload, limit: 1 << 20)
        else { return [] }
        var html = String(decoding: preview.bytes, as: UTF8.self)
        for (reference, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
            ("&apos;", "'"), ("&nbsp;", " "), ("&amp;", "&"),
        ] {
            html = html.replacing(reference, with: character)
        }
        if Self.collapsed(html).contains(Self.collapsed(name)) || !preview.complete { return [] }
        return [
            Finding(
                entity: context.crate.root?.id, property: "name",
                message: "`ro-crate-preview.html` does not show the root's name \"\(name)\"",
                file: PreviewText.path)
        ]
    }

    /// The text with every run of white space replaced by one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
