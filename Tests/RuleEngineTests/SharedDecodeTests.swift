import Foundation
import Testing
import YAML

@testable import RuleEngine

/// A large list of records is decoded on two threads, in pieces appended in order: the data
/// and the findings must be those of one thread, byte for byte and in the same order.
@Suite struct SharedDecodeTests {
  /// The mini schema with wide numbers and lists of numbers, which pieces renumber too; when
  /// `nested`, the communes are in a province record, so that the pieces' paths continue its.
  func schema(nested: Bool = false) throws -> Schema {
    var text = miniSchemaText.replacingOccurrences(
      of: "population: {type: int, min: 0}",
      with: "population: {type: int}\n      area: {type: double}\n      counts: {type: list(int), default: []}")
    if nested {
      text = text.replacingOccurrences(
        of: "communes: {type: list(Commune), required: true}\n  Commune:",
        with: "province: {type: Province, required: true}\n  Province:\n    fields:\n"
          + "      name: {type: string}\n      communes: {type: list(Commune), required: true}\n  Commune:")
    }
    let (schema, diagnostics) = loadSchema(text)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summaryLine))")
    return try #require(schema)
  }

  /// A province of `communes` communes with a schema break of every kind here and there:
  /// unknown, blank, mistyped and tagged fields, repeated keys, dangling references, wide
  /// numbers, items that are no records, and a field after the list.
  func province(_ communes: Int, nested: Bool = false) -> String {
    var text = ""
    for c in 0..<communes {
      if c % 11 == 10 {
        text += "  - just text\n"
        continue
      }
      if c % 13 == 12 {
        text += "  -\n"
        continue
      }
      let code = c % 6 == 5 ? "12a" : String(format: "%05d", c % 5 == 4 ? c - 1 : c)
      text += "  - code: \"\(code)\"\n"
      text += c % 4 == 0 ? "    name: \"\"\n" : "    name: Xã \(c)\n"
      text += c % 3 == 0 ? "    class: III\n" : "    class: I\n"
      switch c % 5 {
      case 1: text += "    population: 99999999999\n"
      case 2: text += "    population: many\n"
      case 3: text += "    population: !foo 12\n"
      default: text += "    population: \(c * 10)\n"
      }
      text += "    area: \(Double(c) + 0.5)\n"
      text += "    counts: [\(c), 4000000000, -\(c)]\n"
      text += c % 2 == 0 ? "    designations: [bien_gioi]\n" : "    designations: [bad]\n"
      text += c % 2 == 0 ? "    seal: true\n" : "    seal: \"yes\"\n"
      text += "    units:\n      - id: U1\n      - id: U2\n"
      if c % 3 == 1 { text += "      - id: U1\n" }
      text += "    militia:\n"
      for m in 0..<4 {
        text += "      - id: M\(m)\n"
        text += m == 1 && c % 2 == 1 ? "        joined: '2025-02-30'\n" : "        joined: 2023-03-0\(m + 1)\n"
        text += m == 2 ? "        unit: U9\n" : "        unit: U\(m % 2 + 1)\n"
        if m == 3 && c % 3 == 2 { text += "        nick: x\n" }
      }
    }
    let head = "format: dqtv-submission/1\nas_of: 2026-06-30\n"
    guard nested else { return head + "communes:\n" + text + "extra: 1\n" }
    let indented = text.split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    return head + "province:\n  name: P\n  communes:\n" + indented + "  more: 1\nextra: 1\n"
  }

  /// Decodes with lists shared from `shareAbove` nodes on; the result, and how many lists were
  /// shared.
  func decode(_ text: String, schema: Schema, shareAbove: Int) throws -> (DecodeResult, shared: Int) {
    let loaded = YAMLLoader().load(text, name: "data.yaml")
    let yaml = try #require(loaded.document, "\(loaded.diagnostics.sorted.map(\.summaryLine))")
    return yaml.withUnsafeView { view in
      var state = DecodeState(yaml: yaml, view: view, schema: schema, shareAbove: shareAbove)
      state.decodeRoot()
      return (
        DecodeResult(data: state.failed ? nil : state.data, findings: state.findings, diagnostics: state.diagnostics),
        state.sharedLists
      )
    }
  }

  @Test(arguments: [4, 9, 40, 300], [false, true])
  func aSharedListDecodesAsOneThreadDoes(communes: Int, nested: Bool) throws {
    let schema = try schema(nested: nested)
    let text = province(communes, nested: nested)
    let (alone, notShared) = try decode(text, schema: schema, shareAbove: Int.max)
    let (shared, sharedLists) = try decode(text, schema: schema, shareAbove: 0)
    #expect(notShared == 0)
    #expect(sharedLists == 1)
    // Every kind of break is there, in every piece.
    #expect(alone.findings.count > communes * 3)
    func lines(_ findings: [Finding]) -> [String] {
      findings.map { "\($0.location) \($0.path) \($0.message.en) | \($0.message.vi)" }
    }
    #expect(lines(shared.findings) == lines(alone.findings))
    let a = try #require(alone.data)
    let b = try #require(shared.data)
    func objects(_ d: DataDocument) -> [[UInt32]] {
      d.objects.map {
        [
          $0.node.index, $0.parent, UInt32(bitPattern: $0.listIndex), $0.firstSlot, UInt32($0.type),
          UInt32($0.parentField),
        ]
      }
    }
    #expect(firstDifference(objects(a), objects(b)) == nil)
    #expect(firstDifference(a.slots, b.slots) == nil)
    #expect(
      firstDifference(
        a.lists.map { [$0.node.index, $0.first, $0.count] }, b.lists.map { [$0.node.index, $0.first, $0.count] }) == nil
    )
    #expect(firstDifference(a.items, b.items) == nil)
    #expect(firstDifference(a.numbers, b.numbers) == nil)
    #expect(firstDifference(a.byType, b.byType) == nil)
    #expect(firstDifference(a.recordPaths, b.recordPaths) == nil)
  }

  /// Where two tables first differ: the index and both entries, or the two counts.
  func firstDifference<T: Equatable>(_ a: [T], _ b: [T]) -> String? {
    if let i = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) { return "at \(i): \(a[i]) and \(b[i])" }
    return a.count == b.count ? nil : "\(a.count) and \(b.count) entries"
  }

  @Test func smallDocumentsAndOtherListsAreNotShared() throws {
    let schema = try schema()
    let (_, shared) = try decode(province(40), schema: schema, shareAbove: SubmissionDecoder.defaultShareAbove)
    #expect(shared == 0)
    // Two communes: too few items to cut.
    let (_, few) = try decode(province(2), schema: schema, shareAbove: 0)
    #expect(few == 0)
  }
}

