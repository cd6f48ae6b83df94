import SourceDiagnostics
import Workbook
import YAML

/// What reading a workbook as a submission gave: the data as a YAML document whose every node
/// is placed at its cell (for the schema decoder to read like any submission), the breaks of
/// the format the workbook alone shows (findings), and what stops the check (diagnostics).
package struct WorkbookSubmission: Sendable {
  package let document: YAMLDocument?
  package let findings: [Finding]
  package let diagnostics: [Diagnostic]
}

/// Reads a workbook laid out by ``WorkbookLayout`` into the tree a YAML submission has.
package struct WorkbookSubmissionReader {
  package let layout: WorkbookLayout

  package init(schema: Schema) {
    layout = WorkbookLayout(schema: schema)
  }

  /// Reads an opened workbook, one sheet at a time; a problem of the file itself (a damaged
  /// part, a sheet past the row limit) is thrown.
  package func read(_ workbook: inout WorkbookFile) throws(WorkbookError) -> WorkbookSubmission {
    var tables = WorkbookTableReader(layout: layout, file: workbook.file)
    let sheets = try tables.assignSheets(&workbook)
    tables.checkRequired(sheets)
    var assembler = CellTreeAssembler(file: workbook.file)
    var rows: [Int: TableRows] = [:]
    for (t, sheet) in sheets.sorted(by: { $0.key < $1.key }) {
      rows[t] = try tables.rows(of: t, in: sheet, index: assembler.addSheet(sheet.name), from: &workbook)
    }
    guard tables.diagnostics.isEmpty else {
      return WorkbookSubmission(document: nil, findings: tables.findings, diagnostics: tables.diagnostics.sorted())
    }
    var emitter = TreeEmitter(
      layout: layout, rows: rows, text: CellText(schema: layout.schema, dateSystem: workbook.dateSystem),
      file: workbook.file, assembler: assembler)
    emitter.link()
    emitter.emitRoot()
    let result = emitter.assembler.document()
    return WorkbookSubmission(
      document: result.document, findings: tables.findings + emitter.findings, diagnostics: result.diagnostics.sorted)
  }
}

/// Writes the tables' rows as one tree: each table's rows under the row of the record that
/// holds them, found by the link columns.
struct TreeEmitter {
  let layout: WorkbookLayout
  let rows: [Int: TableRows]
  let text: CellText
  let file: String
  var assembler: CellTreeAssembler
  var findings: [Finding] = []
  /// For each table, the rows each holder row holds: by holder row index (-1 for the root).
  private var held: [Int: [Int: [Int]]] = [:]
  /// For each table, each row's key chain (its links and its own key), to find its rows by.
  private var chains: [Int: [String: Int]] = [:]

  init(layout: WorkbookLayout, rows: [Int: TableRows], text: CellText, file: String, assembler: CellTreeAssembler) {
    self.layout = layout
    self.file = file
    self.assembler = assembler
    self.rows = rows
    self.text = text
  }

  private func value(_ t: Int, _ row: TableRows.DataRow, _ c: Int) -> String? {
    guard let cell = row[c] else { return nil }
    return text.text(cell.value, type: .string)
  }

  /// Finds each row's holder.
  mutating func link() {
    for t in layout.tables.indices {
      guard let table = rows[t] else { continue }
      let spec = layout.tables[t]
      var chain: [String: Int] = [:]
      var byHolder: [Int: [Int]] = [:]
      let links = spec.linkCount
      for (i, row) in table.rows.enumerated() {
        let parts = (0..<links).map { value(t, row, $0) }
        if let key = spec.type.key, let k = spec.columns.firstIndex(where: { $0.linksTo == nil && $0.code == key }),
          !parts.contains(nil), let own = value(t, row, k)
        {
          chain[(parts.compactMap { $0 } + [own]).joined(separator: "\u{1F}")] = i
        }
        guard let parent = spec.parent, parent != 0 else {
          byHolder[-1, default: []].append(i)
          continue
        }
        if let missing = parts.firstIndex(of: nil) {
          let column = spec.columns[missing]
          let title = layout.tables[column.linksTo ?? parent].type.title?.vi ?? column.code
          findings.append(
            finding(
              .missingLink, ["table": title, "code": column.code],
              at: place(table, row.number, table.columnAt[missing] ?? row.firstColumn), path: spec.path))
          continue
        }
        let joined = parts.compactMap { $0 }.joined(separator: "\u{1F}")
        if let holder = chains[parent]?[joined] {
          byHolder[holder, default: []].append(i)
        } else {
          let column = spec.columns[links - 1]
          findings.append(
            finding(
              .unlinkedRow,
              [
                "table": layout.tables[parent].type.title?.vi ?? column.code, "value": parts.last.flatMap { $0 } ?? "",
                "sheet": rows[parent]?.sheet ?? layout.tables[parent].sheetName,
              ], at: place(table, row.number, table.columnAt[links - 1] ?? row.firstColumn), path: spec.path))
        }
      }
      chains[t] = chain
      held[t] = byHolder
    }
  }

