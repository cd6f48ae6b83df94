import Foundation
import SourceDiagnostics
import YAML

/// A large list of records decoded on two threads. Its items are cut into runs (chunks); this
/// thread decodes the even ones straight into the document, a second thread the odd ones into
/// pieces of their own, which this thread then appends, in order, renumbered. The document
/// and the findings are the same, byte for byte, as when one thread decodes every item; only a
/// few pieces wait at a time, so that memory stays that of one decoding.
extension DecodeState {
  /// The parent of the top records of a piece, and the owner of its list's items: the record
  /// holding the list, which is not in the piece.
  static let pieceOwner = UInt32.max - 1

  /// Where a piece's list hangs, for the paths of its findings.
  struct PieceContext {
    /// The type of the record holding the list.
    var ownerType: Int
    /// The path of the record holding the list.
    var ownerPath: String
  }

  /// A run of items decoded on their own: the document's tables numbered from 0, the items'
  /// slots, and the findings.
  struct DecodedPiece {
    var objects: [DataObject]
    var slots: [PackedSlot]
    var lists: [DataList]
    var items: [PackedSlot]
    var numbers: [UInt64]
    var byType: [[ObjectID]]
    /// The slots of the run's items, in order.
    var heads: [PackedSlot]
    var findings: [Finding]
  }

  /// How many runs a list is cut into, at most, and how many runs the second thread may be
  /// ahead of the appending.
  static let pieceRuns = 128
  static let pieceWindow = 2

  /// Whether a list's items are decoded on two threads: a list of records spanning a quarter
  /// of a large document or more, met outside another shared list.
  func sharesWork(_ node: YAMLNodeID, items: (start: Int, count: Int), element: DecodePlan.Resolved) -> Bool {
    guard piece == nil, !sharing, element.kind == .object, items.count >= 4, yaml.nodeCount >= shareAbove else {
      return false
    }
    let last = reader.view.child(items.start + items.count - 1)
    return (Int(last.index) - Int(node.index)) * 4 >= yaml.nodeCount
  }

  /// Decodes the items of a list on two threads (see above); `first` is where its item slots
  /// start.
  mutating func decodeSharing(_ items: (start: Int, count: Int), _ list: ListItem, first: Int) {
    let runs = Swift.min(items.count, Self.pieceRuns)
    let count = items.count
    let bounds = { @Sendable (k: Int) in (k * count / runs)..<((k + 1) * count / runs) }
    let board = PieceBoard(window: Self.pieceWindow)
    let context = PieceContext(
      ownerType: Int(data.objects[Int(list.owner.index)].type), ownerPath: data.path(of: list.owner))
    var pieceList = list
    pieceList.owner = ObjectID(Int(Self.pieceOwner))
    let shared = SharedView(reader.view)
    let (yaml, schema, pieceItems) = (self.yaml, self.schema, pieceList)
    let worker = Thread {
      var state = DecodeState(yaml: yaml, view: shared.view, schema: schema, piece: context)
      for k in stride(from: 1, to: runs, by: 2) {
        board.waitForRoom(k)
        board.put(k, state.decodePiece(items, bounds(k), pieceItems))
      }
      board.finish()
    }
    worker.start()
    sharing = true
    sharedLists += 1
    for k in 0..<runs {
      if k % 2 == 0 {
        for i in bounds(k) {
          data.items[first + i] = data.pack(decodeItem(reader.view.child(items.start + i), at: i, list))
        }
      } else {
        append(board.take(k), at: first + bounds(k).lowerBound, owner: list.owner)
      }
      board.appended(k + 1)
    }
    sharing = false
    // The second thread reads the document's tables until it ends.
    board.waitForFinish()
  }

  /// Decodes a run of a list's items as a piece, and empties the tables for the next.
  mutating func decodePiece(_ items: (start: Int, count: Int), _ run: Range<Int>, _ list: ListItem) -> DecodedPiece {
    var heads: [PackedSlot] = []
    heads.reserveCapacity(run.count)
    for i in run {
      heads.append(data.pack(decodeItem(reader.view.child(items.start + i), at: i, list)))
    }
    let piece = DecodedPiece(
      objects: data.objects, slots: data.slots, lists: data.lists, items: data.items, numbers: data.numbers,
      byType: data.byType, heads: heads, findings: findings)
    data.objects = []
    data.slots = []
    data.lists = []
    data.items = []
    data.numbers = []
    for t in data.byType.indices { data.byType[t] = [] }
    findings = []
    return piece
  }

