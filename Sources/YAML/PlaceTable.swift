import SourceDiagnostics

/// How a ``YAMLDocument`` keeps its nodes' places small: 24 bits of each node's record, and
/// side tables for the few that do not fit there.
///
/// Nodes come in the order they start, so a node's start is kept in 12 bits as a step from the
/// previous node's start: on the same line, the columns across (up to 2,047); on a line up to 8
/// lines down, the column there (up to 256). Every 32nd node's start is kept whole in
/// ``checkpoints`` instead, and a place is found by walking from the last checkpoint. A node's
/// end is kept in 12 bits from its own start: on the same line, the columns across (up to
/// 2,047); up to 16 lines down, the column there (up to 128). A start or an end that does not
/// fit (a block collection spanning many lines, a flow collection wider than 2,047 characters,
/// a workbook going back to an earlier row) goes whole into ``wideStarts`` or ``wideEnds``,
/// and its record says so: about one node in a thousand in submissions of every layout, more in
/// workbooks, whose trees go from sheet to sheet. The side tables are sorted lists of node
/// indexes beside their places, searched by halves: nodes are coded in order, so starts come
/// sorted, and ends are put in order once, by ``finished(with:)``. Lines and columns are 1-based.
///
/// In a document assembled from a workbook's cells (``init(cells:)``), a key is at its column's
/// header and its value at its row, far below, key after value: there a start on the same line
/// is kept in 10 bits of columns across (up to 1,023), from the previous node's start or, with
/// the bit above them set, from the start of the node before it.
struct PlaceTable: Sendable, Equatable {
  /// Every how many nodes a start is kept whole.
  static let stride = 32
  /// The start of every `stride`-th node, from node 0: line in the high half, column in the low.
  private(set) var checkpoints: [UInt64] = []
  /// The nodes whose start does not fit in their record, in order, and those starts.
  private(set) var wideStartNodes: [UInt32] = []
  private(set) var wideStarts: [UInt64] = []
  /// The nodes whose end does not fit in their record, and those ends: in the order they were
  /// coded until ``finished(with:)`` sorts them and keeps each node's last.
  private(set) var wideEndNodes: [UInt32] = []
  private(set) var wideEnds: [UInt64] = []
  /// The start of the last node coded, from which the next one's is.
  private var lastLine = 1
  private var lastColumn = 1
  /// Whether starts may be coded from the node before the previous one (``init(cells:)``), and
  /// that node's start.
  private(set) var fromCells = false
  private var olderLine = 1
  private var olderColumn = 1

  /// Where the start's 12 bits are in a record's bits, and the end's.
  static let startShift: UInt32 = 8
  static let endShift: UInt32 = 20
  /// The bits of a node's record that code its end.
  static let endMask: UInt32 = 0xFFF0_0000 | NodeRecord.flagWideEnd
  /// In a start's or an end's 12 bits: set when the place is on a later line.
  private static let down: UInt32 = 0x800
  /// In a start's 12 bits, in a document of cells: set when the start is from the node before
  /// the previous one.
  private static let older: UInt32 = 0x400

  init() {}

  /// A table for a document assembled from cells (see the type's description).
  init(cells: Bool) {
    fromCells = cells
  }

  /// Reserves room for the checkpoints of about `nodes` nodes.
  mutating func reserve(nodes: Int) {
    checkpoints.reserveCapacity(nodes / Self.stride + 1)
  }

  @inline(__always)
  private static func pack(_ line: Int, _ column: Int) -> UInt64 {
    UInt64(UInt32(truncatingIfNeeded: line)) << 32 | UInt64(UInt32(truncatingIfNeeded: column))
  }

  @inline(__always)
  private static func unpack(_ p: UInt64) -> (line: Int, column: Int) {
    (Int(p >> 32), Int(p & 0xFFFF_FFFF))
  }

  /// Codes the start of node `index`, the node after the last one coded: returns the bits of
  /// its record, the wide-start flag included when it went into the side table.
  @inline(__always)
  mutating func startBits(of index: Int, line: Int, column: Int) -> UInt32 {
    let (previousLine, previousColumn) = (lastLine, lastColumn)
    let (olderLine, olderColumn) = (self.olderLine, self.olderColumn)
    self.olderLine = previousLine
    self.olderColumn = previousColumn
    lastLine = line
    lastColumn = column
    if index % Self.stride == 0 {
      checkpoints.append(Self.pack(line, column))
      return 0
    }
    let steps = line - previousLine
    if steps == 0 {
      let across = column - previousColumn
      if across >= 0 && across < (fromCells ? 0x400 : 0x800) { return UInt32(across) << Self.startShift }
    } else if steps >= 1 && steps <= 8 && column >= 1 && column <= 256 {
      return (Self.down | UInt32(steps - 1) << 8 | UInt32(column - 1)) << Self.startShift
    }
    // From the node before the previous one, when the walk from the checkpoint knows it.
    if fromCells && index % Self.stride >= 2 && line == olderLine {
      let across = column - olderColumn
      if across >= 0 && across < 0x400 { return (Self.older | UInt32(across)) << Self.startShift }
    }
    wideStartNodes.append(UInt32(truncatingIfNeeded: index))
    wideStarts.append(Self.pack(line, column))
    return NodeRecord.flagWideStart
  }

