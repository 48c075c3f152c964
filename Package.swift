// swift-tools-version:6.1
import PackageDescription

/// Strict settings for every target: Swift 6 language mode plus the upcoming features the house style asks for.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "fivesafes",
    products: [
        .executable(name: "fivesafes", targets: ["fivesafes"]),
        .library(name: "FiveSafesKit", targets: ["FiveSafesKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // 4.x: 3.12.3 double-frees an RSA key it fails to parse (found by make fuzz: certificates in trust files
        // and CMS signatures reach it).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // CMS signing is SPI in swift-certificates (no semver promise): pinned exactly, used in one file only.
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // Binary search on sorted positions (`partitioningIndex`), even ranges for parallel jobs (`evenlyChunked`).
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"]), .brew(["libarchive"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The only importer of CLibXML2: builds, serialises and parses markup as Swift value types.
        // Which characters from a crate no output passes on raw (controls, bidi controls): below every writer.
        .target(name: "TextSafety", swiftSettings: strict),
        .target(name: "XMLSupport", dependencies: ["CLibXML2", "TextSafety"], swiftSettings: strict),
        .target(name: "JSONLD", dependencies: ["TextSafety"], swiftSettings: strict),
        // Statistical disclosure control of output tables (CSV/TSV streaming reader, per-cell rules); no crate knowledge.
        .target(name: "OutputChecking", swiftSettings: strict),
        .target(name: "FiveSafesDiagnostics", dependencies: ["JSONLD", "TextSafety"], swiftSettings: strict),
        .target(
            name: "ROCrate", dependencies: ["JSONLD", .product(name: "Algorithms", package: "swift-algorithms")], swiftSettings: strict),
        .target(
            name: "ProfileEngine",
            dependencies: ["ROCrate", "JSONLD", "FiveSafesDiagnostics", .product(name: "Algorithms", package: "swift-algorithms")],
            swiftSettings: strict
        ),
        .target(
            name: "BagIt",
            dependencies: ["CArchive", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "CrateSigning",
            dependencies: [
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                // AES-CTR for passphrase-protected OpenSSH keys (already built for X509's RSA support).
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "FiveSafesKit",
            dependencies: [
                "ProfileEngine", "ROCrate", "JSONLD", "FiveSafesDiagnostics", "BagIt", "CrateSigning", "XMLSupport",
                "OutputChecking", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // Every output format of every command: one renderer per result type and format. Above the Kit (it renders
        // the Kit's result values); nothing but the CLI and the fuzz targets depends on it.
        .target(name: "FiveSafesReports", dependencies: ["FiveSafesKit", "JSONLD", "XMLSupport"], swiftSettings: strict),
        .executableTarget(
            name: "fivesafes",
            dependencies: [
                "FiveSafesKit", "FiveSafesReports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "fivesafes-embed-schemas", swiftSettings: strict),
        // Fuzzing: the bodies are a library (replayed by FuzzTargetsTests); the executable is libFuzzer's entry
        // point when built with `-sanitize=fuzzer -DFUZZING` (`make fuzz`), a replay tool otherwise.
        .target(
            name: "FuzzTargets",
            dependencies: ["FiveSafesKit", "FiveSafesReports", "ROCrate", "JSONLD", "BagIt", "CrateSigning", "OutputChecking"],
            swiftSettings: strict
        ),
        .executableTarget(name: "fivesafes-fuzz", dependencies: ["FuzzTargets"], swiftSettings: strict),
        .target(name: "FiveSafesTestSupport", dependencies: ["FiveSafesKit"], path: "Tests/FiveSafesTestSupport"),
        .testTarget(name: "JSONLDTests", dependencies: ["JSONLD"], swiftSettings: strict),
        .testTarget(name: "ROCrateTests", dependencies: ["ROCrate", "JSONLD"], swiftSettings: strict),
        .testTarget(
            name: "ProfileEngineTests",
            dependencies: ["ProfileEngine", "FiveSafesTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FiveSafesKitTests",
            dependencies: ["FiveSafesKit", "FiveSafesTestSupport", "XMLSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CrateSigningTests",
            dependencies: ["CrateSigning", "BagIt", "FiveSafesKit", "FiveSafesTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "BagItTests", dependencies: ["BagIt", "FiveSafesTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FiveSafesCLITests",
            dependencies: ["FiveSafesTestSupport", "XMLSupport", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Goldens"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FuzzTargetsTests",
            dependencies: ["FuzzTargets", "FiveSafesTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "FiveSafesReportsTests",
            dependencies: ["FiveSafesReports", "FiveSafesTestSupport", "XMLSupport", "JSONLD", "TextSafety"],
            swiftSettings: strict
        ),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"], swiftSettings: strict),
        .testTarget(name: "OutputCheckingTests", dependencies: ["OutputChecking"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
