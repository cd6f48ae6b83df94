#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one worksheet part: `<dimension>`, the rows and cells of `<sheetData>`, and
/// `<mergeCells>`.
struct SheetReader {
  let file: String
  let sheet: SheetInfo
  let sharedStringCount: Int
  let dateStyles: [String?]
  let maxRows: Int
  let dateSystem: DateSystem

  private enum Capture { case none, value, formula, inline }

  /// The state of the cell being read.
  private var reference = CellReference(row: 1, column: 1)
  private var type = CellType.number
  private var style = 0
  private var hasValue = false
  private var hasFormula = false
  private var hasInline = false
  private var capture = Capture.none
  private var value: [UInt8] = []
  private var formula: [UInt8] = []
  private var inline: [UInt8] = []
  private var phoneticDepth = 0
  /// The cells of the row being read, and the bytes of their texts.
  private var cells: [RawCell] = []
  private var rowText: [UInt8] = []

  private enum CellType { case number, shared, inline, formulaText, bool, error, isoDate }

  init(
    file: String, sheet: SheetInfo, sharedStringCount: Int, dateStyles: [String?], maxRows: Int,
    dateSystem: DateSystem
  ) {
    self.file = file
    self.dateSystem = dateSystem
    self.sheet = sheet
    self.sharedStringCount = sharedStringCount
    self.dateStyles = dateStyles
    self.maxRows = maxRows
    value.reserveCapacity(64)
    cells.reserveCapacity(64)
    rowText.reserveCapacity(1024)
  }

  private func badCell(_ en: String, _ vi: String) -> WorkbookError {
    WorkbookError(.badCell(detail: en, vi: vi), file: file, part: sheet.part, sheet: sheet.name, cell: reference)
  }

