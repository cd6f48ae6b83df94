import Foundation
import TestSupport
import Testing

/// Findings in a workbook, in every report: at `Sheet!F12`.
@Suite struct WorkbookReportTests {
  static let workbook = "Tests/Fixtures/xlsx/commune-mistakes-openpyxl.xlsx"

  @Test func sarifOfAWorkbookIsValidAndNamesTheCell() throws {
    let run = try runDQTV(["check", Self.workbook, "--format", "sarif", "--lang", "en"])
    #expect(run.status == 1)
    #expect(try sarifSchemaViolations(run.stdout) == [])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    for r in results {
      let location = try #require((r["locations"] as? [[String: Any]])?.first)
      let logical = try #require(location["logicalLocations"] as? [[String: Any]])
      let cell = try #require(logical.first { $0["kind"] as? String == "element" })
      let name = try #require(cell["fullyQualifiedName"] as? String)
      let region = try #require((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
      // `Sheet!F12`: the row is the region's start line.
      #expect(name.contains("!"))
      #expect(name.hasSuffix(String(region["startLine"] ?? -1)))
      #expect(cell["name"] as? String == name.split(separator: "!").last.map(String.init))
    }
  }

  @Test func junitAndHTMLShowTheSheetAndCell() throws {
    let junit = try runDQTV(["check", Self.workbook, "--format", "junit", "--lang", "en"])
    #expect(junit.stdout.contains("commune-mistakes-openpyxl.xlsx:Xã, phường, đặc khu!"))
    let html = try runDQTV(["check", Self.workbook, "--format", "html", "--lang", "en"])
    #expect(html.stdout.range(of: #"Dân quân![A-Z]+[0-9]+"#, options: .regularExpression) != nil)
    #expect(!html.stdout.contains("line 0"))
  }
}