  /// Appends a piece to the document, its records, lists and wide numbers renumbered after
  /// those already there; its items' slots go to `at` on.
  mutating func append(_ piece: DecodedPiece, at position: Int, owner: ObjectID) {
    let objectBase = UInt32(data.objects.count)
    let slotBase = UInt32(data.slots.count)
    let listBase = UInt32(data.lists.count)
    let itemBase = UInt32(data.items.count)
    let numberBase = UInt32(data.numbers.count)
    func moved(_ s: PackedSlot) -> PackedSlot {
      switch s.tag {
      case .object: PackedSlot(payload: s.payload &+ objectBase, tag: .object)
      case .list: PackedSlot(payload: s.payload &+ listBase, tag: .list)
      case .wideInt, .double: PackedSlot(payload: s.payload &+ numberBase, tag: s.tag)
      case .absent, .defaulted, .invalid, .string, .enumValue, .int, .bool, .date: s
      }
    }
    for var o in piece.objects {
      o.parent = o.parent == Self.pieceOwner ? owner.index : o.parent &+ objectBase
      o.firstSlot &+= slotBase
      data.objects.append(o)
    }
    for s in piece.slots { data.slots.append(moved(s)) }
    for var l in piece.lists {
      l.first &+= itemBase
      data.lists.append(l)
    }
    for s in piece.items { data.items.append(moved(s)) }
    data.numbers += piece.numbers
    for t in piece.byType.indices where !piece.byType[t].isEmpty {
      for id in piece.byType[t] { data.byType[t].append(ObjectID(Int(id.index &+ objectBase))) }
    }
    for (j, head) in piece.heads.enumerated() { data.items[position + j] = moved(head) }
    findings += piece.findings
  }

  /// The data path of a record, as ``DataDocument/path(of:)`` writes it; in a piece, its
  /// records' paths continue the path of the record holding the list.
  func recordPath(_ object: ObjectID) -> String {
    guard let piece else { return data.path(of: object) }
    var parts: [String] = []
    var current = object.index
    while current != Self.pieceOwner {
      let o = data.objects[Int(current)]
      let parentType = o.parent == Self.pieceOwner ? piece.ownerType : Int(data.objects[Int(o.parent)].type)
      let field = schema.types[parentType].fields[Int(o.parentField)].name
      parts.append(o.listIndex >= 0 ? "\(field)[\(o.listIndex)]" : field)
      current = o.parent
    }
    if !piece.ownerPath.isEmpty { parts.append(piece.ownerPath) }
    return parts.reversed().joined(separator: ".")
  }
}

/// The document's tables seen through pointers, handed to the second thread, which reads them
/// only while the first waits for it inside ``YAMLDocument/withUnsafeView(_:)``.
struct SharedView: @unchecked Sendable {
  let view: YAMLDocument.UnsafeView
  init(_ view: YAMLDocument.UnsafeView) { self.view = view }
}

/// The pieces the second thread has decoded and the first not yet appended.
final class PieceBoard: @unchecked Sendable {
  private let condition = NSCondition()
  private let window: Int
  private var pieces: [Int: DecodeState.DecodedPiece] = [:]
  /// How many runs are in the document, in order.
  private var appendedRuns = 0
  private var finished = false

  init(window: Int) {
    self.window = window
  }

  /// Waits until run `k` is near enough the appended ones to be decoded.
  func waitForRoom(_ k: Int) {
    condition.lock()
    defer { condition.unlock() }
    while k >= appendedRuns + window { condition.wait() }
  }

  func put(_ k: Int, _ piece: DecodeState.DecodedPiece) {
    condition.lock()
    defer { condition.unlock() }
    pieces[k] = piece
    condition.broadcast()
  }

  /// The piece of run `k`, once it is decoded.
  func take(_ k: Int) -> DecodeState.DecodedPiece {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let piece = pieces.removeValue(forKey: k) { return piece }
      condition.wait()
    }
  }

  func appended(_ runs: Int) {
    condition.lock()
    defer { condition.unlock() }
    appendedRuns = runs
    condition.broadcast()
  }

  func finish() {
    condition.lock()
    defer { condition.unlock() }
    finished = true
    condition.broadcast()
  }

  func waitForFinish() {
    condition.lock()
    defer { condition.unlock() }
    while !finished { condition.wait() }
  }
}
