import SourceDiagnostics
import Workbook
import YAML

/// Writes submissions as workbooks laid out by ``WorkbookLayout``: the blank template of
/// `dqtv init --format xlsx`, and a YAML submission converted. Each table is a sheet with a
/// frozen header `Tên hiển thị (field_code)`, dropdowns of the Vietnamese titles of enum values
/// (and `Có`/`Không` for yes-or-no fields), date columns formatted `dd/mm/yyyy`; a hidden
/// `_dqtv` sheet maps the sheets to their tables, and a "Hướng dẫn" sheet explains each column.
package struct SubmissionWorkbookWriter {
  package let layout: WorkbookLayout
  /// The rows below the header that get dropdowns and date formats.
  static let formRows = 500

  package init(schema: Schema) {
    layout = WorkbookLayout(schema: schema)
  }

  private var schema: Schema { layout.schema }

  /// The blank template: the root's row holds the format and the date of the data.
  package func template(upperLevel: Bool, asOf: CalendarDate) -> WorkbookWriter {
    var rows: [Int: [[WorkbookWriter.Value]]] = [:]
    let columns = layout.tables[0].columns
    rows[0] = [
      columns.map { c -> WorkbookWriter.Value in
        if c.field.role == .asOf { return .date(year: asOf.year, month: asOf.month, day: asOf.day) }
        // As the YAML form does, the format's version is written for the user.
        if c.field.role == .formatVersion, !c.code.contains("."), let format = schema.submissionFormat {
          return .text(format)
        }
        return .empty
      }
    ]
    return workbook(rows: rows, upperLevel: upperLevel)
  }

  /// A submission's data as a workbook: every record a row of its table's sheet.
  package func workbook(from yaml: YAMLDocument) -> WorkbookWriter {
    var rows: [Int: [[WorkbookWriter.Value]]] = [:]
    var rootRow = [WorkbookWriter.Value](repeating: .empty, count: layout.tables[0].columns.count)
    collect(
      yaml, node: yaml.root, record: yaml.root, table: 0, shape: layout.tables[0].shape, links: [], row: &rootRow,
      rows: &rows)
    rows[0] = [rootRow]
    let upper =
      layout.tables.indices.contains { layout.tables[$0].upperLevel && !(rows[$0]?.isEmpty ?? true) }
      || layout.tables[0].columns.indices.contains { i in
        rootRow[i] != .empty && !layout.columns(of: 0, upperLevel: false).contains(i)
      }
    return workbook(rows: rows, upperLevel: upper)
  }

  private func collect(
    _ yaml: YAMLDocument, node: YAMLNodeID, record: YAMLNodeID, table: Int, shape: [WorkbookLayout.Shape],
    links: [String],
    row: inout [WorkbookWriter.Value], rows: inout [Int: [[WorkbookWriter.Value]]]
  ) {
    guard yaml.kind(of: node) == .mapping else { return }
    let spec = layout.tables[table]
    for s in shape {
      switch s {
      case .column(let c):
        let field = spec.columns[c].field
        guard let v = yaml.value(forKey: field.name, in: node) else { continue }
        row[c] = cellValue(yaml, v, field: field)
      case .object(let name, let inner):
        guard let v = yaml.value(forKey: name, in: node) else { continue }
        collect(yaml, node: v, record: record, table: table, shape: inner, links: links, row: &row, rows: &rows)
      case .table(let name, let child):
        guard let list = yaml.value(forKey: name, in: node) else { continue }
        rows[child, default: []].reserveCapacity(yaml.count(of: list))
        var childLinks = links
        if table != 0 {
          // Records held directly share their holder's row, so the key is the row's record's.
          let key = spec.type.key.flatMap { yaml.value(forKey: $0, in: record) }
          childLinks.append(key.flatMap { yaml.string($0) } ?? "")
        }
        if rows[child] == nil { rows[child] = [] }
        for item in yaml.items(of: list) {
          let childSpec = layout.tables[child]
          var r = [WorkbookWriter.Value](repeating: .empty, count: childSpec.columns.count)
          for (i, link) in childLinks.enumerated() { r[i] = .text(link) }
          collect(
            yaml, node: item, record: item, table: child, shape: childSpec.shape, links: childLinks, row: &r,
            rows: &rows)
          rows[child, default: []].append(r)
        }
      }
    }
  }

  /// A YAML value as a cell: dates as dates, numbers as numbers, enum codes as their titles,
  /// yes or no as `Có`/`Không`, lists of scalars as `a; b`.
  private func cellValue(_ yaml: YAMLDocument, _ node: YAMLNodeID, field: FieldSpec) -> WorkbookWriter.Value {
    if case .list(let element) = field.type {
      let items = yaml.items(of: node).compactMap { yaml.string($0) }.map { text($0, type: element) }
      return items.isEmpty ? .empty : .text(items.joined(separator: "; "))
    }
    guard let s = yaml.string(node), !(yaml.isNull(node) && field.type != .string) else { return .empty }
    switch field.type {
    case .date:
      if let d = CalendarDate(s) { return .date(year: d.year, month: d.month, day: d.day) }
    case .int, .double:
      if let n = Double(s), n.isFinite { return .number(n) }
    default: break
    }
    return .text(text(s, type: field.type))
  }

  private func text(_ s: String, type: FieldType) -> String {
    switch type {
    case .bool: s == "true" ? "Có" : (s == "false" ? "Không" : s)
    case .enumeration(let e): schema.enumType(e)?.value(s)?.title?.vi ?? s
    default: s
    }
  }

  /// The workbook of a form with the given rows by table.
  private func workbook(rows: [Int: [[WorkbookWriter.Value]]], upperLevel: Bool) -> WorkbookWriter {
    var writer = WorkbookWriter()
    var map: [[WorkbookWriter.Value]] = [[.text("sheet"), .text("table")]]
    for t in layout.tables(upperLevel: upperLevel) {
      let spec = layout.tables[t]
      let keep = layout.columns(of: t, upperLevel: upperLevel)
      var sheet = WorkbookWriter.SheetContent(name: spec.sheetName)
      sheet.header = true
      sheet.printsOnePageWide = true
      sheet.rows = [keep.map { .text(spec.columns[$0].header) }]
      for r in rows[t] ?? [] { sheet.rows.append(keep.map { $0 < r.count ? r[$0] : .empty }) }
      let last = max(Self.formRows, sheet.rows.count + 100)
      for (i, c) in keep.enumerated() {
        let column = spec.columns[c]
        // Wide enough for the header on two lines and for the longest value (to a limit), and
        // for the header's `(code)` on one line: a spreadsheet breaks a code inside a name
        // rather than at its dots.
        var longest = column.field.type == .date ? 10 : 0
        for r in sheet.rows.dropFirst() { if case .text(let t) = r[i] { longest = max(longest, t.count) } }
        let code = column.code.count + 2
        sheet.columnWidths[i + 1] = Double(max(min(45, max(12, column.header.count / 2 + 4, longest + 2)), code + 2))
        if column.field.type == .date { sheet.dateColumns.insert(i + 1) }
      }
      writer.sheets.append(sheet)
      let index = writer.sheets.count - 1
      for (i, c) in keep.enumerated() {
        let range = CellRange(CellReference(row: 2, column: i + 1), CellReference(row: last, column: i + 1))
        switch spec.columns[c].field.type {
        case .enumeration(let e):
          guard let values = schema.enumType(e)?.values else { continue }
          writer.addDropdown(sheet: index, range: range, values: values.map { $0.title?.vi ?? $0.name })
        case .bool:
          writer.addDropdown(sheet: index, range: range, values: ["Có", "Không"])
        default: break
        }
      }
      map.append([.text(spec.sheetName), .text(spec.path)])
    }
    // The hidden lists the long dropdowns take their values from go after the tables.
    if let lists = writer.sheets.firstIndex(where: { $0.name == WorkbookWriter.listSheetName }) {
      writer.sheets.append(writer.sheets.remove(at: lists))
    }
    writer.sheets.insert(
      guide(upperLevel: upperLevel), at: writer.sheets.count - (writer.sheets.last?.visibility == .hidden ? 1 : 0))
    var mapSheet = WorkbookWriter.SheetContent(name: WorkbookLayout.mapSheet)
    mapSheet.visibility = .hidden
    mapSheet.rows = map
    writer.sheets.append(mapSheet)
    return writer
  }
}
