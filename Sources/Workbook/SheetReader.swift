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
  var reference = CellReference(row: 1, column: 1)
  var type = CellType.number
  var style = 0
  var hasValue = false
  var hasFormula = false
  var hasInline = false
  private var capture = Capture.none
  var value: [UInt8] = []
  var formula: [UInt8] = []
  var inline: [UInt8] = []
  var phoneticDepth = 0
  /// The cells of the row being read, and the bytes of their texts.
  var cells: [RawCell] = []
  var rowText: [UInt8] = []

  enum CellType { case number, shared, inline, formulaText, bool, error, isoDate }

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

  func badCell(_ en: String, _ vi: String) -> WorkbookError {
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
      do {
        // Nearly every cell is plain, and read at once.
        if inData, let cell = s.plainCell(),
          try readPlain(cell, &s, buffer, rowNumber: rowNumber, column: &column)
        {
          continue
        }
        let event = try s.next()
        switch event {
        case .start(let selfClosing):
          if s.isNamed("c") && inData {
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
            try beginCell(
              r: rAttribute, t: tAttribute, s: sAttribute, in: s, buffer, rowNumber: rowNumber, column: &column)
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
