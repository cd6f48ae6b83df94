import Foundation
import TestSupport
import Testing

/// The HTML report's structure: well-formed, every section, every finding, nothing loaded from
/// outside the file.
@Suite struct HTMLReportTests {
  static func escaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&apos;")
  }

  func findings(_ args: [String]) throws -> [[String: Any]] {
    let run = try runDQTV(args + ["--format", "json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    return try #require(json["findings"] as? [[String: Any]])
  }

  func checkStructure(_ html: String, findings: [[String: Any]], lang: String) {
    let doc = XMLStructure(html)
    #expect(doc.error == nil, "\(doc.error ?? "")")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(lang)\">"))
    let ids = Set(doc.elements.compactMap { $0.attributes["id"] })
    #expect(ids.isSuperset(of: ["summary", "heatmap", "by-commune", "by-instrument"]))
    #expect(doc.all("style").count == 1)
    for forbidden in ["http://", "https://", "<script", "src=", "url(", "@import", "<link", "<iframe"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    for f in findings {
      let message = f["message"] as? String ?? ""
      let rule = f["rule"] as? String ?? ""
      // Each finding is listed twice: under its commune and under its instrument.
      let shown = html.components(separatedBy: ">\(Self.escaped(message))<").count - 1
      #expect(shown >= 2, "\(rule): \(message)")
      #expect(html.contains(">\(rule)</td>"))
    }
  }

  @Test func theFixtureReportInVietnamese() throws {
    let run = try ReportFixtures.check(["--format", "html"])
    #expect(run.status == 1)
    checkStructure(
      run.stdout,
      findings: try findings([
        "check", ReportFixtures.submission, "--only", "BCH.*.COUNT", "--waivers", ReportFixtures.waivers,
      ]), lang: "vi")
    #expect(run.stdout.contains("<h2>Tóm tắt</h2>"))
    #expect(run.stdout.contains("id=\"board\""))
    #expect(run.stdout.contains("id=\"drills\""))
    #expect(run.stdout.contains("Phường Hạc Thành &amp; Đông Sơn"))
    #expect(run.stdout.contains("<span class=\"badge waived\">đã miễn trừ</span>"))
    #expect(run.stdout.contains("Chờ tuyển dụng trợ lý theo kế hoạch 2026"))
  }

  @Test func theProvinceReportInEnglish() throws {
    let run = try runDQTV(["check", "samples/province-thanh-hoa.yaml", "--format", "html", "--lang", "en"])
    #expect(run.status == 1)
    checkStructure(
      run.stdout, findings: try findings(["check", "samples/province-thanh-hoa.yaml", "--lang", "en"]), lang: "en")
    #expect(run.stdout.contains("<h2>Summary</h2>"))
    // Every commune of the sample has a row in the board chart.
    let names = try String(
      contentsOf: packageRoot().appendingPathComponent("samples/province-thanh-hoa.yaml"), encoding: .utf8
    )
    .split(separator: "\n").filter { $0.hasPrefix("    name: ") }.map {
      $0.dropFirst(10).trimmingCharacters(in: .whitespaces)
    }
    #expect(names.count >= 20)
    for name in names { #expect(run.stdout.contains("class=\"rowhead\">\(Self.escaped(name))</text>"), "\(name)") }
  }

  /// The page's outline: sections, headings, chart rows and table sizes, pinned by a golden file
  /// (the style sheet and the charts' coordinates may change without touching it).
  @Test func theOutlineOfTheFixtureReport() throws {
    let run = try ReportFixtures.check(["--format", "html"])
    let doc = XMLStructure(run.stdout)
    var outline: [String] = []
    var rows = 0
    func flushRows() {
      if rows > 0 { outline.append("  rows: \(rows)") }
      rows = 0
    }
    for e in doc.elements {
      switch e.name {
      case "section":
        flushRows()
        outline.append("section #\(e.attributes["id"] ?? "")")
      case "h1", "h2", "h3":
        flushRows()
        outline.append("\(e.name): \(e.text.trimmingCharacters(in: .whitespacesAndNewlines))")
      case "dt": outline.append("  \(e.text):")
      case "dd": outline[outline.count - 1] += " \(e.text)"
      case "svg": outline.append("  svg: \(e.attributes["aria-label"] ?? "")")
      case "text" where e.attributes["class"] == "rowhead": outline.append("    row: \(e.text)")
      case "tr": rows += 1
      default: break
      }
    }
    flushRows()
    assertGolden(outline.joined(separator: "\n") + "\n", named: "check.html.outline.txt")
  }
}
