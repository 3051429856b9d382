// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "samverkan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samverkan", targets: ["samverkan"]),
        .library(name: "SamverkanKit", targets: ["SamverkanKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SamverkanKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `samverkan serve`: the live preview. Kept apart so the generator itself has no network code.
        .target(
            name: "SamverkanServe",
            dependencies: [
                "SamverkanKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "samverkan",
            dependencies: [
                "SamverkanKit",
                "SamverkanServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SamverkanKitTests",
            dependencies: ["SamverkanKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SamverkanServeTests",
            dependencies: ["SamverkanServe", "SamverkanKit"]
        ),
    ]
)

// libFuzzer targets (Fuzz/, scripts/fuzz.sh): only with SAMVERKAN_FUZZ set, so an ordinary
// `swift build` or `swift test` never sees them. They need `-sanitize=fuzzer` to link.
if ProcessInfo.processInfo.environment["SAMVERKAN_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["SamverkanKit", "CFuzzDriver"], path: "Fuzz/FuzzSupport"),
    ]
    for name in ["FuzzFrontMatter", "FuzzMarkdown", "FuzzSiteBuild"] {
        package.targets.append(.executableTarget(
            name: name,
            dependencies: ["SamverkanKit", "FuzzSupport"],
            path: "Fuzz/\(name)"
        ))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
