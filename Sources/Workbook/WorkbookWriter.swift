/// Why a workbook could not be written.
package struct WorkbookWriteError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The English message.
  package var message: String
  /// The Vietnamese message.
  package var messageVI: String

  init(_ message: String, _ messageVI: String) {
    self.message = message
    self.messageVI = messageVI
  }

  package var description: String { message }
}

/// Writes a minimal `.xlsx` workbook: sheets of text, numbers and dates, a bold header row that
/// can stay frozen at the top, column widths, rows as tall as their wrapped text, dropdown lists
/// (data validation) and hidden sheets. Strings go to the shared-strings part, dates are serials of the 1900 system shown
/// as `dd/mm/yyyy`.
package struct WorkbookWriter: Sendable {
  /// A value to write in a cell.
  package enum Value: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// A calendar date, written as a serial number formatted `dd/mm/yyyy`.
    case date(year: Int, month: Int, day: Int)
    /// No cell.
    case empty
  }

  /// A dropdown: the cells of `range` accept only the values of a list.
  package struct Dropdown: Hashable, Sendable {
    package enum Source: Hashable, Sendable {
      /// The values themselves, written in the validation (Excel allows 255 characters in all,
      /// and no comma or double quote in a value).
      case values([String])
      /// The values of a range, usually on a hidden sheet.
      case range(sheet: String, CellRange)
    }
    package var range: CellRange
    package var source: Source
    package init(range: CellRange, source: Source) {
      self.range = range
      self.source = source
    }
  }

  /// One sheet's contents.
  package struct SheetContent: Hashable, Sendable {
    package var name: String
    package var visibility: SheetVisibility = .visible
    /// The rows from row 1; each row's values from column A.
    package var rows: [[Value]] = []
    /// Column widths in characters, by 1-based column.
    package var columnWidths: [Int: Double] = [:]
    /// Whether row 1 is a header: bold and frozen at the top when scrolling.
    package var header = false
    /// Whether text cells wrap and align to the top (for sheets of free text).
    package var wrapsText = false
    package var dropdowns: [Dropdown] = []
    /// Columns (1-based) formatted `dd/mm/yyyy`, so that a date typed in them is a date cell.
    package var dateColumns: Set<Int> = []
    /// Whether the sheet prints landscape, as wide as one page (as many pages down as needed).
    package var printsOnePageWide = false

    package init(name: String) {
      self.name = name
    }
  }

  /// The most characters of an inline dropdown list Excel accepts.
  package static let inlineListLimit = 255
  /// The name of the hidden sheet ``addDropdown(sheet:range:values:)`` puts long lists on.
  package static let listSheetName = "_lists"

  package var sheets: [SheetContent] = []

  package init(sheets: [SheetContent] = []) {
    self.sheets = sheets
  }

  /// Whether a list can be written inside its validation: 255 characters at most, joined by
  /// commas, and no comma or double quote in a value.
  package static func fitsInline(_ values: [String]) -> Bool {
    values.joined(separator: ",").unicodeScalars.count <= inlineListLimit
      && !values.contains { $0.contains(",") || $0.contains("\"") }
  }

  /// Adds a dropdown to a sheet: inline when the list fits, otherwise from a column of the
  /// hidden sheet ``listSheetName``, made when first needed.
  package mutating func addDropdown(sheet: Int, range: CellRange, values: [String]) {
    if Self.fitsInline(values) {
      sheets[sheet].dropdowns.append(Dropdown(range: range, source: .values(values)))
      return
    }
    let l: Int
    if let existing = sheets.firstIndex(where: { $0.name == Self.listSheetName }) {
      l = existing
    } else {
      var lists = SheetContent(name: Self.listSheetName)
      lists.visibility = .hidden
      sheets.append(lists)
      l = sheets.count - 1
    }
    let column = (sheets[l].rows.map(\.count).max() ?? 0) + 1
    for (i, value) in values.enumerated() {
      while sheets[l].rows.count <= i { sheets[l].rows.append([]) }
      while sheets[l].rows[i].count < column - 1 { sheets[l].rows[i].append(.empty) }
      sheets[l].rows[i].append(.text(value))
    }
    let source = CellRange(
      CellReference(row: 1, column: column), CellReference(row: max(values.count, 1), column: column))
    sheets[sheet].dropdowns.append(Dropdown(range: range, source: .range(sheet: Self.listSheetName, source)))
  }

  // MARK: - Writing

  /// The workbook's bytes.
  package func write() throws(WorkbookWriteError) -> [UInt8] {
    try check()
    var strings = SharedStrings()
    var parts: [(String, String)] = []
    for (i, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(i + 1).xml", try sheetXML(sheet, selected: i == 0, strings: &strings)))
    }
    var zip = ZipWriter()
    let fixed: [(String, String)] = [
      ("[Content_Types].xml", contentTypes()), ("_rels/.rels", Self.rootRelationships),
      ("xl/workbook.xml", workbookXML()), ("xl/_rels/workbook.xml.rels", workbookRelationships()),
      ("xl/styles.xml", Self.styles), ("xl/sharedStrings.xml", strings.xml()),
    ]
    for (name, text) in fixed + parts where !zip.add(name, Array(text.utf8)) {
      throw WorkbookWriteError("zlib could not compress \(name)", "zlib không nén được \(name)")
    }
    return zip.finish()
  }

  private func check() throws(WorkbookWriteError) {
    guard !sheets.isEmpty else {
      throw WorkbookWriteError("a workbook needs at least one sheet", "sổ tính cần ít nhất một trang tính")
    }
    guard sheets[0].visibility == .visible else {
      throw WorkbookWriteError("the first sheet must be visible", "trang tính đầu tiên phải được hiển thị")
    }
    var seen: Set<String> = []
    for sheet in sheets {
      let name = sheet.name
      if name.isEmpty || name.count > 31 || name.contains(where: { "[]:*?/\\".contains($0) })
        || name.hasPrefix("'") || name.hasSuffix("'")
      {
        throw WorkbookWriteError(
          "\"\(name)\" cannot name a sheet: 1 to 31 characters, none of [ ] : * ? / \\, no ' at either end",
          "\"\(name)\" không dùng làm tên trang tính được: từ 1 đến 31 ký tự, không có [ ] : * ? / \\, không có ' ở đầu hoặc cuối"
        )
      }
      guard seen.insert(name.lowercased()).inserted else {
        throw WorkbookWriteError("two sheets are named \"\(name)\"", "có hai trang tính cùng tên \"\(name)\"")
      }
      guard sheet.rows.count <= CellReference.maxRow, sheet.rows.allSatisfy({ $0.count <= CellReference.maxColumn })
      else {
        throw WorkbookWriteError(
          "sheet \"\(name)\" is larger than a workbook allows", "trang tính \"\(name)\" lớn hơn mức sổ tính cho phép")
      }
      for dropdown in sheet.dropdowns {
        if case .values(let values) = dropdown.source, !Self.fitsInline(values) {
          throw WorkbookWriteError(
            "the dropdown of \(dropdown.range) in sheet \"\(name)\" is longer than \(Self.inlineListLimit) characters or has a comma or quote; take it from a range",
            "danh sách chọn của \(dropdown.range) trong trang tính \"\(name)\" dài quá \(Self.inlineListLimit) ký tự hoặc có dấu phẩy, dấu nháy; hãy lấy từ một vùng ô"
          )
        }
      }
    }
  }

  private struct SharedStrings {
    var index: [String: Int] = [:]
    var list: [String] = []
    var count = 0
    mutating func id(_ text: String) -> Int {
      count += 1
      if let i = index[text] { return i }
      index[text] = list.count
      list.append(text)
      return list.count - 1
    }
    func xml() -> String {
      var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
      out +=
        #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(count)" uniqueCount="\#(list.count)">"#
      for text in list { out += "<si>\(WorkbookWriter.textElement(text))</si>" }
      return out + "</sst>"
    }
  }

  /// `<t>` with the text escaped, keeping leading and trailing spaces.
  static func textElement(_ text: String) -> String {
    let preserve = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
    return (preserve ? #"<t xml:space="preserve">"# : "<t>") + escapeText(text) + "</t>"
  }

  /// Text for XML: markup characters as entities; characters XML cannot hold (controls other
  /// than tab and line feed, a carriage return) as `_xHHHH_`, and a literal `_xHHHH_` with its
  /// underscore escaped, as Excel does.
  static func escapeText(_ text: String) -> String {
    var out = ""
    let scalars = Array(text.unicodeScalars)
    for (i, s) in scalars.enumerated() {
      switch s {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n": out.unicodeScalars.append(s)
      case "_" where looksLikeEscape(scalars, at: i): out += "_x005F_"
      default:
        if s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF {
          out += "_x" + hex4(s.value) + "_"
        } else {
          out.unicodeScalars.append(s)
        }
      }
    }
    return out
  }

  private static func looksLikeEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_" else { return false }
    return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  private static func hex4(_ v: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    return String((0..<4).reversed().map { digits[Int((v >> (UInt32($0) * 4)) & 0xF)] })
  }

  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A sheet name in a formula: quoted, with quotes doubled.
  static func quotedSheet(_ name: String) -> String {
    "'" + name.replacingAll("'", with: "''") + "'"
  }

  private func sheetXML(
    _ sheet: SheetContent, selected: Bool, strings: inout SharedStrings
  ) throws(WorkbookWriteError)
    -> String
  {
    var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    out +=
      #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    if sheet.printsOnePageWide { out += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"# }
    let width = sheet.rows.map(\.count).max() ?? 0
    if width > 0 && !sheet.rows.isEmpty {
      out += #"<dimension ref="A1:\#(CellReference(row: sheet.rows.count, column: width))"/>"#
    }
    out += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
    if sheet.header {
      out += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
      out += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
    }
    out += "</sheetView></sheetViews>"
    out += #"<sheetFormatPr defaultRowHeight="15"/>"#
    let formatted = Set(sheet.columnWidths.keys).union(sheet.dateColumns)
    if !formatted.isEmpty {
      out += "<cols>"
      for column in formatted.sorted() {
        let w = sheet.columnWidths[column] ?? 12
        let style = sheet.dateColumns.contains(column) ? #" style="1""# : ""
        out += #"<col min="\#(column)" max="\#(column)" width="\#(Self.number(w))"\#(style) customWidth="1"/>"#
      }
      out += "</cols>"
    }
    out += "<sheetData>"
    for (r, row) in sheet.rows.enumerated() where row.contains(where: { $0 != .empty }) {
      // Rows of wrapped text get the height of their lines, which a spreadsheet opening the
      // file does not always work out.
      let isHeader = sheet.header && r == 0
      if isHeader || sheet.wrapsText {
        let height = Self.number(Self.wrappedRowHeight(row, in: sheet, bold: isHeader))
        out += #"<row r="\#(r + 1)" ht="\#(height)" customHeight="1">"#
      } else {
        out += #"<row r="\#(r + 1)">"#
      }
      for (c, value) in row.enumerated() {
        let reference = CellReference(row: r + 1, column: c + 1)
        let style = isHeader ? 2 : (sheet.wrapsText ? 3 : 0)
        let s = style == 0 ? "" : #" s="\#(style)""#
        switch value {
        case .empty:
          continue
        case .text(let text):
          out += #"<c r="\#(reference)"\#(s) t="s"><v>\#(strings.id(text))</v></c>"#
        case .number(let n):
          guard n.isFinite else {
            throw WorkbookWriteError(
              "cell \(reference) of sheet \"\(sheet.name)\" is not a finite number",
              "ô \(reference) của trang tính \"\(sheet.name)\" không phải là số hữu hạn")
          }
          out += #"<c r="\#(reference)"\#(s)><v>\#(Self.number(n))</v></c>"#
        case .date(let y, let m, let d):
          guard let serial = DateSystem.from1900.serial(year: y, month: m, day: d),
            DateSystem.from1900.civilDate(ofSerial: serial).map({ $0 == (y, m, d) }) == true
          else {
            throw WorkbookWriteError(
              "cell \(reference) of sheet \"\(sheet.name)\": \(d)/\(m)/\(y) is not a date a workbook can hold",
              "ô \(reference) của trang tính \"\(sheet.name)\": \(d)/\(m)/\(y) không phải ngày sổ tính lưu được")
          }
          out += #"<c r="\#(reference)" s="1"><v>\#(Self.number(serial))</v></c>"#
        }
      }
      out += "</row>"
    }
    out += "</sheetData>"
    if !sheet.dropdowns.isEmpty {
      out += #"<dataValidations count="\#(sheet.dropdowns.count)">"#
      for dropdown in sheet.dropdowns {
        let formula: String
        switch dropdown.source {
        case .values(let values):
          formula = "\"" + values.joined(separator: ",") + "\""
        case .range(let name, let range):
          let first = "$\(CellReference.columnName(range.first.column))$\(range.first.row)"
          let last = "$\(CellReference.columnName(range.last.column))$\(range.last.row)"
          formula = Self.quotedSheet(name) + "!" + first + ":" + last
        }
        out +=
          #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="\#(dropdown.range)">"#
        out += "<formula1>\(Self.escapeText(formula))</formula1></dataValidation>"
      }
      out += "</dataValidations>"
    }
    out += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
    if sheet.printsOnePageWide { out += #"<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>"# }
    return out + "</worksheet>"
  }

  private func contentTypes() -> String {
    var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    out += #"<Default Extension="xml" ContentType="application/xml"/>"#
    out +=
      #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    for i in sheets.indices {
      out +=
        #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    out +=
      #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    out +=
      #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
    return out + "</Types>"
  }

  private static let rootRelationships = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """#

  private func workbookXML() -> String {
    var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    out +=
      #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    out += #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (i, sheet) in sheets.enumerated() {
      let state = sheet.visibility == .visible ? "" : #" state="\#(sheet.visibility.rawValue)""#
      out += #"<sheet name="\#(Self.escapeText(sheet.name))" sheetId="\#(i + 1)"\#(state) r:id="rId\#(i + 1)"/>"#
    }
    return out + "</sheets></workbook>"
  }

  private func workbookRelationships() -> String {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    for i in sheets.indices {
      out += #"<Relationship Id="rId\#(i + 1)" Type="\#(base)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
    }
    out += #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(base)/styles" Target="styles.xml"/>"#
    out += #"<Relationship Id="rId\#(sheets.count + 2)" Type="\#(base)/sharedStrings" Target="sharedStrings.xml"/>"#
    return out + "</Relationships>"
  }

  /// Cell styles: 0 plain, 1 date `dd/mm/yyyy`, 2 bold header that wraps, 3 wrapped text.
  private static let styles = #"""
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """#
}

extension String {
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self {
      if c == target { out += replacement } else { out.append(c) }
    }
    return out
  }
}