  /// Codes the end of node `index`, which starts at `start`: returns the bits of its record
  /// under ``endMask``. A node's end may be coded again (a collection's, when it closes).
  @inline(__always)
  mutating func endBits(
    of index: Int, start: (line: Int, column: Int), line: Int, column: Int, wasWide: Bool
  ) -> UInt32 {
    let steps = line - start.line
    var bits: UInt32?
    if steps == 0 {
      let across = column - start.column
      if across >= 0 && across < 0x800 { bits = UInt32(across) << Self.endShift }
    } else if steps >= 1 && steps <= 16 && column >= 1 && column <= 128 {
      bits = (Self.down | UInt32(steps - 1) << 7 | UInt32(column - 1)) << Self.endShift
    }
    // An end coded wide before and narrow now leaves its entry, which ``finished(with:)`` drops.
    if let bits { return bits }
    wideEndNodes.append(UInt32(truncatingIfNeeded: index))
    wideEnds.append(Self.pack(line, column))
    return NodeRecord.flagWideEnd
  }

  /// The table once every node of `nodes` is coded: the ends in node order, each node's last,
  /// and only those of nodes whose record still says their end is wide.
  func finished(with nodes: [NodeRecord]) -> PlaceTable {
    var table = self
    let order = wideEndNodes.indices.sorted {
      (wideEndNodes[$0], $0) < (wideEndNodes[$1], $1)
    }
    table.wideEndNodes = []
    table.wideEnds = []
    for (k, entry) in order.enumerated() {
      let node = wideEndNodes[entry]
      if k + 1 < order.count && wideEndNodes[order[k + 1]] == node { continue }
      let i = Int(node)
      guard i < nodes.count, nodes[i].bits & NodeRecord.flagWideEnd != 0 else { continue }
      table.wideEndNodes.append(node)
      table.wideEnds.append(wideEnds[entry])
    }
    return table
  }

  /// The place kept for node `index` in a side table, found by halves in its sorted nodes.
  private static func wide(_ index: Int, nodes: [UInt32], places: [UInt64]) -> UInt64 {
    let key = UInt32(truncatingIfNeeded: index)
    var low = 0
    var high = nodes.count
    while low < high {
      let middle = (low + high) / 2
      if nodes[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < nodes.count && nodes[low] == key ? places[low] : 0
  }

  /// The start of node `index` of `nodes`, the records coded with this table.
  func start(of index: Int, in nodes: [NodeRecord]) -> (line: Int, column: Int) {
    let k = index / Self.stride
    guard k < checkpoints.count, index < nodes.count else { return (1, 1) }
    var (line, column) = Self.unpack(checkpoints[k])
    // The start of the node before, for a start coded from it.
    var (olderLine, olderColumn) = (line, column)
    var j = k * Self.stride + 1
    while j <= index {
      let b = nodes[j].bits
      let (previousLine, previousColumn) = (line, column)
      if b & NodeRecord.flagWideStart != 0 {
        (line, column) = Self.unpack(Self.wide(j, nodes: wideStartNodes, places: wideStarts))
      } else {
        let f = Int(b >> Self.startShift & 0xFFF)
        if f & Int(Self.down) != 0 {
          line += (f >> 8 & 0x7) + 1
          column = (f & 0xFF) + 1
        } else if fromCells && f & Int(Self.older) != 0 {
          (line, column) = (olderLine, olderColumn + (f & 0x3FF))
        } else {
          column += f
        }
      }
      (olderLine, olderColumn) = (previousLine, previousColumn)
      j += 1
    }
    return (line, column)
  }

  /// Where node `index` of `nodes` is written, from its start to its end.
  func range(of index: Int, in nodes: [NodeRecord]) -> SourceRange {
    let (line, column) = start(of: index, in: nodes)
    let b = index < nodes.count ? nodes[index].bits : 0
    let end: (line: Int, column: Int)
    if b & NodeRecord.flagWideEnd != 0 {
      end = Self.unpack(Self.wide(index, nodes: wideEndNodes, places: wideEnds))
    } else {
      let f = Int(b >> Self.endShift & 0xFFF)
      end = f & Int(Self.down) == 0 ? (line, column + f) : (line + (f >> 7 & 0xF) + 1, (f & 0x7F) + 1)
    }
    return SourceRange(
      start: SourcePosition(line: line, column: column), end: SourcePosition(line: end.line, column: end.column))
  }
}

/// A finished ``PlaceTable``, shared by the copies of a document.
final class PlaceTableBox: Sendable {
  let table: PlaceTable
  init(_ table: PlaceTable) { self.table = table }
}
