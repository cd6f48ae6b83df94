import Foundation
import TestSupport
import Testing

@testable import YAML

/// The line reader must build, for everything it accepts, the very tables libyaml's events
/// build: nodes, places, children, text. What it does not accept is left to libyaml.
@Suite struct PlainBlockReaderTests {
  /// The tables the line reader builds, or `nil` when it gives up.
  static func lineReader(_ bytes: [UInt8]) -> YAMLDocument? {
    let options = YAMLLoadOptions()
    return PlainBlockReader.read(
      ByteInput(bytes: bytes, limit: options.maxFileBytes), file: "t.yaml", options: options)?
      .document()
  }

  /// What libyaml alone makes of the bytes.
  static func libyaml(_ bytes: [UInt8]) -> YAMLLoadResult {
    var options = YAMLLoadOptions()
    options.readsPlainBlocksDirectly = false
    return YAMLLoader(options: options).load(bytes: bytes, name: "t.yaml")
  }

  /// Whether the line reader accepted the bytes; records a failure when what it built is not
  /// what libyaml builds, or when it accepted what libyaml rejects.
  @discardableResult
  static func compare(
    _ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Bool {
    guard let fast = lineReader(bytes) else { return false }
    let reference = libyaml(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let slow = reference.document else {
      Issue.record(
        "the line reader accepted what libyaml rejects (\(reference.diagnostics.map(\.summaryLine))):\n\(text)",
        sourceLocation: sourceLocation)
      return true
    }
    if let difference = fast.firstDifference(from: slow) {
      Issue.record("\(difference) in:\n\(text)", sourceLocation: sourceLocation)
    }
    return true
  }

  static func repositoryFile(_ path: String) throws -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return Array(try Data(contentsOf: root.appendingPathComponent(path)))
  }

  @Test(arguments: [
    "samples/commune-compliant.yaml", "samples/commune-mistakes.yaml", "samples/province-thanh-hoa.yaml",
  ])
  func theSamplesAreReadAsLibyamlReadsThem(_ path: String) throws {
    let bytes = try Self.repositoryFile(path)
    #expect(Self.compare(bytes), "the line reader gave up on \(path)")
  }

  @Test func theBundledRulesAreReadAsLibyamlReadsThemOrLeftToIt() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("rules/dqtv")
    let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(files.count > 5)
    var read: [String] = []
    for file in files where Self.compare(Array(try Data(contentsOf: root.appendingPathComponent(file)))) {
      read.append(file)
    }
    // Files with `>-` messages go to libyaml; the others must be read, or nothing was compared.
    #expect(read.contains("tests/fixtures/commune-base.yaml") && read.count >= 5, "read: \(read)")
  }

