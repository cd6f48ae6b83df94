internal import CYAML
import SourceDiagnostics

/// Assembles a ``YAMLDocument`` from values read elsewhere, a workbook's cells, so that the
/// readers of YAML documents (the schema decoder above all) read a workbook the way they read
/// a file: every node is placed at a sheet's cell instead of a line and column of text.
///
/// Scalars are plain, as a cell's text has no quoting; the caller writes them in the form the
/// schema reads (`2026-06-30`, `true`, an enum's code).
package struct CellTreeAssembler {
  private var builder: TreeBuilder
  private var sheets: [String] = []
  private var nodeSheets: [UInt16] = []
  /// The marks of the open collections, which end where they start (a cell is a point).
  private var openMarks: [yaml_mark_t] = []

  /// Starts an empty document for `file`, with room for about `expectedCells` cells (each a
  /// key and a value) when it is given: capacity that is never used is never resident.
  package init(file: String, options: YAMLLoadOptions = YAMLLoadOptions(), expectedCells: Int? = nil) {
    // A node takes a sixth of the expected bytes (``TreeBuilder``); a cell's key and value
    // are two nodes and, in a workbook of a submission, about twenty bytes of text.
    builder = TreeBuilder(
      file: file, options: options, expectedBytes: expectedCells.map { $0 * 24 }, cellPlaces: true)
    if let expectedCells { nodeSheets.reserveCapacity(expectedCells * 2) }
  }

  /// A place in the workbook: a sheet (as ``addSheet(_:)`` numbered it), a 1-based row and a
  /// 1-based column.
  package struct Place: Hashable, Sendable {
    package var sheet: UInt16
    package var row: Int
    package var column: Int
    package init(sheet: UInt16, row: Int, column: Int) {
      self.sheet = sheet
      self.row = row
      self.column = column
    }
  }

  /// Numbers a sheet for ``Place``; the same name gets the same number.
  package mutating func addSheet(_ name: String) -> UInt16 {
    if let i = sheets.firstIndex(of: name) { return UInt16(truncatingIfNeeded: i) }
    sheets.append(name)
    return UInt16(truncatingIfNeeded: sheets.count - 1)
  }

  @inline(__always)
  private func mark(_ place: Place) -> yaml_mark_t {
    yaml_mark_t(index: 0, line: max(place.row, 1) - 1, column: max(place.column, 1) - 1)
  }

  @inline(__always)
  private mutating func record(_ place: Place) {
    while nodeSheets.count < builder.nodes.count { nodeSheets.append(place.sheet) }
  }

  /// A scalar with the text `value` at a cell.
  package mutating func scalar(_ value: String, at place: Place) {
    let m = mark(place)
    var text = value
    _ = text.withUTF8 { bytes in
      builder.scalar(bytes, style: .plain, start: m, end: m)
    }
    record(place)
  }

  /// A scalar with the text of UTF-8 `bytes` at a cell.
  package mutating func scalar(bytes: UnsafeBufferPointer<UInt8>, at place: Place) {
    let m = mark(place)
    builder.scalar(bytes, style: .plain, start: m, end: m)
    record(place)
  }

  /// ``scalar(bytes:at:)`` for a text written many times (a column's key): `arenaOffset` keeps
  /// where the text is in the document (`UInt32.max` before its first time), and must be used
  /// with the same text only.
  package mutating func scalar(
    bytes: UnsafeBufferPointer<UInt8>, at place: Place, arenaOffset: inout UInt32
  ) {
    let m = mark(place)
    builder.scalar(bytes, style: .plain, start: m, end: m, arenaOffset: &arenaOffset)
    record(place)
  }

  /// Opens a mapping (`mapping: true`) or a sequence placed at a cell; ``end()`` closes it.
  package mutating func begin(mapping: Bool, at place: Place) {
    let m = mark(place)
    builder.startCollection(mapping: mapping, flow: false, start: m, end: m)
    openMarks.append(m)
    record(place)
  }

  /// Closes the innermost open collection.
  package mutating func end() {
    builder.endCollection(at: openMarks.popLast() ?? yaml_mark_t(index: 0, line: 0, column: 0))
  }

  /// The document, or the diagnostics (past a limit of the load options) that stopped it.
  package func document() -> YAMLLoadResult {
    guard let d = builder.document() else {
      return YAMLLoadResult(document: nil, diagnostics: builder.diagnostics)
    }
    let doc = YAMLDocument(
      nodes: d.nodes, children: d.children, text: d.text, tags: d.tags, longSpanEnds: d.longSpanEnds,
      root: d.root, file: d.file, sheets: sheets, nodeSheets: nodeSheets)
    return YAMLLoadResult(document: doc, diagnostics: builder.diagnostics)
  }
}
