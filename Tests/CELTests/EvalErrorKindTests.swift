import Testing

@testable import CEL

/// Each failure carries a kind, so that callers can tell failures apart without reading
/// their messages.
@Suite struct EvalErrorKindTests {
  static let rows: [(String, EvaluationError.Kind)] = [
    ("1 / 0", .divisionByZero),
    ("7 % 0", .divisionByZero),
    ("9223372036854775807 + 1", .overflow),
    ("-9223372036854775808 - 1", .overflow),
    ("int(1e19)", .outOfRange),
    ("timestamp('9999-12-31T23:59:59Z') + duration('1s')", .outOfRange),
    ("[1, 2][5]", .indexOutOfRange),
    ("'abc'.charAt(9)", .indexOutOfRange),
    ("{'a': 1}.b", .noSuchKey),
    ("{'a': 1}['b']", .noSuchKey),
    ("1 + 'a'", .noMatchingOverload),
    ("(1).f", .noMatchingOverload),
    ("nosuch(1)", .unknownFunction),
    ("x + 1", .unknownVariable),
    ("int('twelve')", .invalidArgument),
    ("{'a': 1, 'a': 2}", .invalidArgument),
    ("'abc'.matches(p)", .invalidRegex),
  ]

  @Test(arguments: rows.indices)
  func errorsHaveTheirKind(_ i: Int) {
    let (text, kind) = Self.rows[i]
    let value = evaluate(text, ["p": "("])
    guard case .error(let error) = value else {
      Issue.record("\(text): expected an error, got \(value.jsonText)")
      return
    }
    #expect(error.kind == kind, "\(text): \(error.message)")
  }

  @Test func aSpentBudgetIsACostError() {
    let value = evaluate("[1, 2, 3].map(x, x * 2).size()", budget: 3)
    guard case .error(let error) = value else {
      Issue.record("expected the cost limit, got \(value.jsonText)")
      return
    }
    #expect(error.kind == .costLimit)
  }

  @Test func attributionKeepsTheKind() {
    let error = EvaluationError("broken", kind: .invalidData)
    #expect(error.attributed(to: ExprID(7)).kind == .invalidData)
    #expect(error.attributed(to: ExprID(7)).id == ExprID(7))
  }
}