  mutating func read(
    _ buffer: UnsafeBufferPointer<UInt8>, _ body: (RawRow) -> Void
  ) throws(WorkbookError)
    -> WorkbookFile.SheetLayout
  {
    var s = XMLScanner(buffer)
    var layout = WorkbookFile.SheetLayout(dimension: nil, mergedRanges: [])
    var rowNumber = 0
    var column = 0
    var inData = false
    while true {
      let event: XMLEvent
      do {
        event = try s.next()
      } catch {
        let (line, col) = XMLScanner.lineAndColumn(of: error.offset, in: buffer)
        throw WorkbookError(
          .malformedXML(detail: error.en, vi: error.vi, line: line, column: col), file: file,
          part: sheet.part, sheet: sheet.name)
      }
      do {
        switch event {
        case .start(let selfClosing):
          if s.isNamed("c") && inData {
            column += 1
            // The cell's `r`, `t` and `s`, found in one pass over its attributes.
            var rAttribute: Range<Int>?
            var tAttribute: Range<Int>?
            var sAttribute: Range<Int>?
            for i in 0..<s.attributeCount {
              let a = s.attributes[i]
              guard a.name.count == 1 else { continue }
              switch buffer[a.name.lowerBound] {
              case UInt8(ascii: "r"): if rAttribute == nil { rAttribute = a.value }
              case UInt8(ascii: "t"): if tAttribute == nil { tAttribute = a.value }
              case UInt8(ascii: "s"): if sAttribute == nil { sAttribute = a.value }
              default: break
              }
            }
            if let r = rAttribute {
              guard let (parsed, rest) = CellReference.parse(UnsafeBufferPointer(rebasing: buffer[r])),
                rest.isEmpty
              else {
                reference = CellReference(row: max(rowNumber, 1), column: min(column, CellReference.maxColumn))
                throw badCell(
                  "the reference \"\(try s.string(r))\" is not a cell",
                  "tham chiếu \"\(try s.string(r))\" không phải là ô")
              }
              guard parsed.row == rowNumber else {
                reference = parsed
                throw badCell("the cell is inside row \(rowNumber)", "ô này lại nằm trong dòng \(rowNumber)")
              }
              column = parsed.column
            }
            reference = CellReference(row: rowNumber, column: column)
            guard column <= CellReference.maxColumn else {
              throw badCell("the column is past XFD", "cột vượt quá XFD")
            }
            type = .number
            if let t = tAttribute {
              if s.equals(t, "s") {
                type = .shared
              } else if s.equals(t, "inlineStr") {
                type = .inline
              } else if s.equals(t, "str") {
                type = .formulaText
              } else if s.equals(t, "b") {
                type = .bool
              } else if s.equals(t, "e") {
                type = .error
              } else if s.equals(t, "d") {
                type = .isoDate
              } else if !s.equals(t, "n") {
                throw badCell(
                  "unknown cell type \"\(try s.string(t))\"", "kiểu ô không xác định \"\(try s.string(t))\"")
              }
            }
            style = 0
            if let r = sAttribute { style = Self.integer(buffer, r) ?? 0 }
            hasValue = false
            hasFormula = false
            hasInline = false
            if !value.isEmpty { value.removeAll(keepingCapacity: true) }
            if !formula.isEmpty { formula.removeAll(keepingCapacity: true) }
            if !inline.isEmpty { inline.removeAll(keepingCapacity: true) }
            if selfClosing { continue }
            // Most cells are `<c ...><v>TEXT</v></c>` or `<c ...><is><t>TEXT</t></is></c>`:
            // read at once.
            if let text = s.textThenEnd("<v>", "</v>") {
              hasValue = true
              try s.appendDecoded(text, to: &value)
              try endCell(rowNumber)
            } else if type == .inline, phoneticDepth == 0, let text = s.textThenEnd("<is><t>", "</t></is>") {
              hasInline = true
              try s.appendDecoded(text, to: &inline)
              try endCell(rowNumber)
            }
          } else if s.isNamed("v") {
            hasValue = true
            capture = selfClosing ? .none : .value
          } else if s.isNamed("f") {
            hasFormula = true
            capture = selfClosing ? .none : .formula
          } else if s.isNamed("is") {
            hasInline = true
          } else if s.isNamed("rPh") && !selfClosing {
            phoneticDepth += 1
          } else if s.isNamed("t") && hasInline && phoneticDepth == 0 && !selfClosing {
            capture = .inline
          } else if s.isNamed("row") && inData {
            if let r = s.attribute("r") {
              guard let n = Self.integer(buffer, r), n >= 1, n <= CellReference.maxRow else {
                reference = CellReference(row: max(rowNumber, 1), column: 1)
                throw badCell(
                  "the row number \"\(try s.string(r))\" is invalid", "số dòng \"\(try s.string(r))\" không hợp lệ")
              }
              rowNumber = n
            } else {
              rowNumber += 1
            }
            column = 0
            if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
            if !rowText.isEmpty { rowText.removeAll(keepingCapacity: true) }
          } else if s.isNamed("sheetData") {
            inData = !selfClosing
          } else if s.isNamed("dimension"), let r = s.attribute("ref") {
            layout.dimension = CellRange(try s.string(r))
          } else if s.isNamed("mergeCell"), let r = s.attribute("ref") {
            if let range = CellRange(try s.string(r)) { layout.mergedRanges.append(range) }
          }
        case .text(let range, let cdata):
          switch capture {
          case .none: break
          case .value: try s.appendDecoded(range, decode: !cdata, to: &value)
          case .formula: try s.appendDecoded(range, decode: !cdata, to: &formula)
          case .inline: try s.appendDecoded(range, decode: !cdata, to: &inline)
          }
        case .end:
          if s.isNamed("c") && inData {
            try endCell(rowNumber)
          } else if s.isNamed("v") || s.isNamed("f") || s.isNamed("t") {
            capture = .none
          } else if s.isNamed("rPh") {
            phoneticDepth -= 1
          } else if s.isNamed("row") && inData {
            if !cells.isEmpty {
              // The working buffers themselves, which the next row reuses.
              cells.withUnsafeBufferPointer { c in
                rowText.withUnsafeBufferPointer { t in body(RawRow(number: rowNumber, cells: c, text: t)) }
              }
              cells.removeAll(keepingCapacity: true)
              rowText.removeAll(keepingCapacity: true)
            }
          } else if s.isNamed("sheetData") {
            inData = false
          }
        case .endOfDocument:
          return layout
        }
      } catch let error as XMLScanError {
        let (line, col) = XMLScanner.lineAndColumn(of: error.offset, in: buffer)
        throw WorkbookError(
          .malformedXML(detail: error.en, vi: error.vi, line: line, column: col), file: file,
          part: sheet.part, sheet: sheet.name)
      } catch let error as WorkbookError {
        throw error
      } catch {
        throw badCell("\(error)", "\(error)")
      }
    }
  }

