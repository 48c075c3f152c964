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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"]), .brew(["libarchive"])]
        ),
        .target(name: "JSONLD", swiftSettings: strict),
        .target(name: "FiveSafesDiagnostics", dependencies: ["JSONLD"], swiftSettings: strict),
        .target(name: "ROCrate", dependencies: ["JSONLD"], swiftSettings: strict),
        .target(name: "ProfileEngine", dependencies: ["ROCrate", "JSONLD", "FiveSafesDiagnostics"], swiftSettings: strict),
        .target(
            name: "BagIt",
            dependencies: ["CArchive", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "FiveSafesKit",
            dependencies: ["ProfileEngine", "ROCrate", "JSONLD", "FiveSafesDiagnostics", "BagIt"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "fivesafes",
            dependencies: ["FiveSafesKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(name: "fivesafes-embed-schemas", swiftSettings: strict),
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
            dependencies: ["FiveSafesKit", "FiveSafesTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "BagItTests", dependencies: ["BagIt", "FiveSafesTestSupport"], swiftSettings: strict),
        .testTarget(name: "FiveSafesCLITests", dependencies: ["FiveSafesTestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