/// The table of reference keys: a key is found by its scope and hash, the first kept wins.
@Suite struct KeyIndexTests {
  @Test func keysAreFoundByScopeAndHashAndTheFirstIsKept() {
    let count = 5000
    var index = DecodeState.KeyIndex(capacity: count)
    for i in 0..<count {
      // Hashes that agree in their low and high bits alike, over few scopes.
      let hash = UInt64(i / 3) << 40 | UInt64(i / 3)
      #expect(index.insert(YAMLNodeID(index: UInt32(i)), scope: UInt32(i % 3), hash: hash) == nil)
    }
    for i in 0..<count {
      let hash = UInt64(i / 3) << 40 | UInt64(i / 3)
      #expect(index.node(scope: UInt32(i % 3), hash: hash) == YAMLNodeID(index: UInt32(i)))
      #expect(index.insert(YAMLNodeID(index: 99_999), scope: UInt32(i % 3), hash: hash) == YAMLNodeID(index: UInt32(i)))
    }
    #expect(index.node(scope: 3, hash: 0) == nil)
    #expect(index.node(scope: 0, hash: 1 << 40) == nil)
  }
}

/// The keys of a long list that repeat: found by a table of hashes, as the sort finds them.
@Suite struct RepeatedKeyTests {
  @Test func aLongListsRepeatsAreThoseTheSortFinds() throws {
    // Ids that repeat near and far, and hashes forced equal for different ids.
    let ids = (0..<200).map { i in i % 7 == 3 ? "M\(i / 2)" : i % 11 == 5 ? "M\(i - 5)" : "M\(i)" }
    let text = "[" + ids.joined(separator: ", ") + "]"
    let loaded = YAMLLoader().load(text, name: "ids.yaml")
    let yaml = try #require(loaded.document)
    let schema = try miniSchema()
    for collide in [false, true] {
      let (table, sorted) = yaml.withUnsafeView { view in
        var state = DecodeState(yaml: yaml, view: view, schema: schema)
        let items = view.items(of: yaml.root)
        for i in 0..<items.count {
          let node = view.child(items.start + i)
          let hash = collide ? UInt64(i % 5) : state.reader.hash(node).hash
          state.keys.append((hash, Int32(i), node))
        }
        let keys = state.keys
        let reader = state.reader
        let sorted = Repeats.find(hashes: keys.map(\.hash)) { reader.sameBytes(keys[$0].node, keys[$1].node) }
        return (state.repeatedKeys(), sorted)
      }
      #expect(!sorted.isEmpty)
      #expect(table.map { [$0.again, $0.first] } == sorted.map { [$0.again, $0.first] })
    }
  }
}
