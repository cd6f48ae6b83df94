import SourceDiagnostics
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

  @Test func valueLookupByKey() throws {
    let doc = try loadValid("format: dqtv-submission/1\nas_of: 2026-06-30\n")
    let asOf = try #require(doc.value(forKey: "as_of", in: doc.root))
    #expect(doc.string(asOf) == "2026-06-30")
    #expect(doc.value(forKey: "missing", in: doc.root) == nil)
  }
}
