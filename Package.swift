// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "samverkan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samverkan", targets: ["samverkan"]),
        .library(name: "SamverkanSite", targets: ["SamverkanSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // The layers, each a target, so that a dependency pointing back up does not compile:
        // model → (loading | markdown | mustache) → site → (serve | import) → command line.
        // The content model, diagnostics, URLs and anchors, and small shared tools: no dependencies.
        .target(name: "SamverkanModel"),
        // Reading the content folder and decoding front matter: the only layer that sees Yams.
        .target(
            name: "SamverkanLoading",
            dependencies: ["SamverkanModel", .product(name: "Yams", package: "Yams")]
        ),
        // Markdown to HTML: the only layer that sees cmark-gfm.
        .target(name: "SamverkanMarkdown", dependencies: ["SamverkanModel", "CCmarkGFM"]),
        // The search index in shards, made by Pagefind (a process): the only layer that runs it.
        .target(name: "SamverkanSearch", dependencies: ["SamverkanModel", "SamverkanLoading"]),
        // Validation, pages, templates, feeds, output and the build that runs them all.
        .target(
            name: "SamverkanSite",
            dependencies: [
                "SamverkanModel", "SamverkanLoading", "SamverkanMarkdown", "SamverkanMustache", "SamverkanSearch",
            ]
        ),
        // `samverkan serve`: the live preview. Kept apart so the generator itself has no network code.
        .target(
            name: "SamverkanServe",
            dependencies: [
                "SamverkanModel", "SamverkanSite", "SamverkanSearch",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // `samverkan import`: minutes from Word documents, read with Debian's pandoc.
        .target(
            name: "SamverkanImport",
            dependencies: ["SamverkanModel", "SamverkanLoading", "SamverkanSite"]
        ),
        .executableTarget(
            name: "samverkan",
            dependencies: [
                "SamverkanModel", "SamverkanSite", "SamverkanSearch",
                "SamverkanServe", "SamverkanImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: a build allocates
            // millions of small strings and arrays on every core, and glibc's arenas cost a quarter
            // of its CPU time (docs/performance.md, docs/decisions.md).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Test doubles (a file system and a site writer in memory), for the tests and the fuzz targets.
        .target(
            name: "SamverkanTestDoubles",
            dependencies: ["SamverkanModel", "SamverkanLoading", "SamverkanSite"],
            path: "Tests/TestDoubles"
        ),
        .testTarget(
            name: "SamverkanKitTests",
            dependencies: ["SamverkanModel", "SamverkanLoading", "SamverkanMarkdown", "SamverkanMustache", "SamverkanSite",
                           "SamverkanSearch", "SamverkanTestDoubles"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SamverkanImportTests",
            dependencies: ["SamverkanImport", "SamverkanModel", "SamverkanLoading", "SamverkanSite", "SamverkanTestDoubles"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SamverkanServeTests",
            dependencies: ["SamverkanServe", "SamverkanModel", "SamverkanSite", "SamverkanSearch"]
        ),
        .testTarget(name: "SamverkanSearchTests", dependencies: ["SamverkanSearch", "SamverkanModel", "SamverkanLoading"]),
        // The Mustache engine: templates compiled once, typed values, no dependencies.
        .target(name: "SamverkanMustache"),
        // `swift run -c release mustache-spec DIR`: every spec file in DIR through the engine.
        .executableTarget(name: "mustache-spec", dependencies: ["SamverkanMustache"], path: "Sources/mustache-spec"),
        .testTarget(name: "SamverkanMustacheTests", dependencies: ["SamverkanMustache"], exclude: ["Spec"]),
    ]
)

// libFuzzer targets (Fuzz/, scripts/fuzz.sh): only with SAMVERKAN_FUZZ set, so an ordinary
// `swift build` or `swift test` never sees them. They need `-sanitize=fuzzer` to link.
if ProcessInfo.processInfo.environment["SAMVERKAN_FUZZ"] != nil {
    package.targets += [
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["SamverkanModel", "SamverkanLoading", "SamverkanMarkdown", "SamverkanSite",
                                                     "SamverkanTestDoubles", "CFuzzDriver"], path: "Fuzz/FuzzSupport"),
    ]
    for name in ["FuzzFrontMatter", "FuzzMarkdown", "FuzzSiteBuild"] {
        package.targets.append(.executableTarget(
            name: name,
            dependencies: ["SamverkanModel", "SamverkanLoading", "SamverkanMarkdown", "SamverkanSite",
                           "SamverkanTestDoubles", "FuzzSupport"],
            path: "Fuzz/\(name)"
        ))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
