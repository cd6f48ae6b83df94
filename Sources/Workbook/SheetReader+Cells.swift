#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cells of ``SheetReader``: a cell's attributes, a plain cell read at once, and a cell
/// joining its row.
extension SheetReader {
  /// A cell's start tag, from its `r`, `t` and `s` attributes: its place, type and style, with
  /// the state of the cell before reset. `column` is the column of the cell before it.
  mutating func beginCell(
    r: Range<Int>?, t: Range<Int>?, s styleAttribute: Range<Int>?, in scanner: borrowing XMLScanner,
    _ buffer: UnsafeBufferPointer<UInt8>, rowNumber: Int, column: inout Int
  ) throws {
    column += 1
    if let r = r {
      guard let (parsed, rest) = CellReference.parse(UnsafeBufferPointer(rebasing: buffer[r])),
        rest.isEmpty
      else {
        reference = CellReference(row: max(rowNumber, 1), column: min(column, CellReference.maxColumn))
        throw badCell(
          "the reference \"\(try scanner.string(r))\" is not a cell",
          "tham chiếu \"\(try scanner.string(r))\" không phải là ô")
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
    if let t = t {
      // By length first: nearly every type is one letter.
      var known = true
      if t.count == 1 {
        switch buffer[t.lowerBound] {
        case UInt8(ascii: "s"): type = .shared
        case UInt8(ascii: "n"): break
        case UInt8(ascii: "b"): type = .bool
        case UInt8(ascii: "e"): type = .error
        case UInt8(ascii: "d"): type = .isoDate
        default: known = false
        }
      } else if scanner.equals(t, "inlineStr") {
        type = .inline
      } else if scanner.equals(t, "str") {
        type = .formulaText
      } else {
        known = false
      }
      if !known {
        throw badCell(
          "unknown cell type \"\(try scanner.string(t))\"", "kiểu ô không xác định \"\(try scanner.string(t))\"")
      }
    }
    style = 0
    if let r = styleAttribute { style = Self.integer(buffer, r) ?? 0 }
    hasValue = false
    hasFormula = false
    hasInline = false
    if !value.isEmpty { value.removeAll(keepingCapacity: true) }
    if !formula.isEmpty { formula.removeAll(keepingCapacity: true) }
    if !inline.isEmpty { inline.removeAll(keepingCapacity: true) }
  }

  /// Reads a plain cell (``PlainCell``) at the scanner's position, moving past it: `false`, with
  /// nothing read, when the events must read it (an inline string's `<is>` in a cell of
  /// another type).
  mutating func readPlain(
    _ cell: PlainCell, _ scanner: inout XMLScanner, _ buffer: UnsafeBufferPointer<UInt8>, rowNumber: Int,
    column: inout Int
  ) throws -> Bool {
    if cell.content == .inline {
      guard let t = cell.t, scanner.equals(t, "inlineStr"), phoneticDepth == 0 else { return false }
    }
    try beginCell(r: cell.r, t: cell.t, s: cell.s, in: scanner, buffer, rowNumber: rowNumber, column: &column)
    scanner.skip(to: cell.end)
    switch cell.content {
    case .selfClosing:
      break
    case .empty:
      try endCell(rowNumber)
    case .value:
      hasValue = true
      // A whole number or a shared string's index, read where it is.
      if type == .number || type == .shared, let n = Self.integer(buffer, cell.text),
        type == .number || n < sharedStringCount
      {
        if type == .shared {
          try add(.shared, number: Double(n), text: 0..<0, row: rowNumber)
        } else {
          let date = style < dateStyles.count && dateStyles[style] != nil
          try add(date ? .date : .number, number: Double(n), text: 0..<0, row: rowNumber)
        }
      } else {
        try scanner.appendDecoded(cell.text, to: &value)
        try endCell(rowNumber)
      }
    case .inline:
      hasInline = true
      // Decoded straight into the row's text.
      let start = rowText.count
      try scanner.appendDecoded(cell.text, to: &rowText)
      OOXMLText.normalize(&rowText, from: start)
      try add(
        .text, number: 0, text: Int32(truncatingIfNeeded: start)..<Int32(truncatingIfNeeded: rowText.count),
        row: rowNumber)
    }
    return true
  }

  /// Adds a cell without a formula to the row, as ``finishCell()`` does.
  private mutating func add(
    _ kind: RawCell.Kind, number: Double, text: Range<Int32>, row rowNumber: Int
  ) throws(WorkbookError) {
    cells.append(
      RawCell(
        column: Int32(truncatingIfNeeded: reference.column), kind: kind, hasFormula: false,
        style: Int32(truncatingIfNeeded: style), number: number, text: text, formula: 0..<0))
    if rowNumber > maxRows {
      throw WorkbookError(
        .tooManyRows(limit: maxRows), file: file, part: sheet.part, sheet: sheet.name, cell: reference)
    }
  }

  /// The cell's end tag: the cell joins the row if it has a value.
  mutating func endCell(_ rowNumber: Int) throws(WorkbookError) {
    if try finishCell() {
      if rowNumber > maxRows {
        throw WorkbookError(
          .tooManyRows(limit: maxRows), file: file, part: sheet.part, sheet: sheet.name, cell: reference)
      }
    }
  }

  /// Adds bytes to the row's text; their range in it.
  mutating func keep(_ bytes: [UInt8], normalized: Bool) -> Range<Int32> {
    let start = Int32(truncatingIfNeeded: rowText.count)
    if normalized { OOXMLText.append(bytes, to: &rowText) } else { rowText.append(contentsOf: bytes) }
    return start..<Int32(truncatingIfNeeded: rowText.count)
  }

  /// Adds the cell just closed to the row; `false` if it has no value.
  mutating func finishCell() throws(WorkbookError) -> Bool {
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
