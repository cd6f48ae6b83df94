import Foundation
import TestSupport
import Testing

/// Data typed as people type it: a list value written as its title, without diacritics or in
/// capitals, gets a did-you-mean naming the code; a required text left empty is reported; a
/// bad `as_of` is reported at its place with its value; `--as-of` takes DD/MM/YYYY.
@Suite struct DataAsTypedTests {
  static func submission(_ edits: [(String, String)]) throws -> (TempPacks, String) {
    let p = try TempPacks()
    var text = try TempPacks.sample
    for (old, new) in edits {
      #expect(text.contains(old), "the sample has no \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
    try p.write("data.yaml", text)
    return (p, p.path("data.yaml"))
  }

  @Test func enumValuesWrittenAsTitlesNameTheirCode() throws {
    let (p, file) = try Self.submission([
      ("position: chi_huy_truong\n", "position: Chỉ huy trưởng\n"), ("force: co_dong", "force: cơ động"),
    ])
    _ = p
    let run = try dqtv(["check", file, "--lang", "en"])
    #expect(run.status == 1, "\(run)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let position = try #require(lines.first { $0.hasPrefix("\(file):30:21: error: [SCHEMA]") }, "\(run)")
    #expect(position.contains("'Chỉ huy trưởng' is not a code of the list; did you mean 'chi_huy_truong'"))
    let force = try #require(lines.first { $0.hasPrefix("\(file):109:16: error: [SCHEMA]") }, "\(run)")
    #expect(force.contains("did you mean 'co_dong'"), "\(force)")
    let vi = try dqtv(["check", file])
    #expect(vi.stdout.contains("'Chỉ huy trưởng' không phải mã trong danh mục; có phải là 'chi_huy_truong'"), "\(vi)")
  }

  @Test func aTitleThatIsTheCodeInEnglishIsNotRepeated() throws {
    let (p, file) = try Self.submission([("2021-10-08, status: done}", "2021-10-08, status: Đã thực hiện}")])
    _ = p
    let run = try dqtv(["check", file, "--lang", "en"])
    #expect(
      run.stdout.contains(
        "\(file):670:71: error: [SCHEMA] 'Status' (status): 'Đã thực hiện' is not a code of the list; did you mean 'done'? Write the code 'done'."
      ), "\(run)")
  }

  @Test func capitalsAndMissingDiacriticsAreMatchedToo() throws {
    let (p, file) = try Self.submission([("position: chi_huy_truong\n", "position: CHI HUY TRUONG\n")])
    _ = p
    let run = try dqtv(["check", file, "--lang", "en"])
    #expect(run.stdout.contains("'CHI HUY TRUONG' is not a code of the list; did you mean 'chi_huy_truong'"), "\(run)")
  }

  @Test func aRequiredTextLeftEmptyIsReported() throws {
    let (p, file) = try Self.submission([("    name: Xã Đông Tiến\n", "    name: \"\"\n")])
    _ = p
    let run = try dqtv(["check", file, "--lang", "en"])
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.contains("\(file):15:11: error: [SCHEMA] the required field"), "\(run)")
    #expect(run.stdout.contains("(name) of ") && run.stdout.contains("is left empty"), "\(run)")
  }

  @Test func aBadAsOfIsReportedAtItsPlaceWithItsValue() throws {
    for (written, shown) in [
      ("30/06/2026", "'30/06/2026'"), ("2026-02-30", "'2026-02-30'"), ("\"\"", "''"),
      ("[1]", "a list or a group of fields"),
    ] {
      let (p, file) = try Self.submission([("\nas_of: 2026-06-30\n", "\nas_of: \(written)\n")])
      _ = p
      let run = try dqtv(["check", file, "--lang", "en"])
      #expect(run.status == 2, "\(run)")
      #expect(run.stderr.contains("\(file):10:8: error: the date as_of is \(shown), which is no real date"), "\(run)")
      let explain = try dqtv(["explain", "ADMIN.KIND", file, "--lang", "en"])
      #expect(explain.status == 2, "\(explain)")
      #expect(explain.stderr.contains("\(file):10:8: error: the date as_of is \(shown)"), "\(explain)")
    }
  }

  @Test func asOfOnTheCommandLineTakesDayMonthYear() throws {
    let (p, file) = try Self.submission([("\nas_of: 2026-06-30\n", "\nas_of: 30/06/2026\n")])
    _ = p
    let run = try dqtv(["check", file, "--as-of", "30/06/2026", "--format", "json"])
    #expect(run.status == 1, "\(run)")  // only the as_of field itself is wrong
    #expect(run.stdout.contains("\"2026-06-30\""), "\(run)")
    let wrong = try dqtv(["check", file, "--as-of", "31/06/2026", "--lang", "en"])
    #expect(wrong.status == 2, "\(wrong)")
    #expect(
      wrong.stderr
        == "error: '31/06/2026' is not a real date; write YYYY-MM-DD (2026-06-30) or DD/MM/YYYY (30/06/2026)\n")
    let vi = try dqtv(["rules", "--as-of", "2026/6/30"])
    #expect(
      vi.status == 2 && vi.stderr.contains("hãy viết NNNN-TT-NN (2026-06-30) hoặc NN/TT/NNNN (30/06/2026)"), "\(vi)")
    let rules = try dqtv(["rules", "--as-of", "1/7/2025", "--format", "json"])
    let iso = try dqtv(["rules", "--as-of", "2025-07-01", "--format", "json"])
    #expect(rules.status == 0 && rules.stdout == iso.stdout, "\(rules)")
  }
}

/// A bad data date is shown at its place by `eval` and by a rule test too.
@Suite struct BadAsOfElsewhereTests {
  @Test func evalAndRuleTestsShowABadAsOfAtItsPlace() throws {
    let p = try TempPacks.province()
    let bad = try TempPacks.sample.replacingOccurrences(of: "\nas_of: 2026-06-30\n", with: "\nas_of: 31/06/2026\n")
    try p.write("province/data/commune.yaml", bad)
    let file = p.path("province/data/commune.yaml")
    let eval = try dqtv(["eval", "1", "--data", file, "--lang", "en"])
    #expect(eval.status == 2, "\(eval)")
    #expect(eval.stderr.contains("\(file):10:8: error: the date as_of is '31/06/2026'"), "\(eval)")
    let test = try dqtv(["test", p.path("province"), "--lang", "en"])
    #expect(test.status == 1, "\(test)")
    #expect(
      test.stdout.contains("\(file):10:8: the test has no `as_of`, and the data's as_of is '31/06/2026'"), "\(test)")
  }

  /// In a workbook, the date's place is its cell, as every other message of a workbook gives it.
  @Test func aBadAsOfInAWorkbookIsShownAtItsCell() throws {
    let folder = try WorkbookFolder()
    let bad = try TempPacks.sample.replacingOccurrences(of: "\nas_of: 2026-06-30\n", with: "\nas_of: \"2026-02-30\"\n")
    let yaml = try folder.write("bad.yaml", Array(bad.utf8))
    let workbook = folder.path("bad.xlsx")
    let convert = try dqtv(["convert", yaml, "-o", workbook])
    #expect(convert.status == 0, "\(convert)")
    let run = try dqtv(["check", workbook, "--lang", "en"])
    #expect(run.status == 2, "\(run)")
    // The root's sheet, named by the root type's title; `as_of` is its second column.
    #expect(
      run.stderr.contains(
        "\(workbook):Báo cáo tổ chức Dân quân tự vệ!B2: error: the date as_of is '2026-02-30', which is no real date"),
      "\(run)")
  }
}
