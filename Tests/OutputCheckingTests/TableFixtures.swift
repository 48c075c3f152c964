import Foundation
import OutputChecking

/// The disclosure table fixtures (`Fixtures/disclosure/tables/`, written for this project).
enum TableFixtures {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/disclosure/tables").path
    }()

    /// Checks a fixture table with a policy (ACRO defaults unless given).
    static func check(_ name: String, policy: DisclosurePolicy = DisclosurePolicy()) -> TableCheck {
        TableChecker(policy: policy).check(path: folder + "/" + name, file: "outputs/" + name)
    }
}

extension TableCheck {
    /// The rules that found something.
    var rules: Set<SDCRule> { Set(counts.filter { $0.value > 0 }.keys) }
}
