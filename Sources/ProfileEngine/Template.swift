/// Fills `{entity}`, `{property}`, `{value}` and `{profile}` in a message or fix template.
enum Template {
    static func fill(_ template: String, entity: String?, property: String?, value: String?, profile: String?) -> String {
        var text = template
        let replacements = [("{entity}", entity), ("{property}", property), ("{value}", value), ("{profile}", profile)]
        for (placeholder, replacement) in replacements where text.contains(placeholder) {
            text = text.replacing(placeholder, with: replacement ?? "")
        }
        return text
    }
}
