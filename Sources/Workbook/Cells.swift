import SourceDiagnostics

/// A cell's position: 1-based row and column, written `A1` (column letters, then row).
package struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The largest row and column a workbook can have (Excel 2007 and later).
  package static let maxRow = 1_048_576
  package static let maxColumn = 16_384

  /// 1-based row number.
  package var row: Int
  /// 1-based column number (A = 1).
  package var column: Int

  package init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  /// Reads `B12` or `$B$12`; `nil` if it is not a reference inside the sheet's bounds.
  package init?(_ text: String) {
    guard let (reference, rest) = Self.parse(Array(text.utf8)[...]), rest.isEmpty else { return nil }
    self = reference
  }

  /// Reads a reference at the start of `bytes`, returning it and the bytes after it.
  @inline(__always)
  static func parse<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> (CellReference, C.SubSequence)?
  where C.Index == Int {
    var i = bytes.startIndex
    if i < bytes.endIndex && bytes[i] == UInt8(ascii: "$") { i += 1 }
    var column = 0
    var letters = 0
    while i < bytes.endIndex, letters < 4 {
      let b = bytes[i] | 0x20
      guard b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else { break }
      column = column * 26 + Int(b - UInt8(ascii: "a") + 1)
      letters += 1
      i += 1
    }
    if i < bytes.endIndex && bytes[i] == UInt8(ascii: "$") { i += 1 }
    var row = 0
    var digits = 0
    while i < bytes.endIndex, digits < 8, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
      row = row * 10 + Int(bytes[i] - UInt8(ascii: "0"))
      digits += 1
      i += 1
    }
    guard letters > 0, digits > 0, (1...maxRow).contains(row), (1...maxColumn).contains(column) else {
      return nil
    }
    return (CellReference(row: row, column: column), bytes[i...])
  }

  /// The column's letters: 1 → `A`, 27 → `AA`.
  package static func columnName(_ column: Int) -> String {
    var n = column
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }

  /// `A1`.
  package var description: String { "\(Self.columnName(column))\(row)" }

  /// Orders by row, then column (reading order).
  package static func < (lhs: CellReference, rhs: CellReference) -> Bool {
    (lhs.row, lhs.column) < (rhs.row, rhs.column)
  }
}

