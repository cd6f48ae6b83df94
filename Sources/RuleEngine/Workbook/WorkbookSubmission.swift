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
    var tables = WorkbookTableReader(layout: layout, file: workbook.file, shared: workbook.sharedStrings)
    let sheets = try tables.assignSheets(&workbook)
    tables.checkRequired(sheets)
    var sheetNames: [String] = []
    var rows = [TableRows?](repeating: nil, count: layout.tables.count)
    var cellCount = 0
    for (t, sheet) in sheets.sorted(by: { $0.key < $1.key }) {
      // Numbered as ``CellTreeAssembler/addSheet(_:)`` numbers them below.
      let index = sheetNames.firstIndex(of: sheet.name) ?? sheetNames.count
      if index == sheetNames.count { sheetNames.append(sheet.name) }
      let read = try tables.rows(of: t, in: sheet, index: UInt16(truncatingIfNeeded: index), from: &workbook)
      // At most a key and a value for each column of each row, and the row's own mapping.
      cellCount += read.rows.count * (layout.tables[t].columns.count + 1)
      rows[t] = read
    }
    workbook.releaseSheetMemory()
    guard tables.diagnostics.isEmpty else {
      return WorkbookSubmission(document: nil, findings: tables.findings, diagnostics: tables.diagnostics.sorted())
    }
    // Room for every cell's key and value from the start, so that the tree never grows by copying.
    var assembler = CellTreeAssembler(file: workbook.file, expectedCells: cellCount)
    for name in sheetNames { _ = assembler.addSheet(name) }
    // The fields' names go in the text buffer too, for the keys.
    let keys = layout.tables.map { t in
      t.columns.map { c in
        let start = tables.text.count
        tables.text.append(contentsOf: c.field.name.utf8)
        return start..<tables.text.count
      }
    }
    var emitter = TreeEmitter(
      layout: layout, rows: rows, text: CellText(schema: layout.schema, dateSystem: workbook.dateSystem),
      keys: keys, file: workbook.file, assembler: assembler)
    tables.text.withUnsafeBufferPointer { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { scratch in
        emitter.bytes = bytes
        emitter.scratch = scratch
        emitter.link()
        emitter.emitRoot()
        emitter.bytes = UnsafeBufferPointer(start: nil, count: 0)
        emitter.scratch = UnsafeMutableBufferPointer(start: nil, count: 0)
      }
    }
    let result = emitter.assembler.document()
    return WorkbookSubmission(
      document: result.document, findings: tables.findings + emitter.findings, diagnostics: result.diagnostics.sorted)
  }
}

/// Writes the tables' rows as one tree: each table's rows under the row of the record that
/// holds them, found by the link columns.
struct TreeEmitter {
  let layout: WorkbookLayout
  /// By table; `nil` for a table without a sheet.
  let rows: [TableRows?]
  let text: CellText
  let file: String
  var assembler: CellTreeAssembler
  var findings: [Finding] = []
  /// The reader's text buffer (``WorkbookTableReader/text``), while the tree is written.
  var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  /// Room for a number's or a date's text (32 bytes), while the tree is written.
  var scratch = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
  /// For each table, the rows each holder row holds: by holder row index plus one (0 for the
  /// root).
  private var held: [[[Int]]]
  /// What writing a column's cells takes, for every column of every table (the columns of
  /// table `t` start at `columnStart[t]`).
  private struct ColumnText {
    /// The sheet column (0 for none).
    var sheetColumn: Int
    /// The field's name in ``bytes``.
    var key: Range<Int>
    var target: TextTarget
    var isList: Bool
  }
  private let columns: [ColumnText]
  /// By column of ``columns``, where its key is in the tree's text once written
  /// (``CellTreeAssembler/scalar(bytes:at:arenaOffset:)``).
  private var keyOffsets: [UInt32]
  private let columnStart: [Int]
  /// The field name and type of each of ``columns``.
  private let fields: [(name: String, type: FieldType)]
  /// For each table, each row's key chain (its links and its own key), to find its rows by.
  private var chains: [KeyChains?]

