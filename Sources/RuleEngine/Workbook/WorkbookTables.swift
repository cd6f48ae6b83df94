import SourceDiagnostics
import Workbook

/// The rows of one table as a workbook holds them: its sheet, where each column is, and the
/// data rows with their values by column.
struct TableRows {
  /// A layout column's value in a row, and its sheet column (0 when the row has none).
  struct Slot {
    enum Kind: UInt8 { case empty, text, number, date, bool }
    var column: Int32 = 0
    var kind = Kind.empty
    /// A number's bits, or for a text its offset in the reader's text buffer (high half) and
    /// its length (low half).
    var payload: UInt64 = 0
  }

  struct DataRow {
    var number: Int
    /// The first column with a value.
    var firstColumn: Int
    /// The index of the row's first slot in ``TableRows/slots``.
    var first: Int
  }

  var table: Int
  var sheet: String
  var sheetIndex: UInt16
  var headerRow: Int
  /// The sheet column of each layout column present, by the column's index.
  var columnAt: [Int: Int]
  var rows: [DataRow]
  /// The values of the rows: one slot for each column of the layout's table, row after row.
  var slots: [Slot] = []
  /// The number of columns of the layout's table.
  var width: Int

  /// A layout column's value in a row, if it has one.
  @inline(__always)
  func slot(_ row: DataRow, _ c: Int) -> Slot? {
    let s = slots[row.first + c]
    return s.kind == .empty ? nil : s
  }
}

/// Finds each table's sheet and reads its header and rows one sheet at a time (the workbook's
/// cells are never all held), reporting what stops the reading (diagnostics: exit 2) and what
/// is a break of the format (findings, at their cells).
struct WorkbookTableReader {
  let layout: WorkbookLayout
  var findings: [Finding] = []
  var diagnostics: [Diagnostic] = []
  let file: String
  /// The bytes of every text kept: the workbook's shared strings, then the other texts.
  var text: [UInt8]
  private let shared: SharedStrings

  init(layout: WorkbookLayout, file: String, shared: SharedStrings) {
    self.layout = layout
    self.file = file
    self.shared = shared
    text = shared.bytes
  }

  private func at(_ sheet: String, _ cell: CellReference) -> SourceLocation {
    SourceLocation(file: file, sheet: sheet, row: cell.row, column: cell.column)
  }

  private func at(_ sheet: String, _ row: RawRow, _ cell: RawCell) -> SourceLocation {
    SourceLocation(file: file, sheet: sheet, row: row.number, column: Int(cell.column))
  }

  private mutating func diagnose(_ m: WorkbookInputMessage, _ values: KeyValuePairs<String, String>, at: SourceLocation)
  {
    diagnostics.append(Diagnostic(code: DiagnosticCode(m.code), text: m(values), location: at))
  }

  private mutating func report(
    _ m: WorkbookInputMessage, _ values: KeyValuePairs<String, String>, at location: SourceLocation,
    path: String, severity: Severity = .error
  ) {
    findings.append(
      Finding(
        rule: Finding.schemaRule, kind: .schema, severity: severity, message: m(values), location: location,
        path: path == WorkbookLayout.rootPath ? "" : path))
  }

  /// Each table's sheet: by the map sheet, else by the sheet's name.
  mutating func assignSheets(_ workbook: inout WorkbookFile) throws(WorkbookError) -> [Int: SheetInfo] {
    var mapped: [String: Int] = [:]
    if let info = workbook.sheets.first(where: { $0.name == WorkbookLayout.mapSheet }) {
      for row in try workbook.readSheet(info).rows {
        guard case .text(let name)? = row.cell(column: 1)?.value, case .text(let path)? = row.cell(column: 2)?.value,
          row.number > 1 || path != "table"
        else { continue }
        guard let t = layout.tables.firstIndex(where: { $0.path == path.trimmingSpaces }) else {
          diagnose(
            .unknownTable, ["map": WorkbookLayout.mapSheet, "sheet": name, "table": path],
            at: at(WorkbookLayout.mapSheet, CellReference(row: row.number, column: 2)))
          continue
        }
        mapped[name] = t
      }
    }
    var byTable: [Int: SheetInfo] = [:]
    let skipped = [WorkbookLayout.mapSheet, WorkbookLayout.guideSheet, WorkbookWriter.listSheetName]
    for sheet in workbook.sheets where !skipped.contains(sheet.name) {
      guard let t = mapped[sheet.name] ?? layout.table(named: sheet.name) else {
        if sheet.visibility == .visible, try !workbook.readSheet(sheet).rows.isEmpty {
          report(
            .unknownSheet, ["sheet": sheet.name], at: at(sheet.name, CellReference(row: 1, column: 1)), path: "",
            severity: .warning)
        }
        continue
      }
      if let first = byTable[t] {
        diagnose(
          .duplicateTable, ["first": first.name, "second": sheet.name, "table": layout.tables[t].path],
          at: at(sheet.name, CellReference(row: 1, column: 1)))
        continue
      }
      byTable[t] = sheet
    }
    return byTable
  }

