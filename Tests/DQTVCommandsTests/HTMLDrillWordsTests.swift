import Foundation
import TestSupport
import Testing

/// The drill chart of the HTML report names the units in the pack's words (`report.titles`,
/// `drill_band` and `drill_share`), and in plain words ("units") when the pack gives none.
@Suite struct HTMLDrillWordsTests {

  /// The bundled pack, copied, with its drill words replaced by `words` (none: removed).
  static func pack(drillWords words: String) throws -> (TempPacks, String) {
    let p = try TempPacks()
    return (p, try p.bundledPack(replacingTitles: ["drill_band", "drill_share"], with: words))
  }

  @Test func theBundledPackSaysCommunes() throws {
    let vi = try provinceHTML(nil, "vi")
    #expect(vi.contains(">Kế hoạch: 20–25% số xã mỗi năm</text>"), "\(vi.suffix(3000))")
    #expect(vi.contains(" xã diễn tập ("))
    let en = try provinceHTML(nil, "en")
    #expect(en.contains(">Plan: 20–25% of communes a year</text>"))
    #expect(en.contains(" communes drill ("))
  }

  @Test func aPackWithoutDrillWordsSaysUnits() throws {
    let (p, folder) = try Self.pack(drillWords: "")
    _ = p
    let vi = try provinceHTML(folder, "vi")
    #expect(vi.contains(">Kế hoạch: 20–25% số đơn vị mỗi năm</text>"), "\(vi.suffix(3000))")
    #expect(vi.contains(" đơn vị diễn tập (") && !vi.contains(" xã diễn tập ("))
    let en = try provinceHTML(folder, "en")
    #expect(en.contains(">Plan: 20–25% of units a year</text>"))
    #expect(en.contains(" units drill (") && !en.contains(" communes drill ("))
  }

  @Test func aPacksOwnDrillWordsAreFilledIn() throws {
    let words = """
          drill_band: {vi: "Mục tiêu {low}–{high}% số phường", en: "Target {low}–{high}% of wards"}
          drill_share: {vi: "{count} trên {total} phường ({percent}%)", en: "{count} wards in {total} ({percent}%)"}
      """
    let (p, folder) = try Self.pack(drillWords: words)
    _ = p
    let vi = try provinceHTML(folder, "vi")
    #expect(vi.contains(">Mục tiêu 20–25% số phường</text>"), "\(vi.suffix(3000))")
    let share = try #require(try Regex(#"(\d+) trên (\d+) phường \((\d+)%\)"#).firstMatch(in: vi), "\(vi.suffix(3000))")
    let count = try #require(Int(share.output[1].substring ?? ""))
    let total = try #require(Int(share.output[2].substring ?? ""))
    let percent = try #require(Int(share.output[3].substring ?? ""))
    #expect(total > 0 && percent == Int((Double(count) * 100 / Double(total)).rounded()))
    let en = try provinceHTML(folder, "en")
    #expect(en.contains(">Target 20–25% of wards</text>"))
    #expect(en.contains("\(count) wards in \(total) (\(percent)%)"))
  }
}
