import SourceDiagnostics
import TestSupport
import Testing
import YAML

/// Loads text that must be valid, failing the test with the diagnostics otherwise.
func loadValid(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLDocument {
  let result = YAMLLoader().load(text, name: "t.yaml")
  let messages = result.diagnostics.map(\.summaryLine)
  #expect(messages.isEmpty, "unexpected diagnostics: \(messages)", sourceLocation: sourceLocation)
  return try #require(result.document, sourceLocation: sourceLocation)
}

/// `line:column-line:column` of a node.
func span(_ doc: YAMLDocument, _ id: YAMLNodeID) -> String {
  let r = doc.range(of: id)
  return "\(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column)"
}

@Suite struct YAMLPositionTests {
  @Test func blockMappingKeysAndValues() throws {
    let doc = try loadValid(
      """
      name: Xã Đông Tiến
      communes:
        - code: "16279"
          kind: xa
      """)
    let root = doc.pairs(of: doc.root)
    #expect(root.count == 2)
    #expect(span(doc, root[0].key) == "1:1-1:5")
    // "Xã Đông Tiến" is 12 Unicode scalars: columns 7 to 18, end exclusive at 19.
    #expect(span(doc, root[0].value) == "1:7-1:19")
    #expect(doc.string(root[0].value) == "Xã Đông Tiến")
    let communes = doc.items(of: root[1].value)
    #expect(communes.count == 1)
    let commune = doc.pairs(of: communes[0])
    #expect(span(doc, commune[0].key) == "3:5-3:9")
    // A quoted scalar starts at its opening quote and ends after its closing one.
    #expect(span(doc, commune[0].value) == "3:11-3:18")
    #expect(doc.string(commune[0].value) == "16279")
    #expect(doc.scalarStyle(of: commune[0].value) == .doubleQuoted)
    #expect(span(doc, commune[1].value) == "4:11-4:13")
    #expect(doc.collectionStyle(of: root[1].value) == .block)
  }

  @Test func flowCollectionsNestedInBlock() throws {
    let doc = try loadValid(
      """
      villages: [{code: T01, name: Thôn Đông}, {code: T02}]
      """)
    let villages = doc.pairs(of: doc.root)[0].value
    #expect(doc.collectionStyle(of: villages) == .flow)
    #expect(span(doc, villages) == "1:11-1:54")
    let first = doc.items(of: villages)[0]
    #expect(span(doc, first) == "1:12-1:40")
    let pairs = doc.pairs(of: first)
    #expect(span(doc, pairs[0].key) == "1:13-1:17")
    #expect(span(doc, pairs[0].value) == "1:19-1:22")
    #expect(span(doc, pairs[1].value) == "1:30-1:39")
    let second = doc.pairs(of: doc.items(of: villages)[1])
    #expect(span(doc, second[0].value) == "1:49-1:52")
  }

  @Test func vietnameseTextBeforeANodeDoesNotShiftItsColumn() throws {
    let doc = try loadValid(
      """
      # Ghi chú: Ban Chỉ huy quân sự xã Đông Tiến
      tên: {họ: Nguyễn, đệm: Thị Ánh, tên: Tuyết}
      """)
    let pair = doc.pairs(of: doc.root)[0]
    #expect(span(doc, pair.key) == "2:1-2:4")
    let inner = doc.pairs(of: pair.value)
    // `tên: {họ: Nguyễn, ` is 18 scalars (it is 23 bytes of UTF-8).
    #expect(span(doc, inner[1].key) == "2:19-2:22")
    #expect(span(doc, inner[1].value) == "2:24-2:31")
    #expect(span(doc, inner[2].key) == "2:33-2:36")
  }

  @Test func quotedScalarsKeepTheirValuesAndStyles() throws {
    let doc = try loadValid(
      #"""
      a: 'it''s'
      b: "tab\there \u0110"
      c: plain text
      """#)
    let p = doc.pairs(of: doc.root)
    #expect(doc.string(p[0].value) == "it's")
    #expect(doc.scalarStyle(of: p[0].value) == .singleQuoted)
    #expect(span(doc, p[0].value) == "1:4-1:11")
    #expect(doc.string(p[1].value) == "tab\there Đ")
    #expect(doc.scalarStyle(of: p[1].value) == .doubleQuoted)
    #expect(doc.scalarStyle(of: p[2].value) == .plain)
  }

  @Test func blockScalarsStartAtTheirIndicator() throws {
    let doc = try loadValid(
      """
      require: |
        n == 1 &&
        m > 0
      message: >
        Xã có
        lỗi
      next: 1
      """)
    let p = doc.pairs(of: doc.root)
    #expect(doc.scalarStyle(of: p[0].value) == .literal)
    #expect(doc.string(p[0].value) == "n == 1 &&\nm > 0\n")
    #expect(span(doc, p[0].value).hasPrefix("1:10-"))
    #expect(doc.scalarStyle(of: p[1].value) == .folded)
    #expect(doc.string(p[1].value) == "Xã có lỗi\n")
    #expect(span(doc, p[1].value).hasPrefix("4:10-"))
    #expect(span(doc, p[2].key) == "7:1-7:5")
  }

  @Test func scalarsKeepTheirSpelling() throws {
    let doc = try loadValid("a: yes\nb: 01\nc: 2025-07-01\nd: ~\ne:\nf: '~'\n")
    let p = doc.pairs(of: doc.root)
    #expect(p.map { doc.string($0.value) } == ["yes", "01", "2025-07-01", "~", "", "~"])
    #expect(p.map { doc.isNull($0.value) } == [false, false, false, true, true, false])
  }

  @Test func byteOrderMarkAndCRLFAreAccepted() throws {
    let text = "\u{FEFF}a: 1\r\nbb: Đông\r\n"
    let doc = try loadValid(text)
    let p = doc.pairs(of: doc.root)
    #expect(span(doc, p[0].key) == "1:1-1:2")
    #expect(span(doc, p[1].key) == "2:1-2:3")
    #expect(doc.string(p[1].value) == "Đông")
  }

  @Test func aliasesShareTheirNodeAndKeepTheirOwnPlace() throws {
    let doc = try loadValid(
      """
      base: &b {x: 1, y: [2, 3]}
      copy: *b
      """)
    let p = doc.pairs(of: doc.root)
    #expect(doc.isAlias(p[1].value))
    #expect(doc.target(of: p[1].value) == p[0].value)
    #expect(span(doc, p[1].value) == "2:7-2:9")
    #expect(doc.value(of: p[1].value) == doc.value(of: p[0].value))
    #expect(doc.count(of: p[1].value) == 2)
  }

  @Test func explicitTagsAreKept() throws {
    let doc = try loadValid("a: !!str 12\nb: 12\nc: !custom {x: 1}\n")
    let p = doc.pairs(of: doc.root)
    #expect(doc.tag(of: p[0].value) == "tag:yaml.org,2002:str")
    #expect(doc.tag(of: p[1].value) == nil)
    #expect(doc.tag(of: p[2].value) == "!custom")
  }

  @Test func emptyFileHasAnEmptyScalarRoot() throws {
    let doc = try loadValid("")
    #expect(doc.kind(of: doc.root) == .scalar)
    #expect(doc.isNull(doc.root))
    let comments = try loadValid("# nothing but a comment\n")
    #expect(comments.isNull(comments.root))
  }

  @Test func rangesSpanningVeryManyLines() throws {
    let items = String(repeating: "- x\n", count: 70_000)
    let doc = try loadValid("list:\n" + items + "after: 1\n")
    let list = doc.pairs(of: doc.root)[0].value
    #expect(span(doc, list) == "2:1-70002:1")
    #expect(span(doc, doc.items(of: list)[69_999]) == "70001:3-70001:4")
    #expect(span(doc, doc.root) == "1:1-70003:1")
  }

  @Test func placesOnLinesLongerThanARecordHolds() throws {
    // Steps of thousands of columns between nodes, and a collection wider than a record holds.
    let long = String(repeating: "x", count: 40_000)
    let doc = try loadValid("a: [\(long), y, \(long), w]\nb: 1\n")
    let pairs = doc.pairs(of: doc.root)
    let items = doc.items(of: pairs[0].value)
    #expect(span(doc, pairs[0].value) == "1:4-1:80014")
    #expect(span(doc, items[0]) == "1:5-1:40005")
    #expect(span(doc, items[1]) == "1:40007-1:40008")
    #expect(span(doc, items[2]) == "1:40010-1:80010")
    #expect(span(doc, items[3]) == "1:80012-1:80013")
    #expect(span(doc, pairs[1].key) == "2:1-2:2")
    #expect(doc.string(items[3]) == "w")
  }

  @Test func placesAfterManyLinesWithoutANode() throws {
    // Steps of more than 511 lines from one node to the next.
    let comments = String(repeating: "# a comment\n", count: 1_000)
    let doc = try loadValid(
      "a: 1\n" + comments + "b: [2,\n" + comments.replacingOccurrences(of: "#", with: " #") + "  3]\n")
    let pairs = doc.pairs(of: doc.root)
    #expect(span(doc, pairs[0].value) == "1:4-1:5")
    #expect(span(doc, pairs[1].key) == "1002:1-1002:2")
    let items = doc.items(of: pairs[1].value)
    #expect(span(doc, items[1]) == "2003:3-2003:4")
    #expect(span(doc, pairs[1].value) == "1002:4-2003:5")
  }

  @Test func placesOfEveryNodeAcrossCheckpoints() throws {
    // 300 nodes, each at a place of its own: every one read back, across several checkpoints.
    let items = "list:\n" + (0..<100).map { "  - {k\($0): v\(String(repeating: "é", count: $0))}\n" }.joined()
    for lineReader in [true, false] {
      var options = YAMLLoadOptions()
      options.readsPlainBlocksDirectly = lineReader
      let doc = try #require(YAMLLoader(options: options).load(items, name: "t.yaml").document)
      try Self.expectPlacesOfItems(doc)
    }
  }

  static func expectPlacesOfItems(_ doc: YAMLDocument) throws {
    let list = doc.items(of: doc.pairs(of: doc.root)[0].value)
    #expect(list.count == 100)
    for (i, item) in list.enumerated() {
      let key = "k\(i)"
      let value = "v" + String(repeating: "é", count: i)
      let pair = doc.pairs(of: item)[0]
      let keyStart = 6
      let valueStart = keyStart + key.count + 2
      #expect(span(doc, item) == "\(i + 2):5-\(i + 2):\(valueStart + value.count + 1)")
      #expect(span(doc, pair.key) == "\(i + 2):\(keyStart)-\(i + 2):\(keyStart + key.count)")
      #expect(span(doc, pair.value) == "\(i + 2):\(valueStart)-\(i + 2):\(valueStart + value.count)")
    }
  }

  @Test func cellsPlacedOutOfOrderKeepTheirPlaces() throws {
    // A workbook's nodes go back to earlier rows and jump far across columns.
    var cells = CellTreeAssembler(file: "t.xlsx")
    let sheets = [cells.addSheet("A"), cells.addSheet("B")]
    let rows = [5_000, 2, 70_000, 600, 1]
    let columns = [1, 16_384, 3, 100_000, 2]
    let places = (0..<200).map { i in
      CellTreeAssembler.Place(sheet: sheets[i % 2], row: rows[i % 5] + i, column: columns[(i / 5) % 5] + i % 3)
    }
    cells.begin(mapping: false, at: .init(sheet: sheets[0], row: 3, column: 4))
    for (i, place) in places.enumerated() { cells.scalar("v\(i)", at: place) }
    cells.end()
    let doc = try #require(cells.document().document)
    #expect(span(doc, doc.root) == "3:4-3:4")
    let items = doc.items(of: doc.root)
    #expect(items.count == places.count)
    for (item, place) in zip(items, places) {
      #expect(span(doc, item) == "\(place.row):\(place.column)-\(place.row):\(place.column)")
      #expect(doc.location(of: item).sheet == (place.sheet == sheets[0] ? "A" : "B"))
    }
  }

  @Test func randomPlacesAreReadBackExactly() throws {
    // Steps of every size between nodes, small ones mostly, some backwards, in nested
    // collections: every node must be read back at the place it was given.
    var generator = SeededGenerator(SplitMix64(state: 16))
    var cells = CellTreeAssembler(file: "t.xlsx")
    let sheet = cells.addSheet("A")
    var places: [CellTreeAssembler.Place] = []
    var (row, column) = (1, 1)
    var depth = 0
    cells.begin(mapping: false, at: .init(sheet: sheet, row: 1, column: 1))
    for _ in 0..<5_000 {
      switch Int.random(in: 0..<20, using: &generator) {
      case 0: row = Int.random(in: 1...1_000_000, using: &generator)
      case 1: column = Int.random(in: 1...20_000, using: &generator)
      case 2...7: row += Int.random(in: 0...20, using: &generator)
      default: column += Int.random(in: -3...300, using: &generator)
      }
      column = max(column, 1)
      let place = CellTreeAssembler.Place(sheet: sheet, row: row, column: column)
      switch Int.random(in: 0..<8, using: &generator) {
      case 0:
        cells.begin(mapping: false, at: place)
        depth += 1
      case 1 where depth > 0:
        cells.end()
        depth -= 1
        continue
      default:
        cells.scalar("v", at: place)
      }
      places.append(place)
    }
    for _ in 0...depth { cells.end() }
    let doc = try #require(cells.document().document)
    #expect(doc.nodeCount == places.count + 1)
    for (i, place) in places.enumerated() {
      let range = doc.range(of: YAMLNodeID(index: UInt32(i + 1)))
      #expect(range.start == SourcePosition(line: place.row, column: place.column), "node \(i + 1)")
      #expect(range.end == range.start, "node \(i + 1)")
    }
  }

  @Test func keysWrittenOnceAreReadInEveryRow() throws {
    // Keys kept by their place in the text, between thousands of other values (enough to push
    // them out of the interning table), read back the same in every row, beside their values.
    var cells = CellTreeAssembler(file: "t.xlsx")
    let sheet = cells.addSheet("A")
    let keys = ["name", "a key longer than eight bytes"]
    var offsets: [UInt32] = [.max, .max]
    cells.begin(mapping: false, at: .init(sheet: sheet, row: 1, column: 1))
    for row in 2...3_001 {
      cells.begin(mapping: true, at: .init(sheet: sheet, row: row, column: 1))
      for (k, key) in keys.enumerated() {
        var text = key
        text.withUTF8 {
          cells.scalar(bytes: $0, at: .init(sheet: sheet, row: 1, column: k + 1), arenaOffset: &offsets[k])
        }
        cells.scalar("value \(row) \(k)", at: .init(sheet: sheet, row: row, column: k + 1))
      }
      cells.end()
    }
    cells.end()
    #expect(!offsets.contains(.max))
    let doc = try #require(cells.document().document)
    let rows = doc.items(of: doc.root)
    #expect(rows.count == 3_000)
    for (i, row) in rows.enumerated() {
      for (k, key) in keys.enumerated() {
        let value = try #require(doc.value(forKey: key, in: row), "row \(i + 2)")
        #expect(doc.string(value) == "value \(i + 2) \(k)")
      }
    }
  }

  @Test func valueLookupByKey() throws {
    let doc = try loadValid("format: dqtv-submission/1\nas_of: 2026-06-30\n")
    let asOf = try #require(doc.value(forKey: "as_of", in: doc.root))
    #expect(doc.string(asOf) == "2026-06-30")
    #expect(doc.value(forKey: "missing", in: doc.root) == nil)
  }
}

/// A ``SplitMix64`` as a `RandomNumberGenerator`, for `Int.random(in:using:)`: the same
/// sequence on every run.
struct SeededGenerator: RandomNumberGenerator {
  var source: SplitMix64
  init(_ source: SplitMix64) { self.source = source }
  mutating func next() -> UInt64 { source.next() }
}
