import SourceDiagnostics
import TestSupport
import Testing

@Suite struct SnippetRendererTests {
  let file = SourceFile(
    path: "samples/xa.yaml",
    text: "# Xã Đông Tiến\ncommunes:\n  - name: Xã Đông Tiến\n    comand_board: {}\n\tx: 1\n")

  @Test func caretUnderTheRangeAfterMultiByteText() {
    let d = Diagnostic.error(
      "schema.unknown-field", LocalizedText(verbatim: "unknown field 'comand_board'; did you mean 'command_board'?"),
      at: SourceLocation(
        file: "samples/xa.yaml",
        range: SourceRange(
          start: SourcePosition(line: 4, column: 5), end: SourcePosition(line: 4, column: 17))),
      notes: [
        .init(
          LocalizedText(verbatim: "the commune starts here"),
          at: SourceLocation(file: "samples/xa.yaml", line: 3, column: 5))
      ])
    assertGolden(SnippetRenderer(files: [file]).render(d), named: "unknown-field.txt")
  }

  @Test func caretAfterMultiByteTextOnTheSameLine() {
    let d = Diagnostic.error(
      "test.point", LocalizedText(verbatim: "here"), at: SourceLocation(file: "samples/xa.yaml", line: 3, column: 13))
    let text = SnippetRenderer(files: [file]).render(d)
    // "  - name: Xã " is 12 scalars: the caret sits under "Đ".
    #expect(text == "samples/xa.yaml:3:13: error: here [test.point]\n 3 |   - name: Xã Đông Tiến\n   |             ^\n")
  }

  @Test func tabsBeforeTheColumnAreKeptSoTheCaretLinesUp() {
    let d = Diagnostic.error(
      "yaml.tab", LocalizedText(verbatim: "tab"), at: SourceLocation(file: "samples/xa.yaml", line: 5, column: 2))
    #expect(SnippetRenderer(files: [file]).snippet(at: d.location!) == " 5 | \tx: 1\n   | \t^\n")
  }

  @Test func controlCharactersAreShownAsReplacementCharacters() {
    let f = SourceFile(path: "b", bytes: [0x61, 0x02, 0x62, 0x1B, 0x0A])
    #expect(
      SnippetRenderer(files: [f]).snippet(at: SourceLocation(file: "b", line: 1, column: 2))
        == " 1 | a\u{FFFD}b\u{FFFD}\n   |  ^\n")
  }

  @Test func longLinesAreCutToAWindowAroundTheColumn() {
    let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
    let f = SourceFile(path: "l", text: line)
    let snippet = SnippetRenderer(files: [f]).snippet(at: SourceLocation(file: "l", line: 1, column: 501))
    let lines = snippet.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].unicodeScalars.count < 140)
    #expect(lines[0].contains("…") && lines[0].contains("X"))
    // The caret sits under the X.
    let x = Array(lines[0].unicodeScalars).firstIndex(of: "X")!
    let caret = Array(lines[1].unicodeScalars).firstIndex(of: "^")!
    #expect(x == caret)
  }

  @Test func aColumnPastTheEndOfAShortLinePutsTheCaretAtTheLineEnd() {
    // "  - name: Xã Đông Tiến" is 22 scalars: the caret sits one past the last.
    let snippet = SnippetRenderer(files: [file]).snippet(
      at: SourceLocation(file: "samples/xa.yaml", line: 3, column: 1_000_000))
    #expect(snippet == " 3 |   - name: Xã Đông Tiến\n   | " + String(repeating: " ", count: 22) + "^\n")
  }

  @Test func aColumnFarPastTheEndOfALongLineKeepsTheTextShort() {
    let line = "note: " + String(repeating: "x", count: 80 << 10)
    let f = SourceFile(path: "long.yaml", text: line + "\nnext: 1\n")
    let d = Diagnostic.error(
      "test.point", LocalizedText(verbatim: "here"),
      at: SourceLocation(
        file: "long.yaml",
        range: SourceRange(
          start: SourcePosition(line: 1, column: 1_000_000), end: SourcePosition(line: 1, column: 1_000_005))))
    let text = SnippetRenderer(files: [f]).render(d)
    // The window shows the line's last 120 scalars after "…"; the caret sits one past them.
    let shown = "…" + String(repeating: "x", count: SnippetRenderer.maxSnippetWidth)
    let marker = String(repeating: " ", count: SnippetRenderer.maxSnippetWidth + 1) + "^"
    #expect(
      text == "long.yaml:1:1000000: error: here [test.point]\n 1 | \(shown)\n   | \(marker)\n")
    #expect(text.unicodeScalars.count < 320, "\(text.unicodeScalars.count)")
  }

  @Test func unknownFileOrLineGivesNoSnippet() {
    let renderer = SnippetRenderer(files: [file])
    #expect(renderer.snippet(at: SourceLocation(file: "other.yaml", line: 1, column: 1)) == "")
    #expect(renderer.snippet(at: SourceLocation(file: "samples/xa.yaml", line: 99, column: 1)) == "")
  }

  @Test func sourceFileLines() {
    let f = SourceFile(path: "x", text: "\u{FEFF}a\r\nb\n\nc")
    #expect(f.lineText(1) == "a")
    #expect(f.lineText(2) == "b")
    #expect(f.lineText(3) == "")
    #expect(f.lineText(4) == "c")
    #expect(f.lineText(5) == nil)
    #expect(f.lineText(0) == nil)
  }
}

@Suite struct DiagnosticsTests {
  @Test func capKeepsTheFirstAndCountsTheRest() {
    var list = Diagnostics(limit: 2)
    for i in 1...5 {
      list.append(.error("x", LocalizedText(verbatim: "m\(i)"), at: SourceLocation(file: "f", line: i, column: 1)))
    }
    #expect(list.count == 2)
    #expect(list.droppedCount == 3)
    #expect(list.hasErrors)
    #expect(list.isFull)
  }

  @Test func sortingIsByFileLineColumnThenSeverity() {
    var list = Diagnostics()
    list.append(.warning("w", LocalizedText(verbatim: "w"), at: SourceLocation(file: "b", line: 1, column: 1)))
    list.append(.error("e", LocalizedText(verbatim: "e2"), at: SourceLocation(file: "a", line: 2, column: 1)))
    list.append(.error("e", LocalizedText(verbatim: "e1"), at: SourceLocation(file: "a", line: 1, column: 9)))
    list.append(.warning("w", LocalizedText(verbatim: "w1"), at: SourceLocation(file: "a", line: 1, column: 9)))
    list.append(.error("io", LocalizedText(verbatim: "no file"), at: nil))
    #expect(list.sorted.map(\.message) == ["no file", "e1", "w1", "e2", "w"])
  }

  @Test func nearestNameSuggestions() {
    let names = ["command_board", "code", "name", "kind", "class", "villages"]
    #expect(NameSuggestion.nearest(to: "comand_board", in: names) == "command_board")
    #expect(NameSuggestion.nearest(to: "vilages", in: names) == "villages")
    #expect(NameSuggestion.nearest(to: "population", in: names) == nil)
    #expect(NameSuggestion.distance("Đông", "Đong") == 1)
    #expect(NameSuggestion.distance("nmae", "name") == 1)
    #expect(NameSuggestion.distance("kitten", "sitting") == 3)
    #expect(NameSuggestion.nearest(to: "nmae", in: names) == "name")
  }
}
