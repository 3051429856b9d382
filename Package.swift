// swift-tools-version: 6.0
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
