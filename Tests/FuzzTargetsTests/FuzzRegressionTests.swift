import FiveSafesTestSupport
import Foundation
import FuzzTargets
import Testing

/// Every fuzz seed and every crash the fuzzer found (`Fixtures/fuzz/<target>/`) goes through its target on each
/// `make test`: a crash or a broken round trip stops the test process, so a fixed bug stays fixed.
@Suite struct FuzzRegressionTests {
    /// One seed rule of `Fixtures/fuzz/seeds.json`.
    struct SeedRule: Decodable {
        var under: String
        var suffixes: [String]
        var maxBytes: Int
    }

    /// The files `make fuzz` seeds a target with (the same rules as `Fixtures/scripts/fuzz.py`).
    static func inputs(for target: FuzzTarget) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz/seeds.json")))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let rulesData = try JSONSerialization.data(withJSONObject: object[target.rawValue] ?? [])
        let rules = try JSONDecoder().decode([SeedRule].self, from: rulesData)
        var paths: [String] = []
        for rule in rules {
            let base = Fixtures.path(rule.under)
            let walker = FileManager.default.enumerator(atPath: base)
            while let relative = walker?.nextObject() as? String {
                let path = base + "/" + relative
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                guard attributes[.type] as? FileAttributeType == .typeRegular,
                    (attributes[.size] as? Int ?? .max) <= rule.maxBytes,
                    rule.suffixes.contains(where: { relative.hasSuffix($0) })
                else { continue }
                paths.append(path)
            }
        }
        let own = Fixtures.path("fuzz/\(target.rawValue)")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: own)) ?? [] {
            paths.append(own + "/" + name)
        }
        return paths.sorted()
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySeedAndRegressionRunsClean(target: FuzzTarget) throws {
        let paths = try Self.inputs(for: target)
        #expect(paths.count >= 5, "too few seeds for \(target): the seed rules in Fixtures/fuzz/seeds.json match \(paths.count) files")
        for path in paths {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            target.run(bytes)
            // Truncations and single-byte flips are the cheapest mutations; they also must not crash.
            target.run(Array(bytes.prefix(bytes.count / 2)))
            if !bytes.isEmpty {
                var flipped = bytes
                flipped[bytes.count / 3] ^= 0x20
                target.run(flipped)
            }
        }
    }

    @Test func everyRegressionFolderNamesATarget() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("fuzz"))
        let folders = names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Fixtures.path("fuzz/\(name)"), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        for folder in folders {
            #expect(FuzzTarget(rawValue: folder) != nil, "Fixtures/fuzz/\(folder) is not a fuzz target's folder")
        }
    }
}