  /// Layouts whose places are easy to get wrong: each must be accepted and read as libyaml reads it.
  @Test(arguments: [
    "a: 1\n",
    "a: 1",
    "a: 1\n\n\n",
    "a: 1\n   ",
    "a: 1\n# last",
    "a:\n",
    "a:",
    "a:\nb: 2\n",
    "a:   # note\nb:\n",
    "a:\n  b:\n    c:\nd: 1\n",
    "a:\n- x\n- y\nb: 1\n",
    "a:\n- x\n- y\n",
    "a:\n- b: 1\n  c:\n- d: 2\ne:\n",
    "a:\n  - b: 1\n    c: [x, y]\n\n  # between\n  - b: 2\n",
    "- x\n- y\n",
    "- a: 1\n  b: 2\n- a: 3\n",
    "-   a: 1\n    b: 2\n",
    "k: {a: 1, b: \"x y\", c: 'z'}\n",
    "k: [ ]\nl: {}\nm: [ a ,  b ]   # trailing\n",
    "k: \"\"\nl: ''\nm: \"  padded  \"\n",
    "tên: Xã Đông Tiến   \nđịa_chỉ: {xã: Đông Tiến, tỉnh: \"Thanh Hóa\"}\n",
    "- Nguyễn Văn A\n- 'Trần Thị B'\n- [ông, bà]\n",
    "a: b#c\nd: e # f\ng: http://x.y/z\nh: 10:30\n",
    "a: -1\nb: -x\nc: 2025-07-01\n",
    "a:\n  b: 1\n\n\n# end\n",
    "x:\n  y:\n    - 1\n    - 2\n  z: 3\n",
    "😀: 🎉\nk: [😀, ü]\n",
    // With no line break at the end, blocks deeper than the last line's end close there.
    "a:\n  b:\n    c: 1\n  # end",
    "a:\n  b:\n    - 1\n   ",
    "a:\n- b: 1\n  c:\n # x",
    // Escapes, decoded as libyaml decodes them.
    "a: \"x\\ty\"\n", "a: 'it''s'\n", "a: '\\n'\n", "a: ''''\n", "a: 'x''''y' # c\n",
    "a: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\L\\P\"\n",
    "a: \"L\\xF2 Ng\\u1ECDc Th\\xE0nh\"\nb: \"\\U0001F600\\u00e0\\x41\\u0000\"\n",
    "- \"Nguy\\u1EC5n\" # c\n- {k: \"\\u0110\", l: 'o''k'}\n",
    // Flow collections nested in one another, over one line or several.
    "a: [x,\n  y]\n", "a: [[1]]\n", "a: [[], {}, [[x]], {b: {c: [d]}}]\n",
    "- {code: T01, name: \"Thôn 1\", leader: {id: L6, name: Lê Văn C}}\n- {code: T02, tags: [a, b]}\n",
    "a: [{b: 1, c: [2, 3]}, {d: {e: f}}]\nb: 2\n",
    "- {a: 1, b: Trung đội\n    dân quân cơ động}\n- {c: M004, d: to,\n  e: U1}\n",
    "a:\n  - {x: 1, y: [p,\n      q], z: {w: Tổ dân\n      quân   tại chỗ}}\n  - b\nc: {d: e\n  , f: g}\n",
    "a: {b:\n    c, d: [\n    e ]}\n", "a: [ x  \n    y  ,  z ]\n", "k: [\"😀\",\n  ü, 'ö'] # c\n",
    "a: [x,\n  y]", "a:\n  b: [x,\n    y]\n  # end",
    // Quoted scalars over several lines: a line break and the spaces around it fold into one
    // space, an escaped line break into nothing.
    "a: \"x\\\n  y\"\n", "a: \"x   \n  y\"\n", "a: 'x\n  y'\n", "a: \"x\\ \n   y\"\n",
    "a: \"N\\xE0 \\xD3\\\n      n\"\n",
    "- \"a\n  b\\\n  c  \\\n d\" # c\n- 'it''s\n    ok'\n", "a: [ 'Trung\n   đội', \"b\n  \\u0111\"]\n",
    "a:\n  b: \"Ti\\u1EC3u \\u0111\\u1ED9i d\\xE2n\n    ph\\u1ED1 1\"\n  c: 1\n",
    // JSON: a flow collection as the document, its keys quoted.
    "{\"a\": 1, \"b\": [true, null, -1.5e3, \"x\\u00e0\\n\\/\"]}\n", "{\"a\":1,\"b\":\"c\"}", "[1, 2]\n", "{a: 1}\n",
    "{\n  \"a\": {\n    \"b\": [\n      1,\n      \"Thôn\"\n    ]\n  },\n  \"c\": [],\n  \"d\": {}\n}\n",
    "[\n  {\"k\": \"v\", 'l' : x}\n]", "# c\n{a: [b,\n  c]}\n", "k: {\"a\": 1, 'b': [\"c\"]}\n",
    // Indented sequences, as ruamel.yaml writes them.
    "a:\n  - b: 1\n    c:\n      - d\n      - e: [f]\n  - g\n",
  ])
  func layoutsAreReadAsLibyamlReadsThem(_ text: String) {
    #expect(Self.compare(Array(text.utf8)), "the line reader gave up")
  }

