import DQTVCommands
import Foundation
import TestSupport
import Testing

@Suite struct ExitStatusTests {
  @Test func codesAreThoseOfTheContract() {
    #expect(ExitStatus.success.rawValue == 0)
    #expect(ExitStatus.findings.rawValue == 1)
    #expect(ExitStatus.invalidInput.rawValue == 2)
    #expect(ExitStatus.usage.rawValue == 64)
  }

  @Test func versionPrintsAndExitsZero() throws {
    let run = try runDQTV(["--version"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.first == "dqtv \(DQTVCommand.version)")
    // The pack's version and horizon, as rules/dqtv/pack.yaml and instruments.yaml write them.
    let pack = try String(contentsOf: packageRoot().appendingPathComponent("rules/dqtv/pack.yaml"), encoding: .utf8)
    let instruments = try String(
      contentsOf: packageRoot().appendingPathComponent("rules/dqtv/instruments.yaml"), encoding: .utf8)
    let version = try #require(pack.split(separator: "\n").first { $0.hasPrefix("version: ") }?.dropFirst(9))
    let horizon = try #require(
      instruments.split(separator: "\n").first { $0.hasPrefix("law_known_until: ") }?.dropFirst(17))
    #expect(lines.count == 2)
    #expect(lines.last == "bộ quy tắc dqtv \(version), nắm được pháp luật đến hết ngày \(horizon)")
    #expect(run.stderr.isEmpty)
    let en = try runDQTV(["--version", "--lang", "en"])
    #expect(en.stdout.hasSuffix("rule pack dqtv \(version), knows the law up to \(horizon)\n"))
  }

  /// `--version` with `--rules` names the packs given instead of the bundled one.
  @Test func versionNamesThePacksGiven() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-version-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "name: tinh-thu\nversion: '7.1'\ntitle: {vi: Thử, en: Trial}\nextends: dqtv\n".write(
      to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    let run = try runDQTV(["--version", "--rules", folder.path, "--lang", "en"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("rule pack tinh-thu 7.1"), "\(run.stdout)")
    #expect(!run.stdout.contains("rule pack dqtv "), "\(run.stdout)")
  }

  @Test func unknownOptionIsAUsageError() throws {
    let run = try runDQTV(["--no-such-option"])
    #expect(run.status == ExitStatus.usage.rawValue)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("--no-such-option"))
  }

  @Test func helpDocumentsTheExitCodes() throws {
    let run = try dqtv(["--help"])
    #expect(run.status == 0)
    for code in ["0 ", "1 ", "2 ", "64"] {
      #expect(run.stdout.contains("\n  \(code)"), "exit code \(code) is not documented in --help")
    }
  }
}
