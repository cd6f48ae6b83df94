import SourceDiagnostics
import Testing

@testable import YAML

/// The places of a document of cells: keys at their header, values at their rows.
struct CellPlaceTests {
  /// Codes the places of rows as the workbook reader writes them (a row's mapping at its first
  /// cell, then each column's key at the header and value at the row), and checks that every
  /// start is found again; the finished table, and the number of nodes.
  private func code(
    columns: [Int], rows: Range<Int>, skipping: Bool, valueLine: (Int, Int) -> Int
  ) -> (PlaceTable, Int) {
    var table = PlaceTable(cells: true)
    var nodes: [NodeRecord] = []
    var places: [(line: Int, column: Int)] = []
    func add(_ line: Int, _ column: Int) {
      let i = nodes.count
      let start = table.startBits(of: i, line: line, column: column)
      let end = table.endBits(of: i, start: (line, column), line: line, column: column, wasWide: false)
      nodes.append(NodeRecord(payload: 0, bits: start | end))
      places.append((line, column))
    }
    for row in rows {
      add(row, columns[0])
      for c in columns where !skipping || (row + c) % 7 != 0 {
        add(1, c)
        add(valueLine(row, c), c)
      }
    }
    let finished = table.finished(with: nodes)
    for (i, p) in places.enumerated() {
      let range = finished.range(of: i, in: nodes)
      #expect(range.start == SourcePosition(line: p.line, column: p.column), "node \(i)")
      #expect(range.end == range.start, "node \(i)")
    }
    return (finished, nodes.count)
  }

  /// Columns far apart, some cells missing, a column's values on other lines than the row's:
  /// every start is found again.
  @Test func cellsAnywhereAreFoundAgain() {
    _ = code(columns: [1, 2, 3, 5, 8, 13, 300, 1500, 1501, 3000], rows: 2..<400, skipping: true) { row, c in
      c == 300 ? 3 * row : row
    }
  }

  /// A sheet of thirteen columns: about one start in a row (its first key) is kept wide, besides
  /// some of the nodes just after a checkpoint.
  @Test func aRowOfCellsKeepsAboutOneStartWide() {
    let (table, nodes) = code(columns: Array(1...13), rows: 2..<402, skipping: false) { row, _ in row }
    #expect(table.wideStartNodes.count <= 400 + nodes / PlaceTable.stride, "\(table.wideStartNodes.count) of \(nodes)")
  }
}
