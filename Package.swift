// swift-tools-version: 6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// The executables allocate with jemalloc (Debian's libjemalloc-dev) instead of glibc's malloc: an
// import allocates model values on its reading thread and frees them on the writing thread, where
// glibc's arenas contend for a lock on every such free (docs/import-performance.md).
let allocator: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "Tejido",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tejido", targets: ["tejido"]),
        .library(name: "TejidoModel", targets: ["TejidoModel"]),
        .library(name: "TejidoDirectory", targets: ["TejidoDirectory"]),
        .library(name: "TejidoStore", targets: ["TejidoStore"]),
        .library(name: "TejidoInterchange", targets: ["TejidoInterchange"]),
        .library(name: "TejidoImport", targets: ["TejidoImport"]),
        .library(name: "TejidoMatching", targets: ["TejidoMatching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CJansson",
            pkgConfig: "jansson",
            providers: [.apt(["libjansson-dev"])]
        ),
        .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "CJanssonArena", dependencies: ["CJansson"]),
        .target(name: "TejidoModel", swiftSettings: swiftSettings),
        .target(name: "TejidoDirectory", dependencies: ["TejidoModel"], swiftSettings: swiftSettings),
        .target(
            name: "TejidoStore",
            dependencies: [
                "TejidoModel", "TejidoDirectory", "CSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "TejidoInterchange", dependencies: ["TejidoModel", "CJansson", "CJanssonArena"], swiftSettings: swiftSettings),
        .target(name: "TejidoImport", dependencies: ["TejidoModel", "TejidoStore", "TejidoInterchange"], swiftSettings: swiftSettings),
        .target(name: "TejidoMatching", dependencies: ["TejidoModel", "TejidoDirectory"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "tejido",
            dependencies: [
                "TejidoModel", "TejidoDirectory", "TejidoStore", "TejidoInterchange", "TejidoImport", "TejidoMatching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings,
            linkerSettings: allocator
        ),
        .executableTarget(
            name: "tejido-bench",
            dependencies: [
                "TejidoModel", "TejidoDirectory", "TejidoStore", "TejidoInterchange", "TejidoImport", "TejidoMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: swiftSettings,
            linkerSettings: allocator
        ),
        .testTarget(name: "TejidoModelTests", dependencies: ["TejidoModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TejidoDirectoryTests",
            dependencies: ["TejidoDirectory", "TejidoStore", "TejidoInterchange"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TejidoStoreTests",
            dependencies: ["TejidoStore", "TejidoInterchange", "TejidoDirectory"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TejidoInterchangeTests", dependencies: ["TejidoInterchange", "CJansson", "CJanssonArena"], swiftSettings: swiftSettings),
        .testTarget(name: "TejidoCLITests", dependencies: ["TejidoModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TejidoBenchTests",
            dependencies: ["tejido-bench", "TejidoModel", "TejidoStore", "TejidoInterchange"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TejidoMatchingTests",
            dependencies: ["TejidoMatching", "TejidoDirectory", "TejidoStore", "TejidoInterchange"],
            swiftSettings: swiftSettings
        ),
    ]
)