  /// The cell's end tag: the cell joins the row if it has a value.
  private mutating func endCell(_ rowNumber: Int) throws(WorkbookError) {
    if try finishCell() {
      if rowNumber > maxRows {
        throw WorkbookError(
          .tooManyRows(limit: maxRows), file: file, part: sheet.part, sheet: sheet.name, cell: reference)
      }
    }
  }

  /// Adds bytes to the row's text; their range in it.
  private mutating func keep(_ bytes: [UInt8], normalized: Bool) -> Range<Int32> {
    let start = Int32(truncatingIfNeeded: rowText.count)
    if normalized { OOXMLText.append(bytes, to: &rowText) } else { rowText.append(contentsOf: bytes) }
    return start..<Int32(truncatingIfNeeded: rowText.count)
  }

  /// Adds the cell just closed to the row; `false` if it has no value.
  private mutating func finishCell() throws(WorkbookError) -> Bool {
    let formulaRange = hasFormula ? keep(formula, normalized: false) : 0..<0
    var cell = RawCell(
      column: Int32(truncatingIfNeeded: reference.column), kind: .number, hasFormula: hasFormula,
      style: Int32(truncatingIfNeeded: style), number: 0, text: 0..<0, formula: formulaRange)
    let empty = !hasValue || value.isEmpty
    func withoutValue() -> Bool {
      guard hasFormula else { return false }
      cell.kind = .formulaWithoutValue
      cells.append(cell)
      return true
    }
    switch type {
    case .inline:
      guard hasInline else { return withoutValue() }
      cell.kind = .text
      cell.text = keep(inline, normalized: true)
    case .shared:
      if empty { return false }
      guard let index = Self.integer(value), index < sharedStringCount else {
        throw badCell(
          "shared string \"\(String(decoding: value, as: UTF8.self))\" does not exist (there are \(sharedStringCount))",
          "chuỗi dùng chung \"\(String(decoding: value, as: UTF8.self))\" không tồn tại (chỉ có \(sharedStringCount))"
        )
      }
      cell.kind = .shared
      cell.number = Double(index)
    case .formulaText:
      if !hasValue { return withoutValue() }
      cell.kind = .text
      cell.text = keep(value, normalized: true)
    case .bool:
      if empty { return withoutValue() }
      switch String(decoding: value, as: UTF8.self) {
      case "1", "true": cell.number = 1
      case "0", "false": cell.number = 0
      case let other: throw badCell("\"\(other)\" is not a boolean", "\"\(other)\" không phải giá trị đúng/sai")
      }
      cell.kind = .bool
    case .error:
      if empty { return withoutValue() }
      cell.kind = .error
      cell.text = keep(value, normalized: false)
    case .isoDate:
      if empty { return withoutValue() }
      guard let serial = Self.isoSerial(value, in: dateSystem) else {
        throw badCell(
          "\"\(String(decoding: value, as: UTF8.self))\" is not an ISO 8601 date",
          "\"\(String(decoding: value, as: UTF8.self))\" không phải ngày theo ISO 8601")
      }
      cell.kind = .date
      cell.number = serial
    case .number:
      if empty { return withoutValue() }
      guard let number = Self.double(&value) else {
        throw badCell(
          "\"\(String(decoding: value, as: UTF8.self))\" is not a number",
          "\"\(String(decoding: value, as: UTF8.self))\" không phải là số")
      }
      cell.number = number
      cell.kind = style < dateStyles.count && dateStyles[style] != nil ? .date : .number
    }
    cells.append(cell)
    return true
  }

