import Testing

@testable import CEL

/// Parses and evaluates `text` (unchecked) with `bindings`; a parse error is returned as an
/// error value starting "parse:".
func evaluate(
  _ text: String, _ bindings: [String: Value] = [:], budget limit: Int = CostBudget.defaultLimit
) -> Value {
  let parsed = CELParser().parse(text)
  guard let expression = parsed.expression else {
    return .error("parse: \(parsed.diagnostics.map(\.message))")
  }
  guard let program = try? Program(expression) else { return .error("plan failed") }
  var budget = CostBudget(limit: limit)
  return program.evaluate(Bindings(bindings), budget: &budget)
}

/// What a test expects of an evaluation.
enum Expected: Sendable, CustomStringConvertible {
  case value(Value)
  /// An error whose message contains this text.
  case error(String)

  static func int(_ i: Int64) -> Expected { .value(.int(i)) }
  static func uint(_ u: UInt64) -> Expected { .value(.uint(u)) }
  static func double(_ d: Double) -> Expected { .value(.double(d)) }
  static func bool(_ b: Bool) -> Expected { .value(.bool(b)) }
  static func string(_ s: String) -> Expected { .value(.string(s)) }
  static let `true` = Expected.bool(true)
  static let `false` = Expected.bool(false)

  var description: String {
    switch self {
    case .value(let v): v.jsonText
    case .error(let e): "error containing '\(e)'"
    }
  }

  /// Whether `actual` is this: same type and value, or an error with the message part.
  func matches(_ actual: Value) -> Bool {
    switch (self, actual) {
    case (.error(let part), .error(let error)): error.message.contains(part)
    case (.value(let v), _): ConformanceData.same(v, actual)
    default: false
    }
  }
}

/// One table row: an expression and what it must yield.
struct EvalCase: Sendable, CustomTestStringConvertible {
  let expr: String
  let expected: Expected
  init(_ expr: String, _ expected: Expected) {
    self.expr = expr
    self.expected = expected
  }
  var testDescription: String { "\(expr) → \(expected)" }
}

func check(_ row: EvalCase, _ bindings: [String: Value] = [:]) {
  let actual = evaluate(row.expr, bindings)
  #expect(row.expected.matches(actual), "\(row.expr): expected \(row.expected), got \(actual.jsonText)")
}
