import SourceDiagnostics
import Workbook

/// The rows of one table as a workbook holds them: its sheet, where each column is, and the
/// data rows with their cells by column.
struct TableRows {
  struct DataRow {
    var number: Int
    /// The first column with a value.
    var firstColumn: Int
    /// Each column's cell, by the column's index in the layout's table.
    var cells: [Int: Cell]
  }

  var table: Int
  var sheet: String
  var headerRow: Int
  /// The sheet column of each layout column present, by the column's index.
  var columnAt: [Int: Int]
  var rows: [DataRow]
}

/// Finds each table's sheet and reads its header and rows, reporting what stops the reading
/// (diagnostics: exit 2) and what is a break of the format (findings, at their cells).
struct WorkbookTableReader {
  let layout: WorkbookLayout
  let workbook: Workbook
  var findings: [Finding] = []
  var diagnostics: [Diagnostic] = []

  init(layout: WorkbookLayout, workbook: Workbook) {
    self.layout = layout
    self.workbook = workbook
  }

  private var file: String { workbook.file }

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
        path: path))
  }

  /// Each sheet's table: by the map sheet, else by the sheet's name.
  mutating func assignSheets() -> [Int: Sheet] {
    var mapped: [String: Int] = [:]
    if let map = workbook.sheet(named: WorkbookLayout.mapSheet) {
      for row in map.rows {
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
    var byTable: [Int: Sheet] = [:]
    for sheet in workbook.sheets {
      let skipped = [WorkbookLayout.mapSheet, WorkbookLayout.guideSheet, WorkbookWriterNames.lists]
      if skipped.contains(sheet.name) { continue }
      guard let t = mapped[sheet.name] ?? layout.table(named: sheet.name) else {
        if sheet.info.visibility == .visible && !sheet.rows.isEmpty {
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
  mutating func checkRequired(_ byTable: [Int: Sheet]) {
    for (i, t) in layout.tables.enumerated() where t.required && byTable[i] == nil {
      diagnostics.append(
        Diagnostic(
          code: DiagnosticCode(WorkbookInputMessage.missingSheet.code),
          text: WorkbookInputMessage.missingSheet(["sheet": t.sheetName, "table": t.path]),
          location: SourceLocation(file: file, line: 1, column: 1)))
    }
  }

  /// A table's header and data rows.
  mutating func rows(of table: Int, in sheet: Sheet) -> TableRows {
    let t = layout.tables[table]
    guard let header = sheet.rows.first else {
      return TableRows(table: table, sheet: sheet.name, headerRow: 1, columnAt: [:], rows: [])
    }
    var columnAt: [Int: Int] = [:]
    var known: Set<Int> = []
    for cell in header.cells {
      guard case .text(let text) = cell.value, !text.trimmingSpaces.isEmpty else { continue }
      let place = at(sheet.name, cell.reference)
      guard let c = layout.column(of: table, header: text) else {
        let code = WorkbookLayout.code(inHeader: text)
        let typeName = t.type.title?.vi ?? t.type.name
        if let s = NameSuggestion.nearest(to: code, in: t.columns.map(\.code)) {
          report(
            .unknownColumnSuggestion, ["header": code, "table": typeName, "suggestion": s], at: place,
            path: t.path == WorkbookLayout.rootPath ? "" : t.path)
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
      known.insert(cell.reference.column)
    }
    for range in sheet.mergedRanges where range.last.row > header.number {
      diagnose(.mergedCells, ["range": "\(range)"], at: at(sheet.name, range.first))
    }
    let columnOf = Dictionary(uniqueKeysWithValues: columnAt.map { ($0.value, $0.key) })
    var data: [TableRows.DataRow] = []
    for row in sheet.rows.dropFirst() {
      var cells: [Int: Cell] = [:]
      var first = Int.max
      for cell in row.cells {
        guard let c = columnOf[cell.reference.column] else { continue }
        switch cell.value {
        case .formulaWithoutValue:
          diagnose(.formulaWithoutValue, ["formula": cell.formula ?? ""], at: at(sheet.name, cell.reference))
          continue
        case .error(let e):
          diagnose(.errorValue, ["value": e], at: at(sheet.name, cell.reference))
          continue
        case .text(let s) where s.trimmingSpaces.isEmpty:
          continue
        default: break
        }
        cells[c] = cell
        first = min(first, cell.reference.column)
      }
      if !cells.isEmpty { data.append(TableRows.DataRow(number: row.number, firstColumn: first, cells: cells)) }
    }
    return TableRows(table: table, sheet: sheet.name, headerRow: header.number, columnAt: columnAt, rows: data)
  }
}

/// Names the workbook writer gives its own sheets.
enum WorkbookWriterNames {
  static let lists = WorkbookWriter.listSheetName
}
