import Foundation
import TestSupport
import Testing

/// Every report places what it says about a workbook at its cell (`Sheet!F12`), as
/// `SourceLocation.description` gives it: the line of a file that was not judged, in each
/// format, and the names of JUnit's cases.
@Suite struct WorkbookPlacesTests {
  /// The root's sheet, named by the root type's title; `as_of` is its second column.
  static let rootSheet = "Báo cáo tổ chức Dân quân tự vệ"

  /// A workbook of the compliant sample whose `as_of` is no real date.
  static func workbookWithoutADate(_ folder: WorkbookFolder) throws -> String {
    let bad = try TempPacks.sample.replacingOccurrences(of: "\nas_of: 2026-06-30\n", with: "\nas_of: \"2026-02-30\"\n")
    let yaml = try folder.write("bad.yaml", Array(bad.utf8))
    let workbook = folder.path("bad.xlsx")
    let convert = try dqtv(["convert", yaml, "-o", workbook])
    #expect(convert.status == 0, "\(convert)")
    return workbook
  }

  @Test func theLineOfAFileNotJudgedGivesItsCell() throws {
    let folder = try WorkbookFolder()
    let workbook = try Self.workbookWithoutADate(folder)
    let cell = "\(workbook):\(Self.rootSheet)!B2"

    let text = try dqtv(["check", workbook, "--lang", "en"])
    #expect(text.status == 2, "\(text)")
    #expect(text.stdout.contains("\(cell): error: not judged: no date: "), "\(text.stdout)")
    #expect(!text.stdout.contains("\(workbook):2:2"), "\(text.stdout)")

    let html = try dqtv(["check", workbook, "--lang", "en", "--format", "html"])
    #expect(html.stdout.contains("<div class=\"reason\">\(cell): "), "\(html.stdout.prefix(4000))")

    let junit = try dqtv(["check", workbook, "--lang", "en", "--format", "junit"])
    #expect(junit.stdout.contains("message=\"\(cell): not judged: no date: "), "\(junit.stdout)")
    #expect(!junit.stdout.contains("\(workbook):2:2"), "\(junit.stdout)")
  }

  /// JSON names the problem's sheet and cell beside its row and column, and SARIF names them in
  /// a logical location, as each does for a finding.
  @Test func theStructuredReportsNameTheProblemsCell() throws {
    let folder = try WorkbookFolder()
    let workbook = try Self.workbookWithoutADate(folder)

    let json = try dqtv(["check", workbook, "--lang", "en", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let files = try #require(object["submissions"] as? [[String: Any]], "\(json.stdout)")
    let problem = try #require((files.first?["problems"] as? [[String: Any]])?.first, "\(json.stdout)")
    #expect(problem["line"] as? Int == 2 && problem["column"] as? Int == 2, "\(problem)")
    #expect(problem["sheet"] as? String == Self.rootSheet, "\(problem)")
    #expect(problem["cell"] as? String == "B2", "\(problem)")

    let sarif = try dqtv(["check", workbook, "--lang", "en", "--format", "sarif"])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let note = try #require(
      ((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])?.first,
      "\(sarif.stdout)")
    let location = try #require((note["locations"] as? [[String: Any]])?.first)
    let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first, "\(location)")
    #expect(logical["fullyQualifiedName"] as? String == "\(Self.rootSheet)!B2", "\(logical)")
    #expect(logical["kind"] as? String == "element")
  }

  /// Each JUnit case of a finding in a workbook ends with the finding's cell, the place the
  /// text report gives the same rule.
  @Test func junitCasesOfAWorkbookAreNamedByTheirCells() throws {
    let folder = try WorkbookFolder()
    let workbook = folder.path("mistakes.xlsx")
    let sample = packageRoot().appendingPathComponent("samples/commune-mistakes.yaml").path
    let convert = try dqtv(["convert", sample, "-o", workbook])
    #expect(convert.status == 0, "\(convert)")

    let text = try dqtv(["check", workbook, "--lang", "en"])
    #expect(text.status == 1, "\(text)")
    var textPlaces: Set<String> = []
    let line = try Regex(#"^(.+): (?:error|warning|info): \[([A-Z0-9.\-_]+)\]"#)
    for l in text.stdout.split(separator: "\n") where l.hasPrefix(workbook + ":") {
      let rest = l.dropFirst(workbook.count + 1)
      guard let m = try line.firstMatch(in: String(rest)) else { continue }
      textPlaces.insert("\(m.output[2].substring ?? "") \(m.output[1].substring ?? "")")
    }
    #expect(textPlaces.count > 3, "\(text.stdout)")
    #expect(textPlaces.allSatisfy { $0.contains("!") }, "\(textPlaces)")

    let junit = try dqtv(["check", workbook, "--lang", "en", "--format", "junit"])
    let xml = junit.stdout.replacingOccurrences(of: "&amp;", with: "&")
    let name = try Regex(#"<testcase classname="[^"]*" name="([A-Z0-9.\-_]+) [^"]* \(([^()"]*)\)""#)
    let cases = xml.matches(of: name).map { "\($0.output[1].substring ?? "") \($0.output[2].substring ?? "")" }
    #expect(!cases.isEmpty, "\(junit.stdout.prefix(3000))")
    #expect(Set(cases) == textPlaces, "\(Set(cases).symmetricDifference(textPlaces).sorted())")
    #expect(!(try Regex(#"name="[^"]* \(\d+:\d+\)""#).firstMatch(in: xml) != nil), "\(junit.stdout.prefix(3000))")
  }
}
