import Foundation
import TestSupport
import Testing

/// The HTML report's and its charts' titles come from the pack's report block; a pack that
/// gives none gets plain words, with nothing of the bundled pack's wording.
@Suite struct PackTitlesTests {
  @Test func titlesComeFromThePack() throws {
    let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "html", "--lang", "en"])
    #expect(run.stdout.contains("<h1>Militia and Self-Defence Forces: check report</h1>"))
    #expect(run.stdout.contains("<h2>Commune command boards against what the law requires</h2>"))
    #expect(run.stdout.contains("<h2>Share of communes drilling in 2026</h2>"))
  }

  @Test func aPackWithoutTitlesGetsPlainWords() throws {
    let folder = try ReportFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pack = folder.appendingPathComponent("pack")
    try FileManager.default.copyItem(at: packageRoot().appendingPathComponent("rules/dqtv"), to: pack)
    let file = pack.appendingPathComponent("pack.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    let start = try #require(text.range(of: "  titles:\n"))
    let end = try #require(text.range(of: "  # The topics of rule ids", range: start.upperBound..<text.endIndex))
    try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(
      to: file, atomically: true, encoding: .utf8)
    let run = try runDQTV([
      "check", "samples/province-thanh-hoa.yaml", "--rules", pack.path, "--format", "html", "--lang", "en",
    ])
    #expect(run.status == 1, "\(run.stderr)")
    #expect(run.stdout.contains("<h1>Check report</h1>"))
    #expect(run.stdout.contains("<h2>Staffing against what the law requires</h2>"))
    #expect(run.stdout.contains("<h2>Share of units drilling in 2026</h2>"))
    #expect(!run.stdout.contains("Militia and Self-Defence Forces: check report"))
    #expect(!run.stdout.contains("Commune command boards"))
  }
}