  /// What the line reader must leave to libyaml (which accepts or rejects it).
  @Test(arguments: [
    "a:\tb\n", "a: b\r\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  x\n", "a: >\n  x\n",
    "a: b\n  c\n", "---\na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n",
    "\u{FEFF}a: 1\n", "? a\n: b\n", "\"a\": 1\n", "a: [x, ]\n", "a: {x}\n",
    "a: [x: 1]\n", "- - x\n", "-\n  a: 1\n", "a: b: c\n", "a\n", "  a: 1\n", "a: 1\na: 2\n",
    "a: \u{85}\n", "a: b\u{2028}c\n", "a: \u{7}\n", "a: 1\n b: 2\n", "a:\n  b\n", "",
    // Escapes libyaml rejects (or that its versions read differently), quoted scalars over
    // several lines, flow collections with blank lines, comments, or lines not indented
    // deeper than the first.
    "a: \"\\q\"\n", "a: \"\\x4\"\n", "a: \"\\uD800\"\n", "a: \"\\U00110000\"\n", "a: \"\\'\"\n",
    "a: \"x\n\n  y\"\n", "a: 'x\ny'\n", "a: \"x\\\n\n  y\"\n", "a: \"x\n  # y\"\n", "a: [x,\n\n  y]\n",
    "a: [x, # c\n  y]\n",
    "a: [x,\n  # c\n  y]\n", "a:\n  - [x,\n  y]\n", "a: [x,\ny]\n", "a: [x\n  - y]\n", "a: [x,\n  y]\n  b: 1\n",
    "{\"a\": 1}\nb: 2\n", "{\n\"a\": 1\n}\n", "{\n  \"a\": 1\n\n}\n", "{\"a\"\n  : 1}\n", "{\"a\": 1}\n\n",
    "[\"a\": 1]\n", "{\"a\" 1}\n", "[1,\n---\n]\n", "{\"a\": 1,\n  # c\n  \"b\": 2}\n",
    "a: [x,\n  y] z\n", "a: {b: x\n  c: y}\n", "a: {b\n  : y}\n", "a: [x,\n  y\n", "a: [x]]\n", "a: [x,\n  y",
  ])
  func whatItDoesNotReadIsLeftToLibyaml(_ text: String) {
    #expect(Self.lineReader(Array(text.utf8)) == nil)
  }

  @Test func bytesThatAreNotUTF8AreLeftToLibyaml() {
    #expect(Self.lineReader([0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A]) == nil)
    #expect(Self.lineReader([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80, 0x0A]) == nil)
    #expect(Self.lineReader([0x61, 0x3A, 0x20, 0x00, 0x0A]) == nil)
  }

  /// Past the reader's buffer, whose lines move to its start as they are read: collections and
  /// quoted scalars that take the next lines, wherever they fall in it.
  @Test func linesTakenPastTheBufferAreReadAsLibyamlReadsThem() {
    var text = ""
    var k = 0
    while text.utf8.count < 3 * PlainBlockReader.maxLineBytes / 2 {
      text += "k\(k): [a\(k),\n  {b: \"c\n   d\(k)\", e: [f,\n    g]}, 'Thôn\n  \(k)']\nl\(k): x\n"
      k += 1
    }
    #expect(Self.compare(Array(text.utf8)), "the line reader gave up")
    #expect(Self.compare(Array(text.dropLast().utf8)), "the line reader gave up without the last line break")
  }

  /// Documents built at random from the pieces submissions are made of (and a few they are
  /// not), then sometimes broken a line at a time: whatever the line reader accepts must be
  /// what libyaml builds.
  @Test func randomDocumentsAreReadAsLibyamlReadsThemOrLeftToIt() {
    var random = SplitMix64(state: UInt64(ProcessInfo.processInfo.environment["DQTV_RANDOM_SEED"] ?? "") ?? 0x5EED_D071)
    var accepted = 0
    let total = Int(ProcessInfo.processInfo.environment["DQTV_RANDOM_YAML"] ?? "") ?? 4000
    for _ in 0..<total {
      var writer = RandomYAML(random: random)
      writer.mapping(indent: 0, depth: 0)
      random = writer.random
      var lines = writer.lines
      for _ in 0..<random.next(below: 3) where !lines.isEmpty {
        let i = random.next(below: lines.count)
        switch random.next(below: 4) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2: lines[i] = " " + lines[i]
        default: lines[i] = String(lines[i].dropFirst())
        }
      }
      let text = lines.joined(separator: "\n") + (random.next(below: 8) == 0 ? "" : "\n")
      if Self.compare(Array(text.utf8)) { accepted += 1 }
    }
    // The comparison means something only if the reader accepts a good share of them.
    #expect(accepted > total / 4, "accepted \(accepted) of \(total)")

  }
}

/// Writes a random document in block style, line by line.
struct RandomYAML {
  var random: SplitMix64
  var lines: [String] = []

