#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A workbook with all its sheets read.
package struct Workbook: Hashable, Sendable {
  /// The path as the caller gave it.
  package var file: String
  package var dateSystem: DateSystem
  /// The sheets in the workbook's order (the order of its tabs).
  package var sheets: [Sheet]

  /// The sheet of that name (names are compared as Excel does, ignoring case).
  package func sheet(named name: String) -> Sheet? {
    sheets.first { $0.name.lowercased() == name.lowercased() }
  }
}

/// Reads `.xlsx` workbooks (Office Open XML spreadsheets): the zip archive, the relationships
/// that lead to the sheets, shared strings, the styles that make a number a date, and each
/// sheet's cells with their positions.
package struct WorkbookReader: Sendable {
  package var options: WorkbookReadOptions

  package init(options: WorkbookReadOptions = WorkbookReadOptions()) {
    self.options = options
  }

  /// Reads a workbook and all its sheets from a file.
  package func read(path: String) throws(WorkbookError) -> Workbook {
    var file = try open(path: path)
    return try file.readAll()
  }

  /// Reads a workbook and all its sheets from bytes; `name` is used in messages.
  package func read(bytes: [UInt8], name: String) throws(WorkbookError) -> Workbook {
    var file = try open(bytes: bytes, name: name)
    return try file.readAll()
  }

  /// Opens a workbook file: reads its directory, workbook part, shared strings and styles.
  /// The sheets are read on request.
  package func open(path: String) throws(WorkbookError) -> WorkbookFile {
    try open(bytes: Self.readFile(path, limit: options.maxTotalBytes), name: path)
  }

  /// Opens a workbook held in memory.
  package func open(bytes: [UInt8], name: String) throws(WorkbookError) -> WorkbookFile {
    try WorkbookFile(bytes: bytes, name: name, options: options)
  }

  static func readFile(_ path: String, limit: Int) throws(WorkbookError) -> [UInt8] {
    func failure(_ code: Int32) -> WorkbookError { WorkbookError(.unreadable(errno: code), file: path) }
    guard let handle = fopen(path, "rb") else { throw failure(errno) }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
      if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
      if bytes.count > limit { throw WorkbookError(.totalTooLarge(limit: limit), file: path) }
      if n < chunk.count {
        if ferror(handle) != 0 { throw failure(errno) }
        return bytes
      }
    }
  }
}

