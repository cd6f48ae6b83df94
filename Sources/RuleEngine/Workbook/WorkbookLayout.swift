import SourceDiagnostics

/// How a schema's data lies in a workbook: one table (sheet) for the root's own values and one
/// for each list of records, each record a row, each value a column. It is derived from the
/// schema alone, so that no Swift code names a type or a field of a pack.
///
/// - A record's fields of a scalar type (and lists of scalars, written `a; b` in one cell) are
///   columns; the fields of a record it holds directly are columns too, named by their dotted
///   path (`command_board.headquarters`).
/// - A list of records is a table of its own. Its rows name the record that holds them by that
///   record's key (`key:` in the schema) in a link column, coded with the holding table's path
///   and the key (`communes.code`); a record under the root needs no link.
/// - A table's sheet is found by the hidden `_dqtv` sheet, which maps sheet names to table
///   paths, or else by its Vietnamese title: the type's title, or the list field's title.
/// - A header is `Tên hiển thị (field_code)`, or the code alone.
package struct WorkbookLayout: Sendable {
  /// One column of a table.
  package struct Column: Sendable {
    /// The dotted path from the table's record (`birth_date`, `leader.id`), or, for a link,
    /// the holding table's path and its key (`communes.code`).
    package var code: String
    /// The field the column holds (for a link, the holding type's key field).
    package var field: FieldSpec
    /// The Vietnamese title shown in the header.
    package var title: String
    /// For a link column: the index of the linked table in ``WorkbookLayout/tables``.
    package var linksTo: Int?

    /// `Tên hiển thị (field_code)`.
    package var header: String { "\(title) (\(code))" }
  }

  /// What a record's mapping holds, in the schema's order: columns, records held directly, and
  /// tables of the lists it holds.
  package indirect enum Shape: Sendable {
    case column(Int)
    case object(name: String, [Shape])
    case table(name: String, Int)
  }

  /// One table: the root's values, or a list of records.
  package struct Table: Sendable {
    /// The fields from the root to the list (`communes.villages`); ``WorkbookLayout/rootPath``
    /// for the root.
    package var path: String
    package var type: ObjectType
    /// The name the template gives the sheet.
    package var sheetName: String
    /// Every name a sheet of this table may have, besides the path itself.
    package var titles: [String]
    /// The table holding this one's records; `nil` for the root.
    package var parent: Int?
    /// Link columns first (one per keyed table above), then the record's own.
    package var columns: [Column]
    package var shape: [Shape]
    /// Whether the list must be written (a required list under the root), or the root itself.
    package var required: Bool
    /// Whether the table is under the root's `upper-level` field (only in a province's form).
    package var upperLevel: Bool

    /// The number of link columns at the start of ``columns``.
    package var linkCount: Int { columns.prefix { $0.linksTo != nil }.count }
  }

  /// The path of the root's table.
  package static let rootPath = "$"
  /// The hidden sheet that maps sheet names (column A) to table paths (column B).
  package static let mapSheet = "_dqtv"
  /// The sheet of explanations the template adds; the reader skips it.
  package static let guideSheet = "Hướng dẫn"
  /// The longest sheet name a workbook allows.
  static let sheetNameLimit = 31
  /// How deep records may nest inside one row.
  static let maxDepth = 8

  package let schema: Schema
  package private(set) var tables: [Table] = []

  package init(schema: Schema) {
    self.schema = schema
    guard let root = schema.type(schema.root) else { return }
    tables.append(
      Table(
        path: Self.rootPath, type: root, sheetName: "", titles: [root.title?.vi].compactMap { $0 }, parent: nil,
        columns: [], shape: [], required: true, upperLevel: false))
    var shape: [Shape] = []
    addFields(of: root, prefix: "", table: 0, depth: 0, upper: false, into: &shape)
    tables[0].shape = shape
    nameSheets()
  }

  private mutating func addFields(
    of type: ObjectType, prefix: String, table: Int, depth: Int, upper: Bool, into shape: inout [Shape]
  ) {
    for f in type.fields {
      let code = prefix + f.name
      let isUpper = upper || (table == 0 && prefix.isEmpty && f.role == .upperLevel)
      switch f.type {
      case .object(let name):
        guard depth < Self.maxDepth, let inner = schema.type(name) else { continue }
        var sub: [Shape] = []
        addFields(of: inner, prefix: code + ".", table: table, depth: depth + 1, upper: isUpper, into: &sub)
        shape.append(.object(name: f.name, sub))
      case .list(.object(let name)):
        guard let inner = schema.type(name), let child = addTable(field: f, type: inner, code: code, parent: table)
        else { continue }
        tables[child].upperLevel = isUpper
        shape.append(.table(name: f.name, child))
      default:
        tables[table].columns.append(Column(code: code, field: f, title: f.title?.vi ?? f.name, linksTo: nil))
        shape.append(.column(tables[table].columns.count - 1))
      }
    }
  }

  /// Adds the table of a list of records held by a record of `parent`; `nil` when its rows
  /// could not name their holder (a holder with no key, below the root).
  private mutating func addTable(field: FieldSpec, type: ObjectType, code: String, parent: Int) -> Int? {
    let holder = tables[parent]
    var links = Array(holder.columns.prefix(holder.linkCount))
    if parent != 0 {
      guard let key = holder.type.key, let keyField = holder.type.field(key) else { return nil }
      links.append(
        Column(
          code: "\(holder.path).\(key)", field: keyField, title: keyField.title?.vi ?? key, linksTo: parent))
    }
    let path = parent == 0 ? code : "\(holder.path).\(code)"
    let titles = [type.title?.vi, field.title?.vi].compactMap { $0 }
    tables.append(
      Table(
        path: path, type: type, sheetName: "", titles: titles, parent: parent, columns: links, shape: [],
        required: parent == 0 && field.required && !code.contains("."), upperLevel: false))
    let index = tables.count - 1
    var shape: [Shape] = []
    addFields(of: type, prefix: "", table: index, depth: 0, upper: false, into: &shape)
    tables[index].shape = shape
    return index
  }

  /// Gives each table a sheet name: its type's title, else its field's, else its path, made
  /// safe for a workbook and unique.
  private mutating func nameSheets() {
    var used: Set<String> = [Self.mapSheet.lowercased(), Self.guideSheet.lowercased()]
    for i in tables.indices {
      let candidates = tables[i].titles + [tables[i].path]
      var chosen = candidates.map(Self.safeSheetName).first { !used.contains($0.lowercased()) }
      var n = 2
      while chosen == nil {
        let base = String(Self.safeSheetName(tables[i].path).prefix(Self.sheetNameLimit - 4))
        let name = "\(base) (\(n))"
        if !used.contains(name.lowercased()) { chosen = name }
        n += 1
      }
      tables[i].sheetName = chosen ?? tables[i].path
      used.insert(tables[i].sheetName.lowercased())
    }
  }

  /// A name a workbook accepts: no `: \ / ? * [ ]`, at most 31 characters.
  static func safeSheetName(_ name: String) -> String {
    let cleaned = String(name.map { ":\\/?*[]".contains($0) ? "-" : $0 })
    return String(cleaned.prefix(sheetNameLimit))
  }

  /// The tables of a form: a commune's leaves out those under the root's `upper-level` field.
  package func tables(upperLevel: Bool) -> [Int] {
    tables.indices.filter { upperLevel || !tables[$0].upperLevel }
  }

  /// The columns of a table in a form (a commune's form leaves out the root's upper-level
  /// columns).
  package func columns(of table: Int, upperLevel: Bool) -> [Int] {
    guard table == 0, !upperLevel, let field = schema.upperLevelField else {
      return Array(tables[table].columns.indices)
    }
    return tables[table].columns.indices.filter {
      let code = tables[table].columns[$0].code
      return code != field && !code.hasPrefix(field + ".")
    }
  }

  /// The table a sheet name or a path names: by path, or by a title (ignoring case).
  package func table(named name: String) -> Int? {
    let trimmed = name.trimmingSpaces
    if let i = tables.firstIndex(where: { $0.path == trimmed }) { return i }
    let lower = trimmed.lowercased()
    return tables.firstIndex { t in
      t.sheetName.lowercased() == lower || t.titles.contains { Self.safeSheetName($0).lowercased() == lower }
    }
  }

  /// The column a header names: the code in its last parentheses, or the header itself as a
  /// code or a title.
  package func column(of table: Int, header: String) -> Int? {
    let code = Self.code(inHeader: header)
    let columns = tables[table].columns
    if let i = columns.firstIndex(where: { $0.code == code }) { return i }
    let lower = header.trimmingSpaces.lowercased()
    return columns.firstIndex { $0.title.lowercased() == lower }
  }

  /// The code a header carries: inside its last parentheses, or the whole header.
  package static func code(inHeader header: String) -> String {
    let h = header.trimmingSpaces
    if h.hasSuffix(")"), let open = h.lastIndex(of: "(") {
      let inner = h[h.index(after: open)..<h.index(before: h.endIndex)]
      if !inner.isEmpty && !inner.contains(" ") { return String(inner) }
    }
    return h
  }
}

extension String {
  /// Without spaces, tabs and line breaks at either end.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
