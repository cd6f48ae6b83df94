import SourceDiagnostics
import Workbook

/// The rows of one table as a workbook holds them: its sheet, where each column is, and the
/// data rows with their values by column.
struct TableRows {
  struct DataRow {
    var number: Int
    /// The first column with a value.
    var firstColumn: Int
    /// Each layout column's value and sheet column, by the column's index in the layout's table.
    var cells: [(value: CellValue, column: Int32)?]
    subscript(_ c: Int) -> (value: CellValue, column: Int32)? { cells[c] }
  }

  var table: Int
  var sheet: String
  var sheetIndex: UInt16
  var headerRow: Int
  /// The sheet column of each layout column present, by the column's index.
  var columnAt: [Int: Int]
  var rows: [DataRow]
}

/// Finds each table's sheet and reads its header and rows one sheet at a time (the workbook's
/// cells are never all held), reporting what stops the reading (diagnostics: exit 2) and what
/// is a break of the format (findings, at their cells).
struct WorkbookTableReader {
  let layout: WorkbookLayout
  var findings: [Finding] = []
  var diagnostics: [Diagnostic] = []
  let file: String

  init(layout: WorkbookLayout, file: String) {
    self.layout = layout
    self.file = file
  }

  private func at(_ sheet: String, _ cell: CellReference) -> SourceLocation {
    SourceLocation(file: file, sheet: sheet, row: cell.row, column: cell.column)
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
    var result = TableRows(table: table, sheet: sheet.name, sheetIndex: index, headerRow: 1, columnAt: [:], rows: [])
    // The layout column of each sheet column (-1 for none), by sheet column.
    var columnOf: [Int] = []
    var seenHeader = false
    let width = layout.tables[table].columns.count
    let layoutOfSheet = try workbook.forEachRow(of: sheet) { row in
      guard seenHeader else {
        seenHeader = true
        result.headerRow = row.number
        readHeader(row, table: table, sheet: sheet.name, into: &result.columnAt)
        columnOf = [Int](repeating: -1, count: (result.columnAt.values.max() ?? 0) + 1)
        for (c, column) in result.columnAt { columnOf[column] = c }
        return
      }
      var cells = [(value: CellValue, column: Int32)?](repeating: nil, count: width)
      var first = Int.max
      var any = false
      for cell in row.cells {
        let sheetColumn = cell.reference.column
        guard sheetColumn < columnOf.count, columnOf[sheetColumn] >= 0 else { continue }
        let c = columnOf[sheetColumn]
        switch cell.value {
        case .formulaWithoutValue:
          diagnose(.formulaWithoutValue, ["formula": cell.formula ?? ""], at: at(sheet.name, cell.reference))
          continue
        case .error(let e):
          diagnose(.errorValue, ["value": e], at: at(sheet.name, cell.reference))
          continue
        case .text(let s) where s.isBlank:
          continue
        default: break
        }
        cells[c] = (cell.value, Int32(cell.reference.column))
        first = min(first, cell.reference.column)
        any = true
      }
      if any { result.rows.append(TableRows.DataRow(number: row.number, firstColumn: first, cells: cells)) }
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
