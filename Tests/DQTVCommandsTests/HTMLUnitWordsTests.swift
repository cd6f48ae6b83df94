import Foundation
import TestSupport
import Testing

/// The HTML report's headings that name the units of report take the pack's words
/// (`report.titles`: `drilled`, `heat_map`, `by_unit`, `outside_units`), and plain words
/// ("units") when the pack gives none.
@Suite struct HTMLUnitWordsTests {
  static let keys = ["drilled", "heat_map", "by_unit", "outside_units"]

  /// The bundled pack, copied, with its titles of `keys` replaced by `words` (none: removed).
  static func pack(words: String) throws -> (TempPacks, String) {
    let p = try TempPacks()
    return (p, try p.bundledPack(replacingTitles: keys, with: words))
  }

  /// The text of the page's section `id`.
  static func section(_ page: String, _ id: String) throws -> Substring {
    let start = try #require(page.range(of: "<section id=\"\(id)\">\n"), "no section \(id)")
    let end = try #require(page[start.upperBound...].range(of: "</section>\n"))
    return page[start.upperBound..<end.lowerBound]
  }

  /// The last capture of `pattern` in `text`.
  static func last(_ pattern: String, in text: Substring) throws -> String {
    let match = try #require(text.matches(of: try Regex(pattern)).last, "no \(pattern)")
    return String(try #require(match.output[1].substring))
  }

  /// The words of the page that name units, in order: the label of the units that drill, the
  /// heat map's title and its last row (the findings outside every unit), the heading of the
  /// findings by unit and its last group (outside every unit).
  static func headings(_ page: String) throws -> [String] {
    let drills = try section(page, "drills")
    let heat = try section(page, "heatmap")
    let rows = try heat[..<#require(heat.range(of: "</tbody>")).lowerBound]
    let byUnit = try section(page, "by-commune")
    return [
      try last(#"<p class="note">([^<]*?): "#, in: drills),
      try last(#"<h2>([^<]*)</h2>"#, in: heat),
      try last(#"<tr><th class="name">([^<]*)</th>"#, in: rows),
      try last(#"<h2>([^<]*)</h2>"#, in: byUnit),
      try last(#"<h3>([^<]*) <span class="count">"#, in: byUnit),
    ]
  }

  @Test func theBundledPackSaysCommunes() throws {
    #expect(
      try Self.headings(provinceHTML(nil, "vi")) == [
        "Xã có diễn tập trong năm", "Số phát hiện theo lĩnh vực và theo xã", "Ngoài các xã (cấp tỉnh, tệp miễn trừ)",
        "Các phát hiện theo xã", "Ngoài các xã (cấp tỉnh, tệp miễn trừ)",
      ])
    #expect(
      try Self.headings(provinceHTML(nil, "en")) == [
        "Communes drilling this year", "Findings per topic and commune", "Outside the communes (province, waivers)",
        "Findings by commune", "Outside the communes (province, waivers)",
      ])
  }

  @Test func aPackWithoutTheseWordsSaysUnits() throws {
    let (p, folder) = try Self.pack(words: "")
    _ = p
    let vi = try provinceHTML(folder, "vi")
    #expect(
      try Self.headings(vi) == [
        "Đơn vị có diễn tập trong năm", "Số phát hiện theo lĩnh vực và theo đơn vị",
        "Ngoài các đơn vị báo cáo (cấp trên, tệp miễn trừ)", "Các phát hiện theo đơn vị",
        "Ngoài các đơn vị báo cáo (cấp trên, tệp miễn trừ)",
      ])
    #expect(!vi.contains("Ngoài các xã") && !vi.contains("theo xã"))
    let en = try provinceHTML(folder, "en")
    #expect(
      try Self.headings(en) == [
        "Units drilling this year", "Findings per topic and unit", "Outside the units of report (upper level, waivers)",
        "Findings by unit", "Outside the units of report (upper level, waivers)",
      ])
    #expect(!en.contains("Outside the communes") && !en.contains("by commune") && !en.contains("topic and commune"))
  }

  @Test func aPacksOwnWordsAreUsed() throws {
    let words = """
          drilled: {vi: "Phường có diễn tập", en: "Wards drilling"}
          heat_map: {vi: "Phát hiện theo phường", en: "Findings per ward"}
          by_unit: {vi: "Theo từng phường", en: "Ward by ward"}
          outside_units: {vi: "Ngoài các phường", en: "Outside the wards"}
      """
    let (p, folder) = try Self.pack(words: words)
    _ = p
    #expect(
      try Self.headings(provinceHTML(folder, "vi")) == [
        "Phường có diễn tập", "Phát hiện theo phường", "Ngoài các phường", "Theo từng phường", "Ngoài các phường",
      ])
    #expect(
      try Self.headings(provinceHTML(folder, "en")) == [
        "Wards drilling", "Findings per ward", "Outside the wards", "Ward by ward", "Outside the wards",
      ])
  }

  /// A key the report block does not know is refused, so that a misspelt title is not lost.
  @Test func anUnknownTitleIsRefused() throws {
    let (p, folder) = try Self.pack(words: "    by_commune: {vi: \"Theo xã\", en: \"By commune\"}")
    _ = p
    let run = try dqtv(["lint", folder, "--lang", "en"])
    #expect(run.status != 0, "\(run)")
    #expect(run.stdout.contains("by_commune") || run.stderr.contains("by_commune"), "\(run)")
  }
}

/// The HTML report of the province sample, checked with `rules` (the bundled pack: none).
func provinceHTML(_ rules: String?, _ language: String) throws -> String {
  let province = packageRoot().appendingPathComponent("samples/province-thanh-hoa.yaml").path
  let run = try dqtv(
    ["check", province, "--format", "html", "--lang", language, "--fail-on", "never"]
      + (rules.map { ["--rules", $0] } ?? []))
  #expect(run.status == 0, "\(run.stderr)")
  return run.stdout
}