  private func finding(
    _ m: WorkbookInputMessage, _ values: KeyValuePairs<String, String>, at: SourceLocation, path: String
  )
    -> Finding
  {
    Finding(
      rule: Finding.schemaRule, kind: .schema, severity: .error, message: m(values), location: at,
      path: path == WorkbookLayout.rootPath ? "" : path)
  }

  private func place(_ table: TableRows, _ row: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, sheet: table.sheet, row: row, column: column)
  }

  private func cellPlace(_ table: TableRows, _ row: Int, _ column: Int) -> CellTreeAssembler.Place {
    CellTreeAssembler.Place(sheet: table.sheetIndex, row: row, column: column)
  }

  /// The root's mapping: its one row, or an empty one.
  mutating func emitRoot() {
    let root = rows[0]
    let row = root?.rows.first
    if let root {
      for extra in root.rows.dropFirst() {
        findings.append(
          finding(
            .extraRootRow, ["row": String(extra.number)], at: place(root, extra.number, extra.firstColumn), path: ""))
      }
    }
    let start = root.map { cellPlace($0, row?.number ?? $0.headerRow, row?.firstColumn ?? 1) }
    assembler.begin(mapping: true, at: start ?? CellTreeAssembler.Place(sheet: 0, row: 1, column: 1))
    emit(layout.tables[0].shape, table: 0, rowIndex: 0, row: row)
    assembler.end()
  }

  /// Whether a shape has anything to write for a row.
  private func hasContent(_ shape: [Shape], table: Int, rowIndex: Int, row: TableRows.DataRow?) -> Bool {
    shape.contains { s in
      switch s {
      case .column(let c): return row?[c] != nil
      case .object(_, let inner): return hasContent(inner, table: table, rowIndex: rowIndex, row: row)
      case .table(_, let child):
        return !(held[child]?[table == 0 ? -1 : rowIndex]?.isEmpty ?? true)
      }
    }
  }

  typealias Shape = WorkbookLayout.Shape

  private func firstCell(_ shape: [Shape], row: TableRows.DataRow?) -> Int? {
    for s in shape {
      switch s {
      case .column(let c): if let cell = row?[c] { return Int(cell.column) }
      case .object(_, let inner): if let c = firstCell(inner, row: row) { return c }
      case .table: continue
      }
    }
    return nil
  }

  private mutating func emit(_ shape: [Shape], table: Int, rowIndex: Int, row: TableRows.DataRow?) {
    guard let sheet = rows[table] else { return }
    for s in shape {
      switch s {
      case .column(let c):
        guard let row, let cell = row[c], let column = sheet.columnAt[c] else { continue }
        let field = layout.tables[table].columns[c].field
        let at = cellPlace(sheet, row.number, Int(cell.column))
        if case .list = field.type {
          let values = text.texts(cell.value, field: field)
          guard !values.isEmpty else { continue }
          assembler.scalar(field.name, at: cellPlace(sheet, sheet.headerRow, column))
          assembler.begin(mapping: false, at: at)
          for v in values { assembler.scalar(v, at: at) }
          assembler.end()
        } else {
          guard let value = text.text(cell.value, type: field.type) else { continue }
          assembler.scalar(field.name, at: cellPlace(sheet, sheet.headerRow, column))
          assembler.scalar(value, at: at)
        }
      case .object(let name, let inner):
        guard hasContent(inner, table: table, rowIndex: rowIndex, row: row) else { continue }
        let column = firstCell(inner, row: row) ?? row?.firstColumn ?? 1
        let at = cellPlace(sheet, row?.number ?? sheet.headerRow, column)
        assembler.scalar(name, at: at)
        assembler.begin(mapping: true, at: at)
        emit(inner, table: table, rowIndex: rowIndex, row: row)
        assembler.end()
      case .table(let name, let child):
        guard let childRows = rows[child] else { continue }
        let indices = held[child]?[table == 0 ? -1 : rowIndex] ?? []
        // A list under the root is written even when empty, as its sheet is there.
        if indices.isEmpty && table != 0 { continue }
        let first = indices.first.map { childRows.rows[$0] }
        let at = cellPlace(childRows, first?.number ?? childRows.headerRow, first?.firstColumn ?? 1)
        assembler.scalar(name, at: at)
        assembler.begin(mapping: false, at: at)
        for i in indices {
          let r = childRows.rows[i]
          assembler.begin(mapping: true, at: cellPlace(childRows, r.number, r.firstColumn))
          emit(layout.tables[child].shape, table: child, rowIndex: i, row: r)
          assembler.end()
        }
        assembler.end()
      }
    }
  }
}
