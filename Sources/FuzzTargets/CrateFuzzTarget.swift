internal import FiveSafesKit
internal import FiveSafesReports
internal import ROCrate

/// Validates the bytes as a metadata file from standard input, renders the report, and summarises the crate the
/// way `inspect` does (text, JSON and HTML).
enum CrateFuzzTarget {
    /// Built once: reading the embedded profiles is the expensive part of making a validator.
    private static let validator: CrateValidator? = {
        var options = ValidationOptions()
        options.level = .optional
        return try? CrateValidator(options: options)
    }()

    static func run(_ bytes: [UInt8]) {
        guard let validator else { fatalError("the built-in profiles did not load") }
        let report = validator.validate(.standardInput(bytes), named: "fuzz.json")
        _ = JSONReportRenderer(toolVersion: "fuzz").render(report)
        _ = SARIFRenderer(toolVersion: "fuzz", rules: []).render(report)
        guard let crate = try? CrateLoader().load(bytes, fileName: "ro-crate-metadata.json") else { return }
        let summary = CrateSummary.read(crate)
        _ = InspectTextRenderer().render(summary)
        _ = InspectJSONRenderer(toolVersion: "fuzz").render(summary)
        _ = InspectHTMLRenderer().render(summary)
    }
}
