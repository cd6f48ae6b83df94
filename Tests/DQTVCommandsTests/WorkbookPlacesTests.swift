import Foundation
import TestSupport
import Testing

/// Every report places what it says about a workbook at its cell (`Sheet!F12`), as
/// `SourceLocation.description` gives it: the line of a file that was not judged, in each
/// format.
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
}
