import Foundation
import TestSupport
import Testing

/// `check --baseline` and `--write-baseline` through the built binary, on the province sample
/// edited as a province would: one mistake fixed, one made, one militiaman inserted at the top
/// of a commune's list (which moves every later militiaman's list index).
@Suite struct BaselineTests {
  struct Edited {
    var folder: URL
    var before: String
  }

  /// Writes the sample as `province.yaml`, records a baseline of it, then edits it.
  func edited() throws -> Edited {
    let folder = try ReportFixtures.temporaryFolder()
    let original = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/province-thanh-hoa.yaml"), encoding: .utf8)
    let file = folder.appendingPathComponent("province.yaml")
    try original.write(to: file, atomically: true, encoding: .utf8)
    let first = try runDQTV(
      ["check", "province.yaml", "--write-baseline", "before.json", "--format", "json"], directory: folder)
    #expect(first.status == 1)
    let written = try String(contentsOf: folder.appendingPathComponent("before.json"), encoding: .utf8)
    #expect(written == first.stdout, "the baseline is the JSON report")
    var text = original
    func replace(_ a: String, _ b: String) throws {
      let range = try #require(text.range(of: a))
      text.replaceSubrange(range, with: b)
    }
    // The fix: M012 was 17 when he joined.
    try replace("birth_date: 2008-04-12   # DQ.AGE.MIN", "birth_date: 2000-04-12   # fixed")
    // The new mistake: M002 of the first commune is past the age limit.
    try replace(
      "      - id: M002\n        name: Nguyễn Xuân Tú\n        gender: nam\n        birth_date: 1996-01-17",
      "      - id: M002\n        name: Nguyễn Xuân Tú\n        gender: nam\n        birth_date: 1960-01-17")
    // A militiaman at the top of the list of the commune 15115, above its finding on M013.
    let commune = try #require(text.range(of: "code: \"15115\""))
    let list = try #require(
      text.range(of: "    militia:\n      - id: M001\n", range: commune.upperBound..<text.endIndex))
    text.replaceSubrange(
      list,
      with:
        "    militia:\n      - id: M100\n        name: Lò Văn Mới\n        gender: nam\n        birth_date: 2000-05-05\n"
        + "        joined: 2024-03-04\n        unit: U3\n      - id: M001\n")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return Edited(folder: folder, before: written)
  }

  func findings(_ json: String) throws -> [[String: Any]] {
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(report["findings"] as? [[String: Any]])
  }

  @Test func onlyTheNewFindingIsReportedAndTheOthersKeepTheirIdentity() throws {
    let e = try edited()
    defer { try? FileManager.default.removeItem(at: e.folder) }
    let before = try findings(e.before)
    let text = try runDQTV(
      ["check", "province.yaml", "--baseline", "before.json", "--lang", "en"], directory: e.folder)
    #expect(text.status == 1, "the new finding is an error")
    let lines = text.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(lines)")
    #expect(lines.first?.contains("error: [DQ.AGE.MAX]") == true && lines.first?.contains("(M002)") == true)
    #expect(
      lines.last
        == "1 error, 0 warnings, 0 info; 41 rules applied, 1 file; against the baseline before.json: 1 new, \(before.count - 1) unchanged, 1 absent."
    )

    let json = try runDQTV(
      ["check", "province.yaml", "--baseline", "before.json", "--format", "json"], directory: e.folder)
    let after = try findings(json.stdout)
    let states = after.compactMap { $0["baseline"] as? String }
    #expect(states.count == after.count)
    #expect(states.filter { $0 == "new" }.count == 1)
    #expect(states.filter { $0 == "absent" }.count == 1)
    #expect(states.filter { $0 == "unchanged" }.count == before.count - 1)
    let absent = try #require(after.first { $0["baseline"] as? String == "absent" })
    #expect(absent["rule"] as? String == "DQ.AGE.MIN")
    // Findings below the insertion moved to another list index, and are still the same ones.
    let moved = after.filter { f in
      f["baseline"] as? String == "unchanged"
        && !before.contains {
          $0["path"] as? String == f["path"] as? String && $0["rule"] as? String == f["rule"] as? String
        }
    }
    #expect(moved.map { $0["node"] as? String } == ["communes[code=15115].militia[id=M013].deferral"])
    #expect(moved.first?["path"] as? String == "communes[8].militia[13].deferral")
  }

  @Test func sarifAndHTMLMarkTheFindings() throws {
    let e = try edited()
    defer { try? FileManager.default.removeItem(at: e.folder) }
    let sarif = try runDQTV(
      ["check", "province.yaml", "--baseline", "before.json", "--format", "sarif"], directory: e.folder)
    #expect(try sarifSchemaViolations(sarif.stdout) == [])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
    let states = results.compactMap { $0["baselineState"] as? String }
    #expect(states.count == results.count)
    #expect(Set(states) == ["new", "unchanged", "absent"])
    #expect(states.filter { $0 == "new" }.count == 1)
    let html = try runDQTV(
      ["check", "province.yaml", "--baseline", "before.json", "--format", "html", "--lang", "en"], directory: e.folder)
    // Each finding is listed twice: by commune and by legal instrument.
    #expect(html.stdout.components(separatedBy: "<span class=\"badge baseline-new\">new</span>").count == 3)
    #expect(html.stdout.contains("<span class=\"badge baseline-absent\">absent</span>"))
    #expect(html.stdout.contains("<span class=\"badge baseline-unchanged\">unchanged</span>"))
  }

  @Test func aFixAloneExitsZeroAndABadBaselineIsExitTwo() throws {
    let e = try edited()
    defer { try? FileManager.default.removeItem(at: e.folder) }
    // Against a baseline of the edited file itself, nothing is new.
    let again = try runDQTV(
      ["check", "province.yaml", "--write-baseline", "now.json", "--baseline", "before.json"], directory: e.folder)
    #expect(again.status == 1)
    let none = try runDQTV(["check", "province.yaml", "--baseline", "now.json", "--lang", "en"], directory: e.folder)
    #expect(none.status == 0, "\(none.stdout)")
    #expect(
      none.stdout.hasSuffix(
        "against the baseline now.json: 0 new, \(try findings(e.before).count) unchanged, 0 absent.\n"))
    try "not json".write(to: e.folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
    let bad = try runDQTV(["check", "province.yaml", "--baseline", "bad.json", "--lang", "en"], directory: e.folder)
    #expect(bad.status == 2)
    #expect(bad.stderr == "error: the baseline bad.json is not a JSON report of dqtv\n")
    let missing = try runDQTV(["check", "province.yaml", "--baseline", "nope.json"], directory: e.folder)
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("error: không đọc được tệp mốc so sánh nope.json: "))
  }
}
