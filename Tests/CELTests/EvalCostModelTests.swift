import Foundation
import TestSupport
import Testing

@testable import CEL

/// Calls are charged by the size of their work, so the budget bounds time: an expression that
/// does quadratic work stops with a cost error where it used to run within the budget.
@Suite struct EvalCostModelTests {
  /// 20,000 code points: n² is 4·10⁸, forty times the default budget; n is far below it.
  static let long = Value.string(String(repeating: "a", count: 20_000))
  static let bindings: [String: Value] = [
    "s": long,
    // Equal to `s` but another string, so `==` must compare every byte.
    "t": .string(String(repeating: "a", count: 19_999) + "a"),
    "l": .list((0..<5_000).map { Value.int(Int64($0)) }),
  ]

  /// Quadratic: each of n iterations does O(n) work in one call.
  static let quadratic = [
    "s.split('').map(c, s.charAt(19999)).size()",
    "s.split('').map(c, s.size()).size()",
    "s.split('').map(c, size(s)).size()",
    "s.split('').filter(c, s.contains('b')).size()",
    "s.split('').filter(c, s.startsWith(t)).size()",
    "s.split('').map(c, s.indexOf('b')).size()",
    "s.split('').map(c, s.lastIndexOf('b')).size()",
    "s.split('').map(c, s.substring(19998)).size()",
    "s.split('').map(c, s.split('b')).size()",
    "s.split('').map(c, s.matches('b')).size()",
    "s.split('').map(c, s == t).size()",
    "s.split('').map(c, s < t).size()",
    "s.split('').map(c, int(s + '1') > 0).size()",
    "l.map(x, x in l).size()",
    "l.map(x, l == l).size()",
  ]

  @Test(arguments: quadratic)
  func quadraticWorkStopsAtTheBudget(_ text: String) {
    let value = evaluate(text, Self.bindings)
    guard case .error(let error) = value else {
      Issue.record("\(text): expected the cost limit, got \(value.jsonText)")
      return
    }
    #expect(error.kind == .costLimit, "\(text): \(error.message)")
  }

  /// The same loops doing constant work per element fit the default budget easily.
  static let linear: [(String, Value)] = [
    ("s.split('').map(c, c + 'x').size()", .int(20_000)),
    ("s.split('').filter(c, c.contains('b')).size()", .int(0)),
    ("l.map(x, x in [1, 2, 3]).size()", .int(5_000)),
    ("s.size() + s.indexOf('b') + size(s.split('b'))", .int(20_000)),
  ]

  @Test(arguments: linear.indices)
  func linearWorkFits(_ i: Int) {
    let (text, expected) = Self.linear[i]
    #expect(evaluate(text, Self.bindings) == expected, "\(text)")
  }

