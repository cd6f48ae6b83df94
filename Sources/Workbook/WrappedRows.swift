/// How tall a row of wrapped text must be. A spreadsheet grows such a row when the text is
/// typed in it, but not always when it opens a file (LibreOffice keeps a row with no height at
/// the default, and the text spills over the rows below): the writer gives each row of
/// wrapped cells its height.
///
/// The estimate counts characters, not glyph widths: a line of a column `width` wide (in widths
/// of the digit 0) holds 1.1 characters a unit of width, or one in bold, less one for the
/// cell's margins. The DejaVu Sans that LibreOffice shows in place of Calibri on a machine
/// without it, the widest of the fonts a sheet is likely to be shown in, fits about 1.2 a unit
/// of Vietnamese text in lower case (1.1 in bold, 1.0 in capitals); Calibri fits more. A row
/// may come out a line too tall, seldom too short.
extension WorkbookWriter {
  /// The height in points of one line of 11-point text.
  package static let lineHeight = 15.0
  /// The width of a column with no width of its own (Excel's default).
  package static let defaultColumnWidth = 8.43

  /// The characters that fit on one line of a column `width` wide.
  package static func charactersPerLine(width: Double, bold: Bool = false) -> Int {
    max(1, Int(width * (bold ? 1 : 1.1)) - 1)
  }

  /// The lines a text takes, wrapped in a column `width` wide: a line feed starts a line, words
  /// break at spaces, and a word longer than a line runs over as many lines as it fills.
  package static func wrappedLineCount(_ text: String, width: Double, bold: Bool = false) -> Int {
    let perLine = charactersPerLine(width: width, bold: bold)
    var lines = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += 1
      var used = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        let length = word.count
        if used > 0 && used + 1 + length <= perLine {
          used += 1 + length
          continue
        }
        if used > 0 { lines += 1 }
        // A word wider than a line fills whole lines; what is left of it starts the next.
        lines += max(0, (length - 1) / perLine)
        used = length - (length - 1) / perLine * perLine
      }
    }
    return max(1, lines)
  }

  /// The height of a row whose text cells wrap: as many lines as its tallest cell, in the
  /// column widths of `sheet`.
  static func wrappedRowHeight(_ row: [Value], in sheet: SheetContent, bold: Bool) -> Double {
    var lines = 1
    for (c, value) in row.enumerated() {
      guard case .text(let text) = value else { continue }
      let width = sheet.columnWidths[c + 1] ?? defaultColumnWidth
      lines = max(lines, wrappedLineCount(text, width: width, bold: bold))
    }
    return Double(lines) * lineHeight
  }
}