/// An opened workbook: its sheets listed, shared strings and styles read, the sheets' cells
/// read one sheet at a time.
package struct WorkbookFile {
  /// The path as the caller gave it.
  package let file: String
  /// The sheets in the workbook's order (worksheets only: chart sheets have no cells).
  package private(set) var sheets: [SheetInfo] = []
  package private(set) var dateSystem = DateSystem.from1900
  var archive: ZipArchive
  package private(set) var sharedStrings = SharedStrings()
  /// The memory of the last sheet read, for the next one's XML.
  private var spareSheet: [UInt8] = []
  /// The date format of each cell style (`cellXfs` index), `nil` for the others.
  var dateStyles: [String?] = []
  let options: WorkbookReadOptions

  init(bytes: [UInt8], name: String, options: WorkbookReadOptions) throws(WorkbookError) {
    self.file = name
    self.options = options
    archive = try ZipArchive(bytes: bytes, file: name, options: options)
    try readParts()
  }

  /// The inflated bytes of a part (a zip entry), under the same limits as the rest, or `nil`
  /// when there is no such part.
  package mutating func part(_ name: String) throws(WorkbookError) -> [UInt8]? {
    try archive.read(name)
  }

  /// Gives back the memory kept for reading sheets.
  package mutating func releaseSheetMemory() {
    spareSheet = []
  }

  /// All the sheets' cells.
  package mutating func readAll() throws(WorkbookError) -> Workbook {
    var read: [Sheet] = []
    for info in sheets { read.append(try readSheet(info)) }
    return Workbook(file: file, dateSystem: dateSystem, sheets: read)
  }

  /// One sheet's cells.
  package mutating func readSheet(_ info: SheetInfo) throws(WorkbookError) -> Sheet {
    var rows: [Row] = []
    let layout = try forEachRow(of: info) { row in
      // A copy of exactly the row's size: the reader's working array keeps its capacity for
      // the next row, and a sheet kept whole holds no slack.
      var exact: [Cell] = []
      exact.reserveCapacity(row.cells.count)
      exact.append(contentsOf: row.cells)
      rows.append(Row(number: row.number, cells: exact))
    }
    return Sheet(info: info, dimension: layout.dimension, mergedRanges: layout.mergedRanges, rows: rows)
  }

  /// What a sheet says about its shape besides its cells.
  package struct SheetLayout: Hashable, Sendable {
    package var dimension: CellRange?
    package var mergedRanges: [CellRange]
  }

  /// Calls `body` with each row that has a value, in order, without keeping them: the memory
  /// used is the sheet's XML and one row.
  package mutating func forEachRow(
    of info: SheetInfo, _ body: (Row) -> Void
  ) throws(WorkbookError)
    -> SheetLayout
  {
    var texts = RecentTexts()
    var cells: [Cell] = []
    let shared = sharedStrings
    let styles = dateStyles
    return try forEachRawRow(of: info) { raw in
      cells.removeAll(keepingCapacity: true)
      for c in raw.cells {
        let reference = CellReference(row: raw.number, column: Int(c.column))
        let formula = c.hasFormula ? String(decoding: raw.bytes(c.formula), as: UTF8.self) : nil
        let value: CellValue
        var dateFormat: String?
        switch c.kind {
        case .text: value = .text(texts.text(raw.bytes(c.text)))
        case .shared: value = .text(shared.string(Int(c.number)))
        case .number: value = .number(c.number)
        case .date:
          value = .date(c.number)
          dateFormat = Int(c.style) < styles.count ? styles[Int(c.style)] : nil
        case .bool: value = .bool(c.number != 0)
        case .error: value = .error(String(decoding: raw.bytes(c.text), as: UTF8.self))
        case .formulaWithoutValue: value = .formulaWithoutValue
        }
        cells.append(Cell(reference, value, formula: formula, dateFormat: dateFormat))
      }
      body(Row(number: raw.number, cells: cells))
    }
  }

  /// Calls `body` with each row that has a value, in order, as the reader finds it: no text is
  /// made, and the row's buffers are the reader's own, reused for the next row.
  package mutating func forEachRawRow(
    of info: SheetInfo, _ body: (RawRow) -> Void
  ) throws(WorkbookError)
    -> SheetLayout
  {
    guard var xml = try archive.read(info.part, reusing: &spareSheet) else {
      throw WorkbookError(.missingPart, file: file, part: info.part, sheet: info.name)
    }
    var reader = SheetReader(
      file: file, sheet: info, sharedStringCount: sharedStrings.count, dateStyles: dateStyles,
      maxRows: options.maxRows, dateSystem: dateSystem)
    defer {
      xml.removeAll(keepingCapacity: true)
      spareSheet = xml
    }
    return try xml.withUnsafeBufferPointer { (buffer) throws(WorkbookError) -> SheetLayout in
      try reader.read(buffer, body)
    }
  }

  // MARK: - Parts

  private func xmlError(_ e: XMLScanError, part: String, in buffer: UnsafeBufferPointer<UInt8>) -> WorkbookError {
    let (line, column) = XMLScanner.lineAndColumn(of: e.offset, in: buffer)
    return WorkbookError(.malformedXML(detail: e.en, vi: e.vi, line: line, column: column), file: file, part: part)
  }

  /// Scans a small part, calling `handle` at each event.
  private func scan(
    _ part: String, _ bytes: [UInt8],
    _ handle: (inout XMLScanner, XMLEvent) throws(XMLScanError) -> Void
  ) throws(WorkbookError) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(WorkbookError) in
      var scanner = XMLScanner(buffer)
      do throws(XMLScanError) {
        while true {
          let event = try scanner.next()
          if event == .endOfDocument { return }
          try handle(&scanner, event)
        }
      } catch {
        throw xmlError(error, part: part, in: buffer)
      }
    }
  }

  struct Relationship {
    var type: String
    var target: String
  }

  /// The relationships of a part, by id, with targets resolved to entry names.
  private mutating func relationships(of part: String) throws(WorkbookError) -> [String: Relationship] {
    let folder = Self.folder(of: part)
    let name = String(part.split(separator: "/").last ?? "")
    let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    guard let bytes = try archive.read(relsPart) else { return [:] }
    var result: [String: Relationship] = [:]
    try scan(relsPart, bytes) { (s, event) throws(XMLScanError) in
      guard case .start = event, s.isNamed("Relationship") else { return }
      guard let id = s.attribute("Id"), let target = s.attribute("Target") else { return }
      if let mode = s.attribute("TargetMode"), s.equals(mode, "External") { return }
      let type = try s.attribute("Type").map { (r) throws(XMLScanError) in try s.string(r) } ?? ""
      let resolved = Self.resolve(try s.string(target), from: folder)
      result[try s.string(id)] = Relationship(type: type, target: resolved)
    }
    return result
  }

  static func folder(of part: String) -> String {
    var components = part.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast()
    return components.joined(separator: "/")
  }

  /// An entry name from a relationship target: absolute (`/xl/...`) or relative to the folder
  /// of the part that has the relationship.
  static func resolve(_ target: String, from folder: String) -> String {
    let joined = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
    var parts: [Substring] = []
    for component in joined.split(separator: "/") {
      if component == "." { continue }
      if component == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(component)
    }
    return parts.joined(separator: "/")
  }

  private mutating func readParts() throws(WorkbookError) {
    var workbookPart = "xl/workbook.xml"
    for (_, r) in try relationships(of: "") where r.type.hasSuffix("/officeDocument") {
      workbookPart = r.target
    }
    guard let workbookBytes = try archive.read(workbookPart) else {
      throw WorkbookError(.missingPart, file: file, part: workbookPart)
    }
    let rels = try relationships(of: workbookPart)
    var listed: [(name: String, id: String, visibility: SheetVisibility)] = []
    var date1904 = false
    try scan(workbookPart, workbookBytes) { (s, event) throws(XMLScanError) in
      guard case .start = event else { return }
      if s.isNamed("workbookPr"), let v = s.attribute("date1904") {
        date1904 = s.equals(v, "1") || s.equals(v, "true")
      } else if s.isNamed("sheet"), let name = s.attribute("name"), let id = s.attribute("id") {
        var visibility = SheetVisibility.visible
        if let state = s.attribute("state") {
          visibility = s.equals(state, "hidden") ? .hidden : s.equals(state, "veryHidden") ? .veryHidden : .visible
        }
        listed.append((try s.string(name), try s.string(id), visibility))
      }
    }
    dateSystem = date1904 ? .from1904 : .from1900
    for entry in listed {
      guard let r = rels[entry.id] else {
        throw WorkbookError(.noSuchSheet(entry.name), file: file, part: workbookPart)
      }
      // Chart sheets, dialog sheets and macro sheets have no cells.
      guard r.type.hasSuffix("/worksheet") else { continue }
      sheets.append(SheetInfo(name: entry.name, part: r.target, visibility: entry.visibility))
    }
    for (_, r) in rels {
      if r.type.hasSuffix("/sharedStrings") {
        try readSharedStrings(r.target)
      } else if r.type.hasSuffix("/styles") {
        try readStyles(r.target)
      }
    }
  }

  private mutating func readSharedStrings(_ part: String) throws(WorkbookError) {
    guard let bytes = try archive.read(part) else { return }
    var strings = SharedStrings()
    var current: [UInt8] = []
    var inItem = false
    var inText = false
    var phoneticDepth = 0
    try scan(part, bytes) { (s, event) throws(XMLScanError) in
      switch event {
      case .start(let selfClosing):
        if s.isNamed("si") {
          current.removeAll(keepingCapacity: true)
          if selfClosing { strings.append(decoded: []) } else { inItem = true }
        } else if s.isNamed("rPh") && !selfClosing {
          phoneticDepth += 1
        } else if s.isNamed("t") && inItem && phoneticDepth == 0 && !selfClosing {
          inText = true
        }
      case .end:
        if s.isNamed("si") {
          strings.append(decoded: current)
          inItem = false
        } else if s.isNamed("rPh") {
          phoneticDepth -= 1
        } else if s.isNamed("t") {
          inText = false
        }
      case .text(let range, let cdata):
        if inText { try s.appendDecoded(range, decode: !cdata, to: &current) }
      case .endOfDocument:
        break
      }
    }
    sharedStrings = strings
  }

  private mutating func readStyles(_ part: String) throws(WorkbookError) {
    guard let bytes = try archive.read(part) else { return }
    var custom: [Int: String] = [:]
    var xfs: [Int] = []
    var inCellXfs = false
    try scan(part, bytes) { (s, event) throws(XMLScanError) in
      switch event {
      case .start(let selfClosing):
        if s.isNamed("numFmt"), let id = s.attribute("numFmtId"), let code = s.attribute("formatCode") {
          if let n = Int(try s.string(id)) { custom[n] = try s.string(code) }
        } else if s.isNamed("cellXfs") && !selfClosing {
          inCellXfs = true
        } else if s.isNamed("xf") && inCellXfs {
          xfs.append(try s.attribute("numFmtId").flatMap { (r) throws(XMLScanError) in Int(try s.string(r)) } ?? 0)
        }
      case .end:
        if s.isNamed("cellXfs") { inCellXfs = false }
      default:
        break
      }
    }
    dateStyles = xfs.map { id in
      if let code = custom[id] { return NumberFormats.isDate(code) ? code : nil }
      return NumberFormats.builtInDates[id]
    }
  }
}