  @Test func aCallIsChargedItsArgumentsBytes() throws {
    let program = try Program(try #require(CELParser().parse("s.size()").expression))
    // Two nodes, then the five bytes of 'hello'.
    var budget = CostBudget()
    #expect(program.evaluate(Bindings(["s": "hello"]), budget: &budget) == .int(5))
    #expect(budget.used == 7)
    // 'Đội' is three code points in six bytes.
    budget = CostBudget()
    #expect(program.evaluate(Bindings(["s": "Đội"]), budget: &budget) == .int(3))
    #expect(budget.used == 8)
    // The size of a list is known without a pass.
    budget = CostBudget()
    #expect(program.evaluate(Bindings(["s": [1, 2, 3]]), budget: &budget) == .int(3))
    #expect(budget.used == 2)
  }

  @Test func aCallTheBudgetCannotPayForDoesNotRun() {
    // The charge comes first: a budget of 1,000 stops before the 20,000-byte search.
    let value = evaluate("s.contains('b')", Self.bindings, budget: 1_000)
    guard case .error(let error) = value else {
      Issue.record("expected the cost limit, got \(value.jsonText)")
      return
    }
    #expect(error.kind == .costLimit)
  }

  @Test func aSharedBudgetBoundsEvaluationsOnSeveralThreads() throws {
    let program = try Program(try #require(CELParser().parse("l.all(x, x >= 0)").expression))
    let shared = SharedCostBudget(limit: 100_000)
    let bindings = Bindings(["l": .list((0..<1_000).map { Value.int(Int64($0)) })])
    final class Tally: @unchecked Sendable {
      let lock = NSLock()
      var passed = 0
      var stopped = 0
    }
    let tally = Tally()
    DispatchQueue.concurrentPerform(iterations: 200) { _ in
      var budget = shared.draw(upTo: 10_000)
      let value = program.evaluate(bindings, budget: &budget)
      shared.settle(budget)
      tally.lock.lock()
      if value == .bool(true) { tally.passed += 1 } else { tally.stopped += 1 }
      tally.lock.unlock()
    }
    // Each evaluation costs a little over 4,000: the 100,000 pay for at most 25 of them.
    #expect(tally.passed >= 1 && tally.passed <= 25, "\(tally.passed) passed")
    #expect(tally.passed + tally.stopped == 200)
    #expect(shared.used <= shared.limit)
    #expect(shared.isExhausted || shared.used > shared.limit - 10_000)
  }
}

/// The linear-time searches give what a plain search gives.
@Suite struct ByteSearchTests {
  static let alphabet: [String] = ["a", "b", "ab", "đ", "ộ", "a\u{300}", "ba"]

  static func randomString(_ random: inout SplitMix64, maxParts: Int) -> String {
    (0..<random.next(below: maxParts + 1)).map { _ in Self.alphabet[random.next(below: Self.alphabet.count)] }
      .joined()
  }

  /// Naive references on code points.
  static func indexOf(_ s: [Unicode.Scalar], _ p: [Unicode.Scalar], from: Int) -> Int {
    if p.isEmpty { return from }
    var i = from
    while i + p.count <= s.count {
      if Array(s[i..<(i + p.count)]) == p { return i }
      i += 1
    }
    return -1
  }

  static func lastIndexOf(_ s: [Unicode.Scalar], _ p: [Unicode.Scalar], upTo last: Int) -> Int {
    if p.isEmpty { return last }
    var i = min(last, s.count - p.count)
    while i >= 0 {
      if Array(s[i..<(i + p.count)]) == p { return i }
      i -= 1
    }
    return -1
  }

  static func split(_ s: [Unicode.Scalar], _ p: [Unicode.Scalar]) -> [String] {
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    var i = 0
    while i < s.count {
      if i + p.count <= s.count, Array(s[i..<(i + p.count)]) == p {
        parts.append(String(current))
        current = String.UnicodeScalarView()
        i += p.count
      } else {
        current.append(s[i])
        i += 1
      }
    }
    parts.append(String(current))
    return parts
  }

  @Test func searchesAgreeWithAPlainSearch() {
    var random = SplitMix64(state: 0xCE1)
    for _ in 0..<3_000 {
      let s = Self.randomString(&random, maxParts: 12)
      let p = Self.randomString(&random, maxParts: 3)
      let text = Array(s.unicodeScalars)
      let part = Array(p.unicodeScalars)
      let from = random.next(below: text.count + 1)
      #expect(
        Strings.indexOf(s, p, from: Int64(from)) == .int(Int64(Self.indexOf(text, part, from: from))),
        "'\(s)'.indexOf('\(p)', \(from))")
      #expect(
        Strings.lastIndexOf(s, p, upTo: Int64(from))
          == .int(Int64(Self.lastIndexOf(text, part, upTo: from))),
        "'\(s)'.lastIndexOf('\(p)', \(from))")
      #expect(Strings.contains(s, p) == (Self.indexOf(text, part, from: 0) >= 0), "'\(s)'.contains('\(p)')")
      guard !p.isEmpty else { continue }
      let expected = Self.split(text, part)
      #expect(Strings.split(s, p) == .list(expected.map { Value.string($0) }), "'\(s)'.split('\(p)')")
      #expect(
        Strings.replace(s, p, "X") == .string(CELString.nfc(expected.joined(separator: "X"))),
        "'\(s)'.replace('\(p)', 'X')")
    }
  }
}
