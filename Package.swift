// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Where the `dqtv` binary is linked with a static Swift runtime: release builds on Linux.
let staticRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)

let package = Package(
  name: "dqtv",
  platforms: [.macOS(.v13)],
  products: [.executable(name: "dqtv", targets: ["dqtv"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The C library. Only the YAML module imports it.
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
    // RE2 (linear-time regular expressions, the syntax CEL specifies) behind a small C
    // interface. Only the CEL module imports it.
    .target(name: "CRE2", path: "Sources/CRE2", linkerSettings: [.linkedLibrary("re2")]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(name: "SourceDiagnostics"),
    // .xlsx workbooks: our own zip reader and writer over zlib, our own XML scanner.
    .target(name: "Workbook", dependencies: ["CZlib", "SourceDiagnostics"]),
    .target(name: "YAML", dependencies: ["CYAML", "SourceDiagnostics"]),
    .target(name: "CEL", dependencies: ["SourceDiagnostics", "CRE2"]),
    .target(name: "RuleEngine", dependencies: ["SourceDiagnostics", "YAML", "CEL", "Workbook"]),
    .target(name: "Reporting", dependencies: ["RuleEngine", "SourceDiagnostics"]),
    .target(
      name: "DQTVCommands",
      dependencies: [
        "SourceDiagnostics", "RuleEngine", "Reporting", "Workbook", "YAML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // The release binary on Linux carries the Swift runtime and Foundation in itself: no shared
    // libraries whose pages are mapped and relocated at every start (about 6 MB less resident
    // memory, a tenth of a check's peak on a province-sized file). The libraries under
    // Foundation are named here, as the compiler names them only in modules compiled for a
    // static runtime.
    .executableTarget(
      name: "dqtv", dependencies: ["DQTVCommands"],
      linkerSettings: [
        .unsafeFlags(["-static-stdlib"], staticRelease),
        .linkedLibrary("CoreFoundation", staticRelease),
        .linkedLibrary("_FoundationCShims", staticRelease),
        .linkedLibrary("_FoundationCollections", staticRelease),
        .linkedLibrary("_FoundationICU", staticRelease),
        .linkedLibrary("swiftSynchronization", staticRelease),
      ]),

    // Benchmarks: run with `swift run -c release <name>`.
    .executableTarget(
      name: "dqtv-bench", dependencies: ["CYAML", "YAML", "SourceDiagnostics", "RuleEngine"],
      path: "Benchmarks/dqtv-bench"),
    .executableTarget(name: "cel-bench", dependencies: ["CEL"], path: "Benchmarks/cel-bench"),
    .executableTarget(name: "workbook-bench", dependencies: ["Workbook"], path: "Benchmarks/workbook-bench"),

    .target(name: "TestSupport", dependencies: ["SourceDiagnostics"], path: "Tests/TestSupport"),
    .testTarget(
      name: "SourceDiagnosticsTests", dependencies: ["SourceDiagnostics", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "YAMLTests", dependencies: ["YAML", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "CELTests", dependencies: ["CEL", "TestSupport"], exclude: ["Conformance"]),
    .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine", "YAML", "TestSupport"]),
    .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "SourceDiagnostics", "TestSupport"]),
    .testTarget(name: "DQTVCommandsTests", dependencies: ["DQTVCommands", "Workbook", "TestSupport"]),
    .testTarget(
      name: "HostileInputTests",
      dependencies: ["YAML", "CEL", "RuleEngine", "SourceDiagnostics", "DQTVCommands", "TestSupport"],
      exclude: ["Regressions"]),
    .testTarget(
      name: "ReportingTests", dependencies: ["Reporting", "RuleEngine", "SourceDiagnostics", "TestSupport"],
      exclude: ["Snapshots", "Resources", "Fixtures"]),
  ],
  cxxLanguageStandard: .cxx17
)

// libFuzzer targets, only when asked for (`scripts/fuzz.sh`): they need `-sanitize=fuzzer`,
// which provides their `main`, so a plain `swift build` could not link them.
if ProcessInfo.processInfo.environment["DQTV_FUZZ"] == "1" {
  package.targets += [
    .executableTarget(
      name: "fuzz-yaml", dependencies: ["CEL", "YAML", "SourceDiagnostics", "RuleEngine"],
      path: "Fuzz/YAMLFuzz", swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "fuzz-cel", dependencies: ["CEL", "SourceDiagnostics", "RuleEngine"],
      path: "Fuzz/CELFuzz", swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "fuzz-workbook", dependencies: ["Workbook", "YAML", "SourceDiagnostics", "RuleEngine"],
      path: "Fuzz/WorkbookFuzz", swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
  ]
}
