/// A span of a source text: from `start` (inclusive) to `end` (exclusive).
///
/// Both ends use the units of ``SourcePosition``: 1-based lines, 1-based columns in Unicode scalars.
package struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The first position inside the span.
  package var start: SourcePosition
  /// The first position after the span.
  package var end: SourcePosition

  /// Creates a range; `end` defaults to `start` (an empty span, a point).
  package init(start: SourcePosition, end: SourcePosition? = nil) {
    self.start = start
    self.end = end ?? start
  }

  /// Orders by start, then by end.
  package static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  /// `line:column-line:column`.
  package var description: String { "\(start)-\(end)" }
}

/// A range in a named file: in a text file, lines and columns; in a workbook, a sheet and the
/// cell at row `line`, column `column` (1-based, `A` is 1).
///
/// A cell travels as a line and column with the sheet's name beside them, so that every place
/// that sorts, groups or prints locations keeps working, and machine outputs keep their
/// `line`/`column` fields (a row and a column number) with the sheet and the `F12` name added.
package struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The file's path as the user gave it (not made absolute), or a name such as `<stdin>`.
  package var file: String
  /// Where in the file (for a cell, line is the row and column the column).
  package var range: SourceRange
  /// The sheet, when the file is a workbook; `nil` for text files.
  package var sheet: String?

  /// Creates a location.
  package init(file: String, range: SourceRange, sheet: String? = nil) {
    self.file = file
    self.range = range
    self.sheet = sheet
  }

  /// Creates a location of a single point.
  package init(file: String, line: Int, column: Int, offset: Int = 0) {
    self.init(file: file, range: SourceRange(start: SourcePosition(line: line, column: column, offset: offset)))
  }

  /// Creates the location of a cell of a workbook's sheet.
  package init(file: String, sheet: String, row: Int, column: Int) {
    self.init(file: file, range: SourceRange(start: SourcePosition(line: row, column: column)), sheet: sheet)
  }

  /// The start line, 1-based (a cell's row).
  package var line: Int { range.start.line }
  /// The start column, 1-based, in Unicode scalars (a cell's column).
  package var column: Int { range.start.column }

  /// The cell's name such as `F12`, when the location is a cell.
  package var cell: String? {
    sheet == nil ? nil : "\(Self.columnLetters(range.start.column))\(range.start.line)"
  }

  /// The place inside the file without the file: `Sheet!F12` for a cell, `line:column` otherwise.
  package var place: String {
    if let sheet, let cell { return "\(sheet)!\(cell)" }
    return "\(range.start.line):\(range.start.column)"
  }

  /// The letters of a 1-based column: 1 is `A`, 27 is `AA`.
  package static func columnLetters(_ column: Int) -> String {
    var n = max(column, 1)
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(Character(UnicodeScalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }

  /// Orders by file, then by sheet (text places first), then by range.
  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    if lhs.file != rhs.file { return lhs.file < rhs.file }
    if lhs.sheet != rhs.sheet { return (lhs.sheet ?? "") < (rhs.sheet ?? "") }
    return lhs.range < rhs.range
  }

  /// `file:line:column`, the form compilers and editors use; `file:Sheet!F12` for a cell.
  package var description: String { "\(file):\(place)" }
}

/// A value together with the place it was read from.
package struct Located<Value> {
  /// The value.
  package var value: Value
  /// Where it was read.
  package var location: SourceLocation

  /// Pairs a value with its location.
  package init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
