import SourceDiagnostics
import Testing

@testable import YAML

/// The node table's room: 8 bytes a node, short values kept once, and two child entries (the
/// count and the first child) for a collection whose children follow it, whatever its size.
@Suite struct NodeTableTests {
  @Test func aNodeTakesEightBytes() {
    #expect(MemoryLayout<NodeRecord>.stride == 8)
  }

  @Test(arguments: [true, false])
  func repeatedShortValuesAreKeptOnceAndReadBackEach(lineReader: Bool) throws {
    var options = YAMLLoadOptions()
    options.readsPlainBlocksDirectly = lineReader
    let long = String(repeating: "y", count: 40)
    var text = ""
    for i in 0..<300 { text += "- {code: T\(i % 3), name: 'Thôn Đông', note: \(long), n: \(i)}\n" }
    let doc = try #require(YAMLLoader(options: options).load(text, name: "t.yaml").document)
    let items = doc.items(of: doc.root)
    #expect(items.count == 300)
    for (i, item) in items.enumerated() {
      let pairs = doc.pairs(of: item)
      #expect(pairs.map { doc.string($0.key) } == ["code", "name", "note", "n"])
      #expect(doc.string(pairs[0].value) == "T\(i % 3)")
      #expect(doc.string(pairs[1].value) == "Thôn Đông")
      #expect(doc.scalarStyle(of: pairs[1].value) == .singleQuoted)
      #expect(doc.string(pairs[2].value) == long)
      #expect(doc.string(pairs[3].value) == String(i))
    }
    // The keys, codes and the name about once (a value may lose its slot in the table to
    // another and be written again), against 8,100 more bytes written each time; the long
    // value (over 32 bytes) each time; each number once. Each value written has its length
    // (one byte) before it, and the arena starts with the empty value's entry (one byte).
    let numbers = (0..<300).map { String($0).utf8.count }.reduce(0, +)
    let once = "codenamenoten".utf8.count + 3 * 2 + "Thôn Đông".utf8.count
    let lengths = 4 + 3 + 1 + 300 + 300
    let least = 1 + once + 300 * long.utf8.count + numbers + lengths
    #expect(doc.text.count >= least && doc.text.count <= least + 200, "\(doc.text.count) bytes, \(least) at least")
  }

  /// Ends coded wide and then again: the finished table keeps each node's last end, drops the
  /// ends coded narrow later, and finds the wide places of many nodes out of order.
  @Test func wideEndsCodedAgainKeepTheLastAndDropTheNarrowed() {
    var table = PlaceTable()
    var nodes: [NodeRecord] = []
    // Node i starts on line 100 * i (every start after the first is wide) and ends far below.
    for i in 0..<100 {
      let line = 100 * i + 1
      let start = table.startBits(of: i, line: line, column: 1)
      let end = table.endBits(of: i, start: (line, 1), line: line + 50, column: 3, wasWide: false)
      nodes.append(NodeRecord(payload: 0, bits: start | end))
    }
    // Closed again, from the last to the first: odd nodes wide a second time, even ones narrow.
    for i in stride(from: 99, through: 0, by: -1) {
      let line = 100 * i + 1
      let to = i % 2 == 1 ? line + 70 : line
      let end = table.endBits(of: i, start: (line, 1), line: to, column: 5, wasWide: true)
      nodes[i].bits = nodes[i].bits & ~PlaceTable.endMask | end
    }
    let finished = table.finished(with: nodes)
    let odd: [UInt32] = stride(from: 1, to: 100, by: 2).map { UInt32($0) }
    #expect(finished.wideEndNodes == odd)
    for i in 0..<100 {
      let range = finished.range(of: i, in: nodes)
      let line = 100 * i + 1
      let endLine = i % 2 == 1 ? line + 70 : line
      #expect(range.start == SourcePosition(line: line, column: 1))
      #expect(range.end == SourcePosition(line: endLine, column: 5))
    }
    #expect(finished.finished(with: nodes) == finished)
  }

  @Test func collectionsWhoseChildrenFollowThemTakeTwoChildEntries() throws {
    let doc = try loadValid("a: [1, 2]\nb: {c: 3, d: [4]}\ne: []\nf:\n  - x\n  - y\n")
    let root = doc.pairs(of: doc.root)
    #expect(doc.value(of: doc.root).description == "{a: [1, 2], b: {c: 3, d: [4]}, e: [], f: [x, y]}")
    // Only the root, whose children have grandchildren between them, has each child's entry
    // in the child table, after its count; `a`, `b` (its children follow it: `[4]`'s item comes
    // after them), `[4]` and `f` have their count and first child, `e` its count alone.
    #expect(doc.children.count == (1 + 2 * root.count) + 4 * 2 + 1)
    let d = doc.pairs(of: root[1].value)[1].value
    #expect(doc.items(of: d).map { doc.string($0) } == ["4"])
    doc.withUnsafeView { view in
      let (start, count) = view.pairs(of: root[1].value)
      #expect(count == 2)
      #expect(doc.string(view.child(start)) == "c")
      let items = view.items(of: view.child(start + 3))
      #expect(items.count == 1)
      #expect(doc.string(view.child(items.start)) == "4")
    }
  }
}
