import Foundation
import TestSupport
import Testing

/// Findings as (rule, path, line, column) from a JSON report.
func findings(_ json: String) throws -> [(rule: String, path: String, line: Int, column: Int)] {
  let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  return (object["findings"] as? [[String: Any]] ?? []).map {
    ($0["rule"] as? String ?? "", $0["path"] as? String ?? "", $0["line"] as? Int ?? 0, $0["column"] as? Int ?? 0)
  }
}

/// As SwiftLint's verifyRule does: edits that must not change what a check finds, only where.
@Suite struct MutationTests {
  let sample = "samples/commune-mistakes.yaml"

  @Test func aVietnameseLineOnTopMovesEveryFindingDownOneLine() throws {
    let text = try String(contentsOf: packageRoot().appendingPathComponent(sample), encoding: .utf8)
    let before = try findings(try dqtv(["check", "-", "--format", "json"], stdin: text).stdout)
    let after = try findings(
      try dqtv(
        ["check", "-", "--format", "json"], stdin: "# Ghi chú: số liệu của Ban Chỉ huy quân sự xã Thiệu Hóa\n" + text
      ).stdout)
    #expect(!before.isEmpty)
    #expect(before.count == after.count)
    for (b, a) in zip(before, after) {
      #expect(a.rule == b.rule && a.path == b.path)
      #expect(a.line == b.line + 1)
      #expect(a.column == b.column)
    }
  }

  @Test func reorderingTopLevelKeysChangesNoFinding() throws {
    let text = try String(contentsOf: packageRoot().appendingPathComponent(sample), encoding: .utf8)
    // Move `as_of` and `format` after `communes`: split the file at the `communes:` line.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let head = lines.prefix { !$0.hasPrefix("communes:") }
    let body = lines.dropFirst(head.count)
    let reordered = (Array(body) + head.filter { !$0.hasPrefix("#") }).joined(separator: "\n") + "\n"
    let before = try findings(try dqtv(["check", "-", "--format", "json"], stdin: text).stdout)
    let after = try findings(try dqtv(["check", "-", "--format", "json"], stdin: reordered).stdout)
    #expect(!before.isEmpty)
    let key = { (f: (rule: String, path: String, line: Int, column: Int)) in "\(f.rule) \(f.path)" }
    #expect(before.map(key).sorted() == after.map(key).sorted())
  }
}
