import Foundation
import SourceDiagnostics
import Testing

@testable import CEL

/// `matches` runs RE2: RE2 syntax, UTF-8 text, and matching in time linear in the text.
@Suite struct RegexTests {
  /// Evaluates `text` on another thread and waits at most `deadline` seconds for it. The
  /// deadline is generous: it only turns a hang (a backtracking matcher on these patterns
  /// would run for hours) into a failure instead of a test run that never ends.
  static func evaluateBounded(
    _ text: String, _ bindings: [String: Value] = [:], deadline: Double = 120
  ) -> Value? {
    final class Box: @unchecked Sendable { var value: Value? }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = evaluate(text, bindings)
      done.signal()
    }
    thread.start()
    guard done.wait(timeout: .now() + deadline) == .success else { return nil }
    return box.value
  }

  @Test func nestedRepetitionEnds() throws {
    // 2^40 ways to split the a's for a backtracking matcher.
    let subject = String(repeating: "a", count: 40) + "!"
    let value = try #require(
      Self.evaluateBounded("s.matches('^(a+)+$')", ["s": .string(subject)]),
      "the match did not end")
    #expect(value == .bool(false))
  }

  @Test func aPlausibleContactPatternEnds() throws {
    let contact = String(repeating: "0", count: 40) + "x"
    let value = try #require(
      Self.evaluateBounded("contact.matches('^([0-9]+ ?)+$')", ["contact": .string(contact)]),
      "the match did not end")
    #expect(value == .bool(false))
    #expect(
      Self.evaluateBounded("contact.matches('^([0-9]+ ?)+$')", ["contact": "0912 345 678"])
        == .bool(true))
  }

  @Test func aDynamicPatternEndsToo() throws {
    let subject = String(repeating: "a", count: 40) + "!"
    let value = try #require(
      Self.evaluateBounded("s.matches(p)", ["s": .string(subject), "p": "^(a+)+$"]),
      "the match did not end")
    #expect(value == .bool(false))
  }

  static let rows: [EvalCase] = [
    // Code points, not bytes: 'ễ' and 'Đ' are one character each.
    EvalCase("'Nguyễn'.matches('^.{6}$')", .true),
    EvalCase("'Nguyễn'.matches('^.{7,}$')", .false),
    EvalCase("'Đội dân quân'.matches('^Đội')", .true),
    EvalCase("'Đội dân quân'.matches('quân$')", .true),
    EvalCase("'Đ'.matches('^[A-Z]$')", .false),
    EvalCase("'Đ'.matches('^\\\\p{Lu}$')", .true),
    EvalCase("'ễ'.matches('^\\\\pL$')", .true),
    EvalCase("'ĐỘI'.matches('(?i)^đội$')", .true),
    EvalCase("'xã Đông Hưng'.matches('[à-ỹ]')", .true),
    // RE2's \d and \w are ASCII only.
    EvalCase("'٣'.matches('\\\\d')", .false),
    EvalCase("'đ'.matches('^\\\\w$')", .false),
    EvalCase("'0912'.matches('^\\\\d{4}$')", .true),
    // A partial match, as CEL specifies.
    EvalCase("'abc'.matches('b')", .true),
    EvalCase("matches('abc', '^b')", .false),
    EvalCase("''.matches('^$')", .true),
    // RE2 syntax: no look-around, no backreferences.
    EvalCase("'ab'.matches('a(?=b)')", .error("invalid regular expression")),
    EvalCase("'aa'.matches('(a)\\\\1')", .error("invalid regular expression")),
    EvalCase("'ab'.matches('(?P<x>a)b')", .true),
  ]

  @Test(arguments: rows)
  func rowsMatch(_ row: EvalCase) { check(row) }

  @Test func dynamicPatternsAreCachedAndStillRight() {
    // One program, several patterns, evaluated many times on several threads.
    let program = try! Program(CELParser().parse("s.matches(p)").expression!)
    let cases: [(String, String, Bool)] = [
      ("Đội 1", "^Đội \\d$", true), ("Đội A", "^Đội \\d$", false), ("abc", "b", true),
      ("abc", "^b", false),
    ]
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<50 {
        for (s, p, expected) in cases {
          let value = program.evaluate(Bindings(["s": .string(s), "p": .string(p)]))
          #expect(value == .bool(expected), "\(s) ~ \(p)")
        }
      }
    }
    let bad = program.evaluate(Bindings(["s": "a", "p": "("]))
    guard case .error(let error) = bad else {
      Issue.record("expected an error, got \(bad.jsonText)")
      return
    }
    #expect(error.kind == .invalidRegex)
  }

  @Test func matchingIsChargedByTheLengthOfTheText() {
    let long = Value.string(String(repeating: "ab", count: 50_000))
    // One call over 100,000 bytes is past a budget of 50,000.
    let value = evaluate("s.matches('c')", ["s": long], budget: 50_000)
    guard case .error(let error) = value else {
      Issue.record("expected the cost limit, got \(value.jsonText)")
      return
    }
    #expect(error.kind == .costLimit)
    #expect(evaluate("s.matches('c')", ["s": long], budget: 200_000) == .bool(false))
  }

  @Test func anInvalidLiteralPatternIsACheckErrorAtItsColumn() throws {
    let declarations = Declarations(
      variables: ["contact": .string], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    let source = ExpressionSource(
      text: "contact.matches('(')", file: "rules/contacts.yaml",
      origin: .inline(SourcePosition(line: 7, column: 12)))
    let parsed = try #require(CELParser().parse(source).expression)
    let result = CELChecker(declarations: declarations).check(parsed, expecting: .bool)
    #expect(result.checked == nil)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(diagnostic.code == "expr.invalid-regex")
    // The literal starts after `contact.matches(`, 16 scalars into the text at column 12.
    #expect(diagnostic.location?.description == "rules/contacts.yaml:7:28")
    #expect(diagnostic.message == "invalid regular expression '(': missing closing )")
    #expect(diagnostic.translations["vi"] == "biểu thức chính quy '(' không hợp lệ: thiếu dấu ) đóng")
  }

  @Test func validLiteralPatternsCheck() throws {
    let declarations = Declarations(
      variables: ["contact": .string], objectTypes: [:], enumTypes: [:],
      functions: FunctionLibrary.standard.signatures)
    for text in ["contact.matches('^[0-9 ]+$')", "matches(contact, '(?i)^đội')", "contact.matches(contact)"] {
      let parsed = try #require(CELParser().parse(text).expression)
      let result = CELChecker(declarations: declarations).check(parsed, expecting: .bool)
      #expect(result.diagnostics.isEmpty, "\(text): \(result.diagnostics.map(\.message))")
    }
  }
}