  /// Reports the required tables that have no sheet.
  mutating func checkRequired(_ byTable: [Int: SheetInfo]) {
    for (i, t) in layout.tables.enumerated() where t.required && byTable[i] == nil {
      diagnose(
        .missingSheet, ["sheet": t.sheetName, "table": t.path], at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  /// A table's header (its sheet's first row with a value) and data rows, read as they stream.
  mutating func rows(
    of table: Int, in sheet: SheetInfo, index: UInt16, from workbook: inout WorkbookFile
  )
    throws(WorkbookError) -> TableRows
  {
    let width = layout.tables[table].columns.count
    var result = TableRows(
      table: table, sheet: sheet.name, sheetIndex: index, headerRow: 1, columnAt: [:], rows: [], width: width)
    // The layout column of each sheet column (-1 for none), by sheet column.
    var columnOf: [Int] = []
    var seenHeader = false
    var header: [Cell] = []
    let layoutOfSheet = try workbook.forEachRawRow(of: sheet) { raw in
      guard seenHeader else {
        seenHeader = true
        result.headerRow = raw.number
        header = raw.cells.map { c in
          let reference = CellReference(row: raw.number, column: Int(c.column))
          switch c.kind {
          case .text: return Cell(reference, .text(String(decoding: raw.bytes(c.text), as: UTF8.self)))
          case .shared: return Cell(reference, .text(shared.string(Int(c.number))))
          default: return Cell(reference, .number(0))
          }
        }
        readHeader(Row(number: raw.number, cells: header), table: table, sheet: sheet.name, into: &result.columnAt)
        columnOf = [Int](repeating: -1, count: (result.columnAt.values.max() ?? 0) + 1)
        for (c, column) in result.columnAt { columnOf[column] = c }
        return
      }
      let first = result.slots.count
      result.slots.append(contentsOf: repeatElement(TableRows.Slot(), count: width))
      var firstColumn = Int.max
      for cell in raw.cells {
        let sheetColumn = Int(cell.column)
        guard sheetColumn < columnOf.count, columnOf[sheetColumn] >= 0 else { continue }
        let c = columnOf[sheetColumn]
        var slot = TableRows.Slot(column: cell.column)
        switch cell.kind {
        case .formulaWithoutValue:
          let formula = String(decoding: raw.bytes(cell.formula), as: UTF8.self)
          diagnose(.formulaWithoutValue, ["formula": formula], at: at(sheet.name, raw, cell))
          continue
        case .error:
          let value = String(decoding: raw.bytes(cell.text), as: UTF8.self)
          diagnose(.errorValue, ["value": value], at: at(sheet.name, raw, cell))
          continue
        case .text:
          let bytes = raw.bytes(cell.text)
          if Self.isBlank(bytes) { continue }
          slot.kind = .text
          slot.payload = UInt64(text.count) << 32 | UInt64(bytes.count)
          text.append(contentsOf: bytes)
        case .shared:
          let range = shared.range(Int(cell.number))
          let blank = text.withUnsafeBufferPointer { Self.isBlank(UnsafeBufferPointer(rebasing: $0[range])) }
          if blank { continue }
          slot.kind = .text
          slot.payload = UInt64(range.lowerBound) << 32 | UInt64(range.count)
        case .number:
          slot.kind = .number
          slot.payload = cell.number.bitPattern
        case .date:
          slot.kind = .date
          slot.payload = cell.number.bitPattern
        case .bool:
          slot.kind = .bool
          slot.payload = cell.number.bitPattern
        }
        result.slots[first + c] = slot
        firstColumn = min(firstColumn, sheetColumn)
      }
      if firstColumn == .max {
        result.slots.removeLast(width)
      } else {
        result.rows.append(TableRows.DataRow(number: raw.number, firstColumn: firstColumn, first: first))
      }
    }
    for range in layoutOfSheet.mergedRanges where range.last.row > result.headerRow {
      diagnose(.mergedCells, ["range": "\(range)"], at: at(sheet.name, range.first))
    }
    return result
  }

  /// Finds the layout column of each header cell; reports the unknown and repeated ones.
  private mutating func readHeader(_ header: Row, table: Int, sheet: String, into columnAt: inout [Int: Int]) {
    let t = layout.tables[table]
    for cell in header.cells {
      guard case .text(let text) = cell.value, !text.isBlank else { continue }
      let place = at(sheet, cell.reference)
      guard let c = layout.column(of: table, header: text) else {
        let code = WorkbookLayout.code(inHeader: text)
        let typeName = t.type.title?.vi ?? t.type.name
        if let s = NameSuggestion.nearest(to: code, in: t.columns.map(\.code)) {
          report(
            .unknownColumnSuggestion, ["header": code, "table": typeName, "suggestion": s], at: place, path: t.path)
        } else {
          report(.unknownColumn, ["header": code, "table": typeName], at: place, path: t.path)
        }
        continue
      }
      if let first = columnAt[c] {
        let firstCell = CellReference(row: header.number, column: first)
        report(.duplicateColumn, ["code": t.columns[c].code, "first": "\(firstCell)"], at: place, path: t.path)
        continue
      }
      columnAt[c] = cell.reference.column
    }
  }
}

extension WorkbookTableReader {
  /// Whether the text of valid UTF-8 bytes is empty or only spaces, as ``String/isBlank`` tells.
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in bytes where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
      if b < 0x80 || !String.mayStartSpace(b) { return false }
      return String(decoding: bytes, as: UTF8.self).trimmingSpaces.isEmpty
    }
    return true
  }
}

extension String {
  /// Whether the text is empty or only spaces (ASCII is looked at byte by byte).
  var isBlank: Bool {
    for b in utf8 where b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
      if b < 0x80 || !String.mayStartSpace(b) { return false }
      return trimmingSpaces.isEmpty
    }
    return true
  }
}
