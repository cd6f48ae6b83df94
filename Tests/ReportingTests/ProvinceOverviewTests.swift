import Foundation
import Reporting
import RuleEngine
import SourceDiagnostics
import TestSupport
import Testing

/// The figures the HTML charts draw, read from a real submission as the pack's report block asks.
@Suite struct ProvinceOverviewTests {
  func overview(_ sample: String, pack: String = "rules/dqtv") throws -> ProvinceOverview {
    let workspace = Workspace(defaultPack: pack)
    let selection = workspace.loadPacks([packageRoot().appendingPathComponent(pack).path], includingReport: true)
    #expect(selection.diagnostics.isEmpty, "\(selection.diagnostics)")
    let compiled = try #require(selection.packs.first)
    let loaded = workspace.loadSubmission(
      .file(RawFilePath(packageRoot().appendingPathComponent(sample).path)), schema: compiled.pack.schema)
    let data = try #require(loaded.data)
    return try #require(ProvinceOverview.read(data, pack: compiled, asOf: CalendarDate("2026-06-30")!))
  }

  @Test func boardCountsAndDrillsComeFromTheData() throws {
    let commune = try #require(try overview("samples/commune-mistakes.yaml").communes.first)
    let counts = Dictionary(uniqueKeysWithValues: commune.posts.map { ($0.title.en, $0.count) })
    // The sample's board (its comments): one commander, one commissar, one deputy commissar,
    // two deputy commanders, no assistant.
    #expect(
      counts == [
        "commander": 1, "political commissar": 1, "deputy political commissar": 1, "deputy commander": 2,
        "assistant": 0,
      ])
    // The bounds the report block gives: exactly one of each but deputies (1, or 1-2 in a key
    // defence area, params.deputy_commanders) and assistants (at least one).
    let deputies = try #require(commune.posts.first { $0.title.en == "deputy commander" })
    #expect(deputies.minimum == 1)
    #expect(deputies.maximum == 1 || deputies.maximum == 2)
    #expect(commune.posts.first { $0.title.en == "assistant" }?.maximum == nil)
  }

  @Test func theProvinceSampleIsNamedByItsProvince() throws {
    let overview = try overview("samples/province-thanh-hoa.yaml")
    #expect(overview.subject == "Thanh Hóa")
    #expect(overview.drillBand == 20...25)
    #expect(overview.communes.count > 1)
  }
}
