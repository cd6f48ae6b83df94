import SourceDiagnostics
import Testing

@testable import CEL

/// No input may overflow the stack or run away: length, nesting and tree height are bounded.
struct ParserLimitsTests {
  let roomy = CELParser(limits: ParserLimits(maxLength: 10_000_000))

  func codes(_ result: ParseResult) -> [String] { result.diagnostics.map(\.code.rawValue) }

  func nested(_ open: String, _ inner: String, _ close: String, _ count: Int) -> String {
    String(repeating: open, count: count) + inner + String(repeating: close, count: count)
  }

  @Test func lengthLimit() {
    let text = String(repeating: "a", count: 100_001)
    let result = CELParser().parse(text)
    #expect(codes(result) == ["expr.too-long"])
    #expect(result.diagnostics.first?.message.contains("100001") == true)
    #expect(CELParser().parse(String(repeating: "a", count: 100_000)).expression != nil)
    // Counted in Unicode scalars: 100,000 'đ' are 200,000 UTF-8 bytes and still fit.
    #expect(CELParser().parse("'" + String(repeating: "đ", count: 99_998) + "'").expression != nil)
  }

  @Test func depthAtTheLimitParses() {
    // 250 levels of parentheses is cel-go's default recursion limit; 251 is one too many.
    #expect(CELParser().parse(nested("(", "1", ")", 250)).expression != nil)
    #expect(codes(CELParser().parse(nested("(", "1", ")", 251))) == ["expr.too-deep"])
    #expect(CELParser().parse(nested("[", "1", "]", 250)).expression != nil)
    #expect(CELParser().parse(nested("f(", "1", ")", 250)).expression != nil)
    #expect(CELParser().parse(nested("{1: ", "1", "}", 250)).expression != nil)
    #expect(codes(CELParser().parse(nested("{1: ", "1", "}", 251))) == ["expr.too-deep"])
    let limited = CELParser(limits: ParserLimits(maxDepth: 10))
    #expect(limited.parse(nested("(", "1", ")", 10)).expression != nil)
    #expect(codes(limited.parse(nested("(", "1", ")", 11))) == ["expr.too-deep"])
  }

  @Test func hugeNestingIsAnErrorNotACrash() {
    #expect(codes(CELParser().parse(nested("(", "1", ")", 100_000))) == ["expr.too-long"])
    #expect(codes(roomy.parse(nested("(", "1", ")", 100_000))) == ["expr.too-deep"])
    #expect(codes(roomy.parse(nested("[", "1", "]", 100_000))) == ["expr.too-deep"])
    #expect(codes(roomy.parse(nested("a.f(", "1", ")", 100_000))) == ["expr.too-deep"])
    #expect(codes(roomy.parse(nested("x ? 1 : ", "1", "", 100_000))) == ["expr.too-deep"])
    #expect(codes(roomy.parse(String(repeating: "(", count: 100_000))) == ["expr.too-deep"])
  }

  @Test func longUnaryChains() {
    // Pairs cancel: 100,000 '-' or '!' leave the operand alone.
    let minus = roomy.parse(String(repeating: "-", count: 100_000) + "x")
    #expect(minus.expression.map { ExprDebugPrinter().print($0.expr) } == "x")
    let not = roomy.parse(String(repeating: "!", count: 100_001) + "x")
    #expect(not.expression.map { ExprDebugPrinter().print($0.expr) } == "!_(x)")
    // Alternating operators do not cancel: the tree would be 100,000 high.
    let alternating = roomy.parse(String(repeating: "-!", count: 50_000) + "x")
    #expect(codes(alternating) == ["expr.too-deep"])
  }

  @Test func longFlatChains() {
    let terms = 1_000_000
    let sum = Array(repeating: "1", count: terms).joined(separator: "+")
    #expect(codes(CELParser().parse(sum)) == ["expr.too-long"])
    // Left-associative '+' makes a tree as high as the chain is long: refused, without
    // recursing once per term.
    #expect(codes(roomy.parse(sum)) == ["expr.too-deep"])
    // '||' and '&&' chains are balanced, so 100,000 terms are 17 levels high.
    let or = roomy.parse(Array(repeating: "a", count: 100_000).joined(separator: " || "))
    #expect(or.expression != nil)
    let selects = roomy.parse("a" + String(repeating: ".b", count: 100_000))
    #expect(codes(selects) == ["expr.too-deep"])
    let list = roomy.parse("[" + Array(repeating: "1", count: 100_000).joined(separator: ",") + "]")
    #expect(list.expression != nil)
  }

  @Test func tallTreeAtTheLimitIsUsable() throws {
    // 999 alternating unary operators: a tree 1,000 high (the default limit), which the
    // printer walks and which is released without overflowing the stack.
    let text = String(repeating: "-!", count: 499) + "-x"
    let parsed = try #require(CELParser().parse(text).expression)
    #expect(ExprDebugPrinter().print(parsed.expr).hasSuffix("(x)" + String(repeating: ")", count: 998)))
    let tooTall = CELParser().parse("!" + text)
    #expect(codes(tooTall) == ["expr.too-deep"])
  }

  @Test func mixedNestingAtTheDepthLimit() throws {
    // Every kind of nesting at once, 250 levels: exercises the parser's deepest recursion.
    var text = "x"
    for level in 0..<249 {
      switch level % 5 {
      case 0: text = "(\(text) + 1)"
      case 1: text = "[\(text)]"
      case 2: text = "f(a, \(text))"
      case 3: text = "{'k': \(text)}"
      default: text = "l.all(v, \(text))"
      }
    }
    let parsed = try #require(CELParser().parse(text).expression)
    #expect(parsed.nextID > 500)
  }
}
