import Foundation
import TestSupport
import Testing

/// The fewest lines a text can take in a column: DejaVu Sans, which LibreOffice shows in place
/// of Calibri when it is missing, fits about 1.25 lower-case characters of Vietnamese a unit of
/// column width (1.1 in bold), measured on LibreOffice's PDF of such cells.
private func fewestLines(_ text: String, width: Double, bold: Bool) -> Int {
  let perLine = width * (bold ? 1.1 : 1.25)
  return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { lines, paragraph in
    lines + max(1, Int((Double(paragraph.count) / perLine).rounded(.up)))
  }
}

/// The height in points below which a line of 11-point text does not fit (LibreOffice's line
/// of DejaVu Sans is about 13.6 points).
private let lineHeight = 13.0

/// The column letters of a cell reference and its row number.
private func split(_ reference: String) -> (column: String, row: String) {
  (String(reference.prefix { $0.isLetter }), String(reference.drop { $0.isLetter }))
}

@Suite struct TemplateLayoutTests {
  /// A spreadsheet opening the template does not grow a row for its wrapped text (LibreOffice
  /// keeps the default height, and the text spills over the rows below): every row of the
  /// guide, and each header, says how tall it is, tall enough for its longest cell.
  @Test(arguments: ["province", "commune"])
  func wrappedRowsOfTheTemplateAreTallEnoughForTheirText(kind: String) throws {
    let folder = try WorkbookFolder()
    let out = try dqtv(["init", kind, "--format", "xlsx", "-o", folder.path("mau.xlsx")])
    #expect(out.status == 0, "\(out.stderr)")
    let sheets = try openpyxlSheets(folder.path("mau.xlsx"))
    let guide = try #require(sheets.first { $0["name"] as? String == "Hướng dẫn" })
    let guideCells = try #require(guide["cells"] as? [String: [Any]])
    let guideWidths = try #require(guide["widths"] as? [String: Double])
    let guideHeights = try #require(guide["heights"] as? [String: Double])
    let guideWrapped = Set(try #require(guide["wrapped"] as? [String]))
    var needed: [String: Int] = [:]
    for (reference, cell) in guideCells {
      let text = try #require(cell[0] as? String, "\(reference)")
      let (column, row) = split(reference)
      let width = try #require(guideWidths[column], "column \(column)")
      #expect(guideWrapped.contains(reference), "\(reference) does not wrap")
      needed[row] = max(needed[row] ?? 1, fewestLines(text, width: width, bold: row == "1"))
    }
    #expect(needed.count > 40)
    #expect(needed.values.contains { $0 > 1 }, "no guide row needs several lines")
    for (row, lines) in needed {
      let height = guideHeights[row]
      #expect(height != nil, "guide row \(row) has no height")
      #expect((height ?? 0) >= lineHeight * Double(lines), "guide row \(row): \(lines) lines in \(height ?? 0) points")
    }
    // A field code is one word to a spreadsheet: its column holds the longest on one line.
    let codes = guideCells.filter { split($0.key).column == "C" && split($0.key).row != "1" }
    let longestCode = codes.values.compactMap { $0[0] as? String }.map(\.count).max() ?? 0
    #expect(longestCode >= "province.education_council.decision.number".count || kind == "commune")
    #expect(Double(longestCode + 1) <= guideWidths["C"] ?? 0)

    // Each table's header: the `(code)` of a title on one line, the row tall enough for both.
    for sheet in sheets where sheet["freeze"] as? String == "A2" && sheet["name"] as? String != "Hướng dẫn" {
      let name = sheet["name"] as? String ?? ""
      let cells = try #require(sheet["cells"] as? [String: [Any]])
      let widths = try #require(sheet["widths"] as? [String: Double])
      let wrapped = Set(try #require(sheet["wrapped"] as? [String]))
      var lines = 1
      for (reference, cell) in cells where split(reference).row == "1" {
        let header = try #require(cell[0] as? String)
        let width = try #require(widths[split(reference).column])
        #expect(wrapped.contains(reference), "\(name)!\(reference) does not wrap")
        let code = header.split(separator: " ").last.map(String.init) ?? header
        #expect(code.hasPrefix("(") && code.hasSuffix(")"), "\(header)")
        #expect(Double(code.count + 1) <= width, "\(name)!\(reference): \(code) in a column \(width) wide")
        lines = max(lines, fewestLines(header, width: width, bold: true))
      }
      let height = (sheet["heights"] as? [String: Double])?["1"]
      #expect((height ?? 0) >= lineHeight * Double(lines), "\(name): header of \(lines) lines in \(height ?? 0) points")
    }
  }
}
