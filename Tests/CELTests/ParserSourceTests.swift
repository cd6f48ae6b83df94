import SourceDiagnostics
import Testing

@testable import CEL

/// ExpressionSource: from scalar offsets in the expression text to positions in the file.
struct ParserSourceTests {
  func pos(_ line: Int, _ column: Int, _ offset: Int) -> SourcePosition {
    SourcePosition(line: line, column: column, offset: offset)
  }

  @Test func standaloneTextIsItsOwnFile() {
    let source = ExpressionSource(text: "a &&\n  bé ||\nc")
    #expect(source.file == "<expression>")
    #expect(source.position(ofOffset: 0) == pos(1, 1, 0))
    #expect(source.position(ofOffset: 3) == pos(1, 4, 3))
    #expect(source.position(ofOffset: 4) == pos(1, 5, 4))  // the line break itself
    #expect(source.position(ofOffset: 7) == pos(2, 3, 7))  // 'b'
    #expect(source.position(ofOffset: 8) == pos(2, 4, 8))  // 'é', one scalar
    #expect(source.position(ofOffset: 13) == pos(3, 1, 13))  // 'c'
    #expect(source.position(ofOffset: 14) == pos(3, 2, 14))  // the end
    #expect(source.position(ofOffset: 99) == pos(3, 2, 14))  // clamped
  }

  @Test func inlineAddsTheColumn() {
    let source = ExpressionSource(
      text: "x.size() > 0", file: "rules/a.yaml", origin: .inline(pos(12, 15, 240)))
    #expect(source.position(ofOffset: 0) == pos(12, 15, 240))
    #expect(source.position(ofOffset: 9) == pos(12, 24, 249))
    let location = source.location(of: 2..<6)
    #expect(location.file == "rules/a.yaml")
    #expect(location.range.start == pos(12, 17, 242))
    #expect(location.range.end == pos(12, 21, 246))
  }

  @Test func linesMapEachLineOfABlockScalar() {
    // A literal block scalar indented by 4 at lines 7-9 of the file, whose lines start at
    // file offsets 100, 120 and 131.
    let text = "a &&\nb.all(x,\n  x > 0)"
    let source = ExpressionSource(
      text: text, file: "r.yaml", origin: .lines([pos(7, 5, 100), pos(8, 5, 120), pos(9, 5, 131)]))
    #expect(source.position(ofOffset: 2) == pos(7, 7, 102))  // '&&'
    #expect(source.position(ofOffset: 5) == pos(8, 5, 120))  // 'b'
    #expect(source.position(ofOffset: 7) == pos(8, 7, 122))  // 'all'
    #expect(source.position(ofOffset: 16) == pos(9, 7, 133))  // 'x' on the third line
    // A table shorter than the text points at its last line start rather than inventing one.
    let short = ExpressionSource(text: text, file: "r.yaml", origin: .lines([pos(7, 5, 100)]))
    #expect(short.position(ofOffset: 16) == pos(7, 5, 100))
  }

  @Test func approximateMapsEverythingToOnePlace() {
    let source = ExpressionSource(text: "a +\nb", file: "r.yaml", origin: .approximate(pos(3, 9, 40)))
    #expect(source.position(ofOffset: 0) == pos(3, 9, 40))
    #expect(source.position(ofOffset: 4) == pos(3, 9, 40))
    #expect(source.location(of: 1..<5).range == SourceRange(start: pos(3, 9, 40), end: pos(3, 9, 40)))
  }

  @Test func errorsAfterVietnameseTextCountScalars() throws {
    // 'Đông Tiến' is 11 scalars with its quotes (precomposed letters); the missing operand is
    // at offset 18, after "'Đông Tiến' == x +".
    let text = "'Đông Tiến' == x +"
    #expect(text.unicodeScalars.count == 18)
    #expect(text.utf8.count > 18)
    let standalone = try #require(CELParser().parse(text).diagnostics.first?.location)
    #expect(standalone.line == 1 && standalone.column == 19)

    let inline = try #require(
      CELParser().parse(
        ExpressionSource(text: text, file: "rules/b.yaml", origin: .inline(pos(4, 11, 50)))
      ).diagnostics.first?.location)
    #expect(inline.file == "rules/b.yaml")
    #expect(inline.line == 4 && inline.column == 11 + 18)
    #expect(inline.range.start.offset == 68)

    let block = "thon == 'Đông' &&\n  'Tiến' == xa.size( > 0"
    let lines = try #require(
      CELParser().parse(
        ExpressionSource(text: block, file: "r.yaml", origin: .lines([pos(20, 7, 300), pos(21, 7, 330)]))
      ).diagnostics.first?.location)
    // The error is at '>', the 22nd scalar of the text's second line, so file column 7 + 21.
    #expect(lines.line == 21 && lines.column == 28)
    #expect(lines.range.start.offset == 351)
  }

  @Test func nodeLocationsGoThroughTheSource() throws {
    let source = ExpressionSource(
      text: "'Tiến' == x.thon", file: "r.yaml", origin: .inline(pos(2, 10, 30)))
    let parsed = try #require(CELParser().parse(source).expression)
    let focus = parsed.focusLocation(of: parsed.expr.id)
    #expect(focus.column == 10 + 7)  // '=='
    guard case .call(_, _, let args) = parsed.expr.kind else {
      Issue.record("not a call")
      return
    }
    let select = parsed.location(of: args[1].id)
    #expect(select.range.start.column == 20)
    #expect(select.range.end.column == 26)
    #expect(parsed.focusLocation(of: args[1].id).column == 22)  // 'thon'
  }
}