/// A rectangle of cells, `A1:C3` (a single cell is a range of one).
package struct CellRange: Hashable, Sendable, CustomStringConvertible {
  package var first: CellReference
  package var last: CellReference

  package init(_ first: CellReference, _ last: CellReference) {
    self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
    self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
  }

  /// Reads `A1:C3` or `B2`.
  package init?(_ text: String) {
    let bytes = Array(text.utf8)[...]
    guard let (first, rest) = CellReference.parse(bytes) else { return nil }
    if rest.isEmpty {
      self.init(first, first)
      return
    }
    guard rest.first == UInt8(ascii: ":"), let (last, end) = CellReference.parse(rest.dropFirst()),
      end.isEmpty
    else { return nil }
    self.init(first, last)
  }

  package func contains(_ cell: CellReference) -> Bool {
    (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
  }

  /// `A1:C3`, or `A1` for one cell.
  package var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}

/// A cell's value as the workbook stores it.
package enum CellValue: Hashable, Sendable {
  /// Text: a shared string (rich-text runs joined), an inline string or a formula's text result.
  case text(String)
  /// A number in a cell not formatted as a date.
  case number(Double)
  /// A number in a cell formatted as a date or time: a serial day count in the workbook's
  /// ``DateSystem`` (the fraction is the time of day).
  case date(Double)
  case bool(Bool)
  /// An error value such as `#DIV/0!` or `#N/A`.
  case error(String)
  /// A formula whose writer stored no computed value (the cell's ``Cell/formula`` has it).
  case formulaWithoutValue
}

/// A cell with a value (cells with only a style are not reported).
package struct Cell: Hashable, Sendable {
  package var reference: CellReference
  package var value: CellValue
  /// The formula's text without `=`, when the cell has one (empty for the followers of a
  /// shared formula, whose text is in the first cell).
  package var formula: String?
  /// The number format's code, for cells formatted as dates (`dd/mm/yyyy`, or the built-in
  /// format's usual code).
  package var dateFormat: String?

  package init(
    _ reference: CellReference, _ value: CellValue, formula: String? = nil, dateFormat: String? = nil
  ) {
    self.reference = reference
    self.value = value
    self.formula = formula
    self.dateFormat = dateFormat
  }
}

/// A row that has at least one cell with a value. Rows without any are not reported: compare
/// row numbers to see the empty ones.
package struct Row: Hashable, Sendable {
  /// 1-based row number.
  package var number: Int
  /// The cells in column order.
  package var cells: [Cell]

  package init(number: Int, cells: [Cell]) {
    self.number = number
    self.cells = cells
  }

  /// The cell in a column, if it has a value.
  package func cell(column: Int) -> Cell? {
    cells.first { $0.reference.column == column }
  }
}

/// How a workbook counts days.
package enum DateSystem: String, Hashable, Sendable {
  /// Serial 1 is 1 January 1900, with Lotus 1-2-3's false 29 February 1900 (serial 60), so
  /// that serial 61 is 1 March 1900. The default of Excel on Windows and of other writers.
  case from1900
  /// Serial 0 is 1 January 1904 (`<workbookPr date1904="1"/>`), from old Excel for Mac.
  case from1904

  /// The proleptic Gregorian date of a serial's day, or `nil` before the system's start or past
  /// the year 9999. Serial 60 in the 1900 system, which names no real day, is `nil`.
  package func civilDate(ofSerial serial: Double) -> (year: Int, month: Int, day: Int)? {
    guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
    var days = Int(serial.rounded(.down))
    switch self {
    case .from1900:
      if days < 1 || days == 60 { return nil }
      if days < 60 { days += 1 }
      days += Self.daysFromCivil(1899, 12, 30)
    case .from1904:
      days += Self.daysFromCivil(1904, 1, 1)
    }
    let date = CivilDate(daysSinceEpoch: Int64(days))
    return date.year <= 9999 ? (date.year, date.month, date.day) : nil
  }

  /// The serial of a date, or `nil` before the system's start.
  package func serial(year: Int, month: Int, day: Int) -> Double? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let days = Self.daysFromCivil(year, month, day)
    switch self {
    case .from1900:
      var serial = days - Self.daysFromCivil(1899, 12, 30)
      if serial < 61 { serial -= 1 }
      return serial >= 1 ? Double(serial) : nil
    case .from1904:
      let serial = days - Self.daysFromCivil(1904, 1, 1)
      return serial >= 0 ? Double(serial) : nil
    }
  }

  /// Days since 1970-01-01 (unchecked: a day past the month's end counts on).
  private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    Int(CivilDate.daysSinceEpoch(year: year, month: month, day: day))
  }
}

/// Whether a sheet shows in the workbook's tabs.
package enum SheetVisibility: String, Hashable, Sendable {
  case visible
  case hidden
  case veryHidden
}

/// A sheet as the workbook lists it.
package struct SheetInfo: Hashable, Sendable {
  package var name: String
  /// The zip entry of its XML, such as `xl/worksheets/sheet1.xml`.
  package var part: String
  package var visibility: SheetVisibility
}

/// A sheet's cells.
package struct Sheet: Hashable, Sendable {
  package var info: SheetInfo
  package var name: String { info.name }
  /// The range the writer says the sheet uses (`<dimension ref>`), if it says.
  package var dimension: CellRange?
  /// The merged cell ranges.
  package var mergedRanges: [CellRange]
  /// The rows with values, in order.
  package var rows: [Row]

  /// The value of a cell, if it has one.
  package subscript(_ reference: CellReference) -> Cell? {
    rows.first { $0.number == reference.row }?.cell(column: reference.column)
  }
}