  static let keys = ["a", "b", "tên", "id", "ma_xa", "x y", "-k", "k:v", "😀", "a#b", "q'", "code"]
  static let scalars = [
    "1", "-2", "x", "Xã Đông Tiến", "\"q\"", "'s'", "\"a: b\"", "[]", "{}", "[a, b]", "[ a ,b ]",
    "{k: v, l: \"w\"}", "b #c", "b#c", "http://x", "2025-07-01", "\"\"", "''", "~", "\"😀\"",
    "[uy_vien_ubnd]", "{date: 2025-12-04, by: chu_tich, decision: \"3550/QĐ-UBND\"}",
    // Nested flow collections, flow collections over several lines (each line break is
    // followed by an indentation chosen when the line is written), escapes.
    "[a, [b, c], {d: e}]", "{a: {b: {c: d}}}", "[{a: 1, b: [x, y]}, {}]", "[[]]",
    "{id: L6, leader: {id: M1, name: \"Lê Văn C\"}, tags: [a]}", "[a,\nb]", "{a: x y\nz  w, b: c}",
    "[\n\"q\", 'r']", "{k: Trung đội\ndân quân}", "[x\n, y]", "{a:\nb}", "[ a ,\n [b,\n c] ]",
    "\"L\\xF2 \\u1ECD\\U0001F600\"", "'it''s'", "\"\\t\\\\ \\\"q\\\" \\/\\N\"", "\"\\u0000\\x7f\"",
    "\"Ti\\u1EC3u d\\xE2n\nph\\u1ED1  1\"", "'Trung\nđội''s'", "\"N\\xE0 \\xD3\\\nn\"", "[ 'a\nb', \"c \\\n d\"]",
  ]
  static let odd = [
    "\"\\q\"", "\"\\uD800\"", "[a,\n\nb]", "{a: b\n# c\n}", "\"a\nb\"", "[a, # c\nb]", "[a\n- b]",
    "{a: b\nc: d}", "[a,\n&x b]", "'a\nb'", "\"\\x4g\"", "[a]]", "{a: [b}", "\"a\\\nb\"",
    "a: b", "[x, ]", "[x,y", "- z", "&a 1", "*a", "!t x", "|", "\"e\\n\"", "'o''k'", "{k: [x]}", "10:30", "[10:30, a]",
    "{t: 10:30}", "[a, {b: c}]",
  ]
  static let comments = ["", "", "", "", " # c", "   #ü"]

  init(random: SplitMix64) { self.random = random }

  mutating func pick(_ choices: [String]) -> String { choices[random.next(below: choices.count)] }

  /// Appends a line, each line break inside it followed by an indentation, usually deeper than
  /// the line's.
  mutating func append(_ line: String, indent: Int) {
    guard line.contains("\n") else {
      lines.append(line)
      return
    }
    var text = ""
    for (i, part) in line.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if i > 0 { text += "\n" + String(repeating: " ", count: random.next(below: indent + 5)) }
      text += part
    }
    lines.append(text)
  }

  mutating func scalar() -> String {
    random.next(below: 12) == 0 ? pick(Self.odd) : pick(Self.scalars)
  }

  mutating func maybeNoise(_ indent: Int) {
    switch random.next(below: 12) {
    case 0: lines.append("")
    case 1: lines.append(String(repeating: " ", count: random.next(below: indent + 3)) + "# note")
    default: break
    }
  }

  /// The pairs of a block mapping whose keys sit at `indent`; `first` is the text before the
  /// first key (a dash for a mapping in a sequence item).
  mutating func mapping(indent: Int, depth: Int, first: String? = nil) {
    for i in 0..<(random.next(below: 3) + 1) {
      let lead = i == 0 && first != nil ? first! : String(repeating: " ", count: indent)
      let key = pick(Self.keys)
      maybeNoise(indent)
      let kind = depth >= 4 ? 0 : random.next(below: 5)
      switch kind {
      case 1:
        lines.append("\(lead)\(key):\(pick(Self.comments))")
        mapping(indent: indent + random.next(below: 3) + 1, depth: depth + 1)
      case 2:
        lines.append("\(lead)\(key):\(pick(Self.comments))")
        sequence(indent: random.next(below: 2) == 0 ? indent : indent + 2, depth: depth + 1)
      case 3:
        lines.append("\(lead)\(key):\(pick(Self.comments))")
      default:
        append("\(lead)\(key): \(scalar())\(pick(Self.comments))", indent: indent)
      }
    }
  }

  /// The items of a block sequence whose dashes sit at `indent`.
  mutating func sequence(indent: Int, depth: Int) {
    for _ in 0..<(random.next(below: 3) + 1) {
      let dash = String(repeating: " ", count: indent) + "-" + String(repeating: " ", count: random.next(below: 3) + 1)
      maybeNoise(indent)
      if depth < 4 && random.next(below: 2) == 0 {
        mapping(indent: dash.count, depth: depth + 1, first: dash)
      } else {
        append("\(dash)\(scalar())\(pick(Self.comments))", indent: indent)
      }
    }
  }
}
