import Foundation
import Testing

@testable import CEL

/// Random and mutated inputs: the parser must never trap, must answer either a tree or errors,
/// and whatever it answers must be well formed.
struct ParserFuzzTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  static let pieces: [String] = [
    "a", "b.c", "x", "1", "0x1F", "2u", "1.5", ".5", "1e9", "'s'", "\"t\"", "'''m\nl'''", "r'\\q'",
    "b'\\xff'", "`q-r`", "true", "null", "in", "if", "(", ")", "[", "]", "{", "}", ",", ":", "?",
    ".", "+", "-", "*", "/", "%", "!", "<", "<=", "==", "!=", "&&", "||", "=", "&", "|", " ",
    "\n", "//c\n", "'\\", "'\\u", "\\", "$", "Đông", "‘", "\u{A0}", "all(", "exists_one(",
    "map(", "filter(", "has(", "cel.bind(", ".?", "[?", "{?", "9223372036854775808",
  ]

  func check(_ text: String, _ parser: CELParser = CELParser()) {
    let result = parser.parse(text)
    let length = text.unicodeScalars.count
    if let parsed = result.expression {
      #expect(result.diagnostics.isEmpty)
      var seen = Set<ExprID>()
      var stack = [parsed.expr]
      while let e = stack.popLast() {
        #expect(seen.insert(e.id).inserted, "duplicate id in \(text.debugDescription)")
        let range = parsed.sourceMap.range(of: e.id)
        #expect(range != nil && range!.upperBound <= length, "bad range in \(text.debugDescription)")
        stack += ParserState.children(of: e.kind)
      }
      _ = ExprDebugPrinter(showsIDs: true).print(parsed.expr)
    } else {
      #expect(!result.diagnostics.isEmpty, "no tree and no error: \(text.debugDescription)")
      #expect(result.diagnostics.count <= parser.limits.maxErrors)
      for d in result.diagnostics {
        let column = d.location?.column ?? 0
        #expect(column >= 1 && column <= length + 1, "bad column \(column) in \(text.debugDescription)")
      }
    }
  }

  @Test func randomTokenSoup() {
    var g = Generator(state: 1)
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<(1 + g.below(25)) { text += Self.pieces[g.below(Self.pieces.count)] }
      check(text)
    }
  }

  @Test func mutatedConformanceExpressions() throws {
    let cases = try ParserConformance.loadCases()
    var g = Generator(state: 7)
    for _ in 0..<3_000 {
      var scalars = Array(cases[g.below(cases.count)].expr.unicodeScalars)
      for _ in 0..<(1 + g.below(3)) {
        let at = scalars.isEmpty ? 0 : g.below(scalars.count + 1)
        switch g.below(3) {
        case 0 where at < scalars.count: scalars.remove(at: at)
        case 1: scalars.insert(contentsOf: Self.pieces[g.below(Self.pieces.count)].unicodeScalars, at: at)
        default:
          if at < scalars.count { scalars.insert(scalars[at], at: at) }
        }
      }
      check(String(String.UnicodeScalarView(scalars)))
    }
  }

  @Test func tightLimits() {
    var g = Generator(state: 3)
    let parser = CELParser(limits: ParserLimits(maxLength: 40, maxDepth: 3, maxTreeHeight: 6, maxErrors: 2))
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<(1 + g.below(15)) { text += Self.pieces[g.below(Self.pieces.count)] }
      check(text, parser)
    }
  }
}