  init(
    layout: WorkbookLayout, rows: [TableRows?], text: CellText, keys: [[Range<Int>]], file: String,
    assembler: CellTreeAssembler
  ) {
    self.layout = layout
    held = [[[Int]]](repeating: [], count: layout.tables.count)
    chains = [KeyChains?](repeating: nil, count: layout.tables.count)
    var columns: [ColumnText] = []
    var columnStart: [Int] = []
    var fields: [(name: String, type: FieldType)] = []
    for (t, table) in layout.tables.enumerated() {
      columnStart.append(columns.count)
      for (c, column) in table.columns.enumerated() {
        let type = column.field.type
        var isList = false
        if case .list = type { isList = true }
        columns.append(
          ColumnText(
            sheetColumn: rows[t]?.columnAt[c] ?? 0, key: keys[t][c], target: text.target(type), isList: isList))
        fields.append((column.field.name, type))
      }
    }
    self.columns = columns
    keyOffsets = Array(repeating: .max, count: columns.count)
    self.columnStart = columnStart
    self.fields = fields
    self.file = file
    self.assembler = assembler
    self.rows = rows
    self.text = text
  }

  private func value(_ table: TableRows, _ row: TableRows.DataRow, _ c: Int) -> String? {
    guard let slot = table.slot(row, c) else { return nil }
    return text.string(cellBytes(slot), type: .string, scratch: scratch)
  }

