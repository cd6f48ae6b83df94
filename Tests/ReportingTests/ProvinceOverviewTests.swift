import Foundation
import Reporting
import RuleEngine
import Testing
import TestSupport
import YAML

/// The figures the HTML charts draw, read from a real submission.
@Suite struct ProvinceOverviewTests {
  @Test func boardCountsAndDrillsComeFromTheData() throws {
    let loaded = RulePackLoader().load(DirectoryPackSource(root: packageRoot().appendingPathComponent("rules/dqtv").path))
    let pack = try #require(loaded.pack)
    let yaml = try #require(
      YAMLLoader().load(contentsOf: packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path).document)
    let data = try #require(SubmissionDecoder(schema: pack.schema).decode(yaml).data)
    let overview = ProvinceOverview.read(data, pack: pack, asOf: CalendarDate("2026-06-30")!)
    let commune = try #require(overview.communes.first)
    let counts = Dictionary(uniqueKeysWithValues: commune.posts.map { ($0.position, $0.count) })
    // The sample's board (its comments): one commander, one commissar, one deputy commissar,
    // two deputy commanders, no assistant.
    #expect(counts["chi_huy_truong"] == 1)
    #expect(counts["chinh_tri_vien"] == 1)
    #expect(counts["pho_chi_huy_truong"] == 2)
    #expect(counts["tro_ly"] == 0)
  }
}