  static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    integer(UnsafeBufferPointer(rebasing: buffer[range]))
  }

  static func integer<C: Collection<UInt8>>(_ digits: C) -> Int? {
    guard !digits.isEmpty, digits.count <= 12 else { return nil }
    var n = 0
    for d in digits {
      guard d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9") else { return nil }
      n = n * 10 + Int(d - UInt8(ascii: "0"))
    }
    return n
  }

  /// A decimal number in XML Schema's `double` form (also `INF`, `-INF`, `NaN` are refused: no
  /// cell holds them).
  static func double(_ text: inout [UInt8]) -> Double? {
    if let n = integer(text), text.count <= 15 { return Double(n) }
    guard text.count <= 64 else { return nil }
    for b in text {
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "e"), UInt8(ascii: "E"):
        continue
      default:
        return nil
      }
    }
    text.append(0)
    defer { text.removeLast() }
    return text.withUnsafeBufferPointer { b -> Double? in
      let start = UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
      var end: UnsafeMutablePointer<CChar>?
      let value = strtod(start, &end)
      guard let end, start.distance(to: end) == b.count - 1, b.count > 1, value.isFinite else { return nil }
      return value
    }
  }

  /// The serial of `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss[.fff][Z]`, or of a time `hh:mm:ss`
  /// alone.
  static func isoSerial(_ text: [UInt8], in system: DateSystem) -> Double? {
    let s = String(decoding: text, as: UTF8.self)
    func number(_ part: Substring) -> Int? { Int(part) }
    var datePart = Substring(s)
    var timePart: Substring?
    if let t = s.firstIndex(of: "T") {
      datePart = s[..<t]
      timePart = s[s.index(after: t)...]
    } else if s.contains(":") {
      datePart = ""
      timePart = Substring(s)
    }
    var serial = 0.0
    if !datePart.isEmpty {
      let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
      guard fields.count == 3, let y = number(fields[0]), let m = number(fields[1]), let d = number(fields[2]),
        let days = system.serial(year: y, month: m, day: d)
      else { return nil }
      serial = days
    }
    if var time = timePart {
      if time.hasSuffix("Z") { time = time.dropLast() }
      let fields = time.split(separator: ":", omittingEmptySubsequences: false)
      guard fields.count == 3 || fields.count == 2, let h = number(fields[0]), let m = number(fields[1]),
        (0...23).contains(h), (0...59).contains(m)
      else { return nil }
      let seconds = fields.count == 3 ? Double(fields[2]) ?? -1 : 0
      guard seconds >= 0 && seconds < 61 else { return nil }
      serial += (Double(h * 3600 + m * 60) + seconds) / 86400
    }
    return serial
  }
}

/// The texts made of each hash of their bytes (by the hash's low bits): a sheet repeats the
/// same codes and titles row after row, and a repeated one is then no new string.
struct RecentTexts {
  private var slots = [(hash: UInt64, text: String)](repeating: (0, ""), count: 4096)

  /// The text of bytes in valid UTF-8.
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count <= 64 else { return String(decoding: bytes, as: UTF8.self) }
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
    let slot = Int(truncatingIfNeeded: hash & 4095)
    let recent = slots[slot]
    if recent.hash == hash, recent.text.utf8.elementsEqual(bytes) { return recent.text }
    let made = String(decoding: bytes, as: UTF8.self)
    slots[slot] = (hash, made)
    return made
  }
}
