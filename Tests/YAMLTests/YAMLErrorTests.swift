import SourceDiagnostics
import Testing
import YAML

/// The diagnostics of a load as `code@line:column`, sorted.
func problems(_ bytes: [UInt8], options: YAMLLoadOptions = YAMLLoadOptions()) -> [String] {
  let result = YAMLLoader(options: options).load(bytes: bytes, name: "t.yaml")
  if !result.diagnostics.isEmpty { #expect(result.document == nil) }
  return result.diagnostics.sorted.map { d in
    "\(d.code)@" + (d.location.map { "\($0.line):\($0.column)" } ?? "-")
  }
}

func problems(_ text: String, options: YAMLLoadOptions = YAMLLoadOptions()) -> [String] {
  problems(Array(text.utf8), options: options)
}

func firstMessage(_ text: String) -> String {
  YAMLLoader().load(text, name: "t.yaml").diagnostics.sorted.first?.message ?? ""
}

@Suite struct YAMLErrorTests {
  @Test func duplicateKeyPointsAtTheSecondKeyWithANoteAtTheFirst() throws {
    let text = "a: 1\nname: x\nb: 2\nname: y\n"
    #expect(problems(text) == ["yaml.duplicate-key@4:1"])
    let d = try #require(YAMLLoader().load(text, name: "t.yaml").diagnostics.sorted.first)
    #expect(d.message == "the key 'name' appears twice in this mapping")
    #expect(d.notes.first?.location?.description == "t.yaml:2:1")
  }

  @Test func duplicateKeysInNestedFlowAndLargeMappings() {
    #expect(problems("x:\n  - {k: 1, k: 2}\n") == ["yaml.duplicate-key@2:12"])
    // More than twelve keys takes the hashed path.
    var big = (0..<40).map { "key\($0): \($0)" }
    big.append("key7: again")
    #expect(problems(big.joined(separator: "\n")) == ["yaml.duplicate-key@41:1"])
    // Keys compare by value: a quoted and a plain spelling of the same text are the same key.
    #expect(problems("a: 1\n'a': 2\n") == ["yaml.duplicate-key@2:1"])
    // Different keys in different mappings are fine.
    #expect(problems("- {a: 1}\n- {a: 2}\n") == [])
    // In a few keys: each repeat is reported once, at the key it repeats; empty keys repeat
    // too; collections as keys are never compared; keys of the same length differ.
    #expect(problems("a: 1\nb: 2\na: 3\na: 4\nab: 5\nba: 6\n") == ["yaml.duplicate-key@3:1", "yaml.duplicate-key@4:1"])
    #expect(problems("'': 1\nx: 2\n\"\": 3\n") == ["yaml.duplicate-key@3:1"])
    #expect(problems("? [a]\n: 1\n? [a]\n: 2\n? {}\n: 3\n") == [])
  }

  @Test func secondDocument() {
    #expect(problems("a: 1\n---\nb: 2\n") == ["yaml.multiple-documents@2:1"])
    #expect(problems("---\na: 1\n...\n") == [])
  }

  @Test func invalidUTF8IsPlacedInScalars() {
    var bytes = Array("a: 1\nbb: Đông ".utf8)
    bytes.append(0xFF)
    bytes += Array(" x\n".utf8)
    // "bb: Đông " is 9 scalars: the bad byte is column 10 of line 2.
    #expect(problems(bytes) == ["yaml.encoding@2:10"])
  }

  @Test func truncatedUTF8Sequence() {
    var bytes = Array("name: Đ".utf8)
    bytes.removeLast()  // half of "Đ"
    #expect(problems(bytes) == ["yaml.encoding@1:7"])
  }

  @Test func controlBytes() {
    #expect(problems(Array("a: x\0y\n".utf8)) == ["yaml.control-character@1:5"])
    #expect(firstMessage("a: x\0y\n") == "a NUL byte (U+0000) is not allowed in a YAML file")
    #expect(problems(Array("a: 1\nb: \u{07}\n".utf8)) == ["yaml.control-character@2:4"])
    #expect(firstMessage("b: \u{07}\n") == "a control character U+0007 is not allowed in a YAML file")
  }

  @Test func utf16IsRefused() {
    #expect(problems([0xFF, 0xFE, 0x61, 0x00]) == ["yaml.encoding@1:1"])
    #expect(problems([0xFE, 0xFF, 0x00, 0x61]) == ["yaml.encoding@1:1"])
  }

  @Test func tabIndentation() {
    #expect(problems("a:\n\tb: 1\n") == ["yaml.tab@2:1"])
    #expect(firstMessage("a:\n\tb: 1\n").contains("tab"))
  }

  @Test func syntaxErrorsFromLibYAML() {
    // A mapping value where none may start.
    #expect(problems("a: b: c\n") == ["yaml.syntax@1:5"])
    // An unclosed flow sequence.
    #expect(problems("a: [1, 2\nb: 3\n").count == 1)
    #expect(problems("a: [1, 2\nb: 3\n").first?.hasPrefix("yaml.syntax@") == true)
    // An unterminated quoted scalar.
    #expect(problems("a: 'open\n").first?.hasPrefix("yaml.syntax@") == true)
  }

  @Test func nestingDeeperThanTheLimit() {
    var options = YAMLLoadOptions()
    options.maxDepth = 10
    #expect(problems(String(repeating: "[", count: 20), options: options) == ["yaml.too-deep@1:11"])
    let block = (0..<12).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n"
    #expect(problems(block, options: options) == ["yaml.too-deep@11:21"])
  }

  @Test func veryDeepNestingEndsQuicklyWithTheDefaultLimit() {
    let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    #expect(problems(deep) == ["yaml.too-deep@1:129"])
    let block = String(repeating: "- ", count: 50_000) + "x\n"
    #expect(problems(block) == ["yaml.too-deep@1:257"])
  }

  @Test func scalarAndFileLimits() {
    var options = YAMLLoadOptions()
    options.maxScalarBytes = 8
    #expect(problems("a: 12345678\nb: 123456789\n", options: options) == ["yaml.scalar-too-large@2:4"])
    options = YAMLLoadOptions()
    options.maxFileBytes = 100
    let long = (0..<50).map { "k\($0): v" }.joined(separator: "\n")
    #expect(problems(long, options: options) == ["yaml.file-too-large@1:1"])
  }

  @Test func tooManyNodes() {
    var options = YAMLLoadOptions()
    options.maxNodes = 10
    // The root sequence is node 1; its items are nodes 2, 3...: the tenth item is the eleventh node.
    let items = (1...20).map { "- \($0)" }.joined(separator: "\n")
    #expect(problems(items, options: options) == ["yaml.too-many-nodes@10:3"])
  }

  @Test func aliasBomb() {
    var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in 1...9 {
      let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
      lines.append("a\(i): &a\(i) [\(refs)]")
    }
    let result = problems(lines.joined(separator: "\n"))
    #expect(result.count == 1)
    #expect(result.first?.hasPrefix("yaml.alias-expansion@") == true)
  }

  @Test func unknownAndRecursiveAliases() {
    #expect(problems("a: *nowhere\n") == ["yaml.unknown-anchor@1:4"])
    #expect(problems("a: &x [1, *x]\n") == ["yaml.recursive-alias@1:11"])
  }

  @Test func unreadableFile() {
    let result = YAMLLoader().load(contentsOf: "/nonexistent/dqtv/file.yaml")
    #expect(result.document == nil)
    #expect(result.diagnostics.sorted.map(\.code.rawValue) == ["io.unreadable"])
    #expect(result.diagnostics.sorted.first?.message.contains("/nonexistent/dqtv/file.yaml") == true)
  }
}