  /// A slot's value, its text in ``bytes``.
  @inline(__always)
  private func cellBytes(_ slot: TableRows.Slot) -> CellBytes {
    switch slot.kind {
    case .text:
      let start = Int(slot.payload >> 32)
      return .text(UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(slot.payload & 0xFFFF_FFFF))]))
    case .number: return .number(Double(bitPattern: slot.payload))
    case .date: return .date(Double(bitPattern: slot.payload))
    case .bool: return .bool(Double(bitPattern: slot.payload) != 0)
    case .empty: return .text(UnsafeBufferPointer(start: nil, count: 0))
    }
  }

  private func key(_ column: ColumnText) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[column.key])
  }

  /// Appends the text ``value(_:_:_:)`` gives, as bytes; `false` when it gives none.
  private func appendValue(
    _ table: TableRows, _ row: TableRows.DataRow, _ c: Int, _ target: TextTarget, to out: inout [UInt8]
  ) -> Bool {
    guard let slot = table.slot(row, c) else { return false }
    switch text.fastText(cellBytes(slot), target, scratch: scratch) {
    case .none:
      return false
    case .bytes(let b):
      out.append(contentsOf: b)
      return true
    case .slow:
      guard var t = text.text(CellText.cellValue(cellBytes(slot)), type: .string) else { return false }
      t.withUTF8 { out.append(contentsOf: $0) }
      return true
    }
  }

  /// Finds each row's holder: the row of its parent table whose key chain (links and own key,
  /// separated by U+001F) is the row's links.
  mutating func link() {
    let target = text.target(.string)
    var chainBytes: [UInt8] = []
    chainBytes.reserveCapacity(64)
    for t in layout.tables.indices {
      guard let table = rows[t] else { continue }
      let spec = layout.tables[t]
      let holders = spec.parent.map { $0 == 0 ? 0 : rows[$0]?.rows.count ?? 0 } ?? 0
      var list = [[Int]](repeating: [], count: holders + 1)
      let links = spec.linkCount
      let keyColumn = spec.type.key.flatMap { key in
        spec.columns.firstIndex { $0.linksTo == nil && $0.code == key }
      }
      var chain = KeyChains(capacity: keyColumn == nil ? 0 : table.rows.count)
      for (i, row) in table.rows.enumerated() {
        chainBytes.removeAll(keepingCapacity: true)
        var missing: Int?
        for c in 0..<links {
          if c > 0 { chainBytes.append(0x1F) }
          if !appendValue(table, row, c, target, to: &chainBytes) && missing == nil { missing = c }
        }
        if let k = keyColumn, missing == nil {
          let linksEnd = chainBytes.count
          if links > 0 { chainBytes.append(0x1F) }
          if appendValue(table, row, k, target, to: &chainBytes) {
            chainBytes.withUnsafeBufferPointer { chain.set($0, row: i) }
          }
          chainBytes.removeSubrange(linksEnd...)
        }
        guard let parent = spec.parent, parent != 0 else {
          list[0].append(i)
          continue
        }
        if let missing {
          let column = spec.columns[missing]
          let title = layout.tables[column.linksTo ?? parent].type.title?.vi ?? column.code
          findings.append(
            finding(
              .missingLink, ["table": title, "code": column.code],
              at: place(table, row.number, table.columnAt[missing] ?? row.firstColumn), path: spec.path))
          continue
        }
        if let holder = chainBytes.withUnsafeBufferPointer({ chains[parent]?.row(of: $0) }) {
          if holder + 1 < list.count { list[holder + 1].append(i) }
        } else {
          let column = spec.columns[links - 1]
          findings.append(
            finding(
              .unlinkedRow,
              [
                "table": layout.tables[parent].type.title?.vi ?? column.code,
                "value": links > 0 ? value(table, row, links - 1) ?? "" : "",
                "sheet": rows[parent]?.sheet ?? layout.tables[parent].sheetName,
              ], at: place(table, row.number, table.columnAt[links - 1] ?? row.firstColumn), path: spec.path))
        }
      }
      held[t] = list
      chains[t] = chain
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
      case .column(let c): return row.flatMap { rows[table]?.slot($0, c) } != nil
      case .object(_, let inner): return hasContent(inner, table: table, rowIndex: rowIndex, row: row)
      case .table(_, let child):
        return !heldRows(child, holder: table == 0 ? -1 : rowIndex).isEmpty
      }
    }
  }

  typealias Shape = WorkbookLayout.Shape

  /// The rows of table `t` that a holder row holds (-1 for the root).
  private func heldRows(_ t: Int, holder: Int) -> [Int] {
    let list = held[t]
    return holder + 1 < list.count ? list[holder + 1] : []
  }

  private func firstCell(_ shape: [Shape], table: TableRows, row: TableRows.DataRow?) -> Int? {
    for s in shape {
      switch s {
      case .column(let c): if let row, let cell = table.slot(row, c) { return Int(cell.column) }
      case .object(_, let inner): if let c = firstCell(inner, table: table, row: row) { return c }
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
        let i = columnStart[table] + c
        let column = columns[i]
        guard let row, let cell = sheet.slot(row, c), column.sheetColumn > 0 else { continue }
        let at = cellPlace(sheet, row.number, Int(cell.column))
        let keyPlace = cellPlace(sheet, sheet.headerRow, column.sheetColumn)
        if column.isList {
          let values = text.texts(CellText.cellValue(cellBytes(cell)), type: fields[i].type)
          guard !values.isEmpty else { continue }
          assembler.scalar(bytes: key(column), at: keyPlace, arenaOffset: &keyOffsets[i])
          assembler.begin(mapping: false, at: at)
          for v in values { assembler.scalar(v, at: at) }
          assembler.end()
          continue
        }
        let value = cellBytes(cell)
        switch text.fastText(value, column.target, scratch: scratch) {
        case .none:
          continue
        case .bytes(let b):
          assembler.scalar(bytes: key(column), at: keyPlace, arenaOffset: &keyOffsets[i])
          assembler.scalar(bytes: b, at: at)
        case .slow:
          guard var t = text.text(CellText.cellValue(value), type: fields[i].type) else { continue }
          assembler.scalar(bytes: key(column), at: keyPlace, arenaOffset: &keyOffsets[i])
          t.withUTF8 { assembler.scalar(bytes: $0, at: at) }
        }
      case .object(let name, let inner):
        guard hasContent(inner, table: table, rowIndex: rowIndex, row: row) else { continue }
        let column = firstCell(inner, table: sheet, row: row) ?? row?.firstColumn ?? 1
        let at = cellPlace(sheet, row?.number ?? sheet.headerRow, column)
        assembler.scalar(name, at: at)
        assembler.begin(mapping: true, at: at)
        emit(inner, table: table, rowIndex: rowIndex, row: row)
        assembler.end()
      case .table(let name, let child):
        guard let childRows = rows[child] else { continue }
        let indices = heldRows(child, holder: table == 0 ? -1 : rowIndex)
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
