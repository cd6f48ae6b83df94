import Foundation
import TestSupport
import Testing

/// Values inside `{...}` of a message are written for the reader of its language
/// (RULES.md, `message`): dates, doubles cut to one decimal, enum titles, lists.
@Suite struct MessageValueTests {
  /// A pack extending the bundled one with a rule that always fires on a commune and whose
  /// message shows `values` (the same in both languages).
  func pack(values: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dqtv-values-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try "name: local\nversion: '1'\ntitle: {vi: Thử, en: Local}\nextends: dqtv\n".write(
      to: directory.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
    try """
    rules:
      - id: LOCAL.VALUES
        title: {vi: Giá trị, en: Values}
        basis: [{doc: "48/2019/QH14"}]
        severity: info
        effective: {from: 2020-07-01}
        scope: Commune
        require: "false"
        message: {vi: "<\(values)>", en: "<\(values)>"}
    """.write(to: directory.appendingPathComponent("local.yaml"), atomically: true, encoding: .utf8)
    return directory
  }

  func message(_ values: String, language: String) throws -> String {
    let directory = try pack(values: values)
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try dqtv([
      "check", "samples/commune-compliant.yaml", "--rules", directory.path, "--only", "LOCAL.VALUES",
      "--lang", language,
    ])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    let line = run.stdout.split(separator: "\n").first { $0.contains("[LOCAL.VALUES]") } ?? ""
    guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">") else { return String(line) }
    return String(line[line.index(after: open)..<close])
  }

  @Test func aDateIsDayMonthYearInVietnameseAndISOInEnglish() throws {
    #expect(try message("{date('2026-06-30')}", language: "vi") == "30/06/2026")
    #expect(try message("{date('2026-06-30')}", language: "en") == "2026-06-30")
  }

  @Test func aDoubleIsCutNotRoundedToOneDecimalWithTheLanguagesSeparator() throws {
    // 8 of 41 is 19.51…%: shown as 19.5, and 19.96 as 19.9, never 20.
    #expect(try message("{percent(8, 41)}", language: "vi") == "19,5")
    #expect(try message("{percent(8, 41)}", language: "en") == "19.5")
    #expect(try message("{19.96}", language: "en") == "19.9")
    #expect(try message("{19.96}", language: "vi") == "19,9")
    // A decimal stored a hair below itself is still itself; whole numbers have no decimals.
    #expect(try message("{2.3}", language: "vi") == "2,3")
    #expect(try message("{0.1 + 0.2}", language: "en") == "0.3")
    #expect(try message("{20.0}", language: "vi") == "20")
    #expect(try message("{-1.25}", language: "en") == "-1.2")
    #expect(try message("{-0.05}", language: "en") == "0")
  }

  @Test func anEnumValueIsItsTitleAndAListIsJoinedByCommas() throws {
    #expect(try message("{self.kind}", language: "vi") == "Xã")
    #expect(try message("{self.designations}", language: "vi") == "Xã ven biển, Địa bàn trọng điểm về quốc phòng")
    #expect(try message("{self.designations}", language: "en") == "coastal commune, key defence area")
    #expect(try message("{[1, 2, 3]}", language: "en") == "1, 2, 3")
  }
}
