import SourceDiagnostics

/// What checking an expression produced: the checked expression when there is no error, and
/// every problem found (errors never stop the check early, so there may be several).
package struct CheckResult: Sendable {
  /// The checked expression, or `nil` when the check found an error.
  package let checked: CheckedExpression?
  /// The problems found, in order of position.
  package let diagnostics: [Diagnostic]
}

/// A parsed expression with the type of every node and the resolution of its names and calls.
package struct CheckedExpression: Sendable {
  /// The expression as parsed.
  package let parsed: ParsedExpression
  /// The type of every node; type variables left unbound are `dyn`. The parts of a dotted name
  /// that resolves as a whole have none: `a` and `a.b` when `a.b.c` is a declared variable,
  /// the namespace `math` of `math.greatest(...)`.
  package let types: [ExprID: CELType]
  /// For each call node, the ids of the overloads the arguments' types allow (more than one
  /// when an argument is `dyn`), in declaration order.
  package let overloads: [ExprID: [String]]
  /// For each identifier or selection node that names a variable, the variable's declared name
  /// (`a.b.c` resolved to the variable `a.b` gives the selection `a.b` the reference `"a.b"`).
  package let references: [ExprID: String]

  /// The type of the whole expression.
  package var resultType: CELType { types[parsed.expr.id] ?? .dyn }
}

extension CELChecker {
  /// Type-checks a parsed expression.
  /// - Parameters:
  ///   - parsed: the expression, with its source map for locating problems.
  ///   - expected: the type the whole expression must have, such as `.bool` for a condition;
  ///     a result of another type is an error (`expr.not-bool` for `.bool`). A `dyn` result is
  ///     accepted: it is checked when the expression runs.
  /// - Returns: the checked expression (when there is no error) and the problems found.
  package func check(_ parsed: ParsedExpression, expecting expected: CELType? = nil) -> CheckResult {
    let source = parsed.source
    let sourceMap = parsed.sourceMap
    let locator = NodeLocator(
      extent: { sourceMap.range(of: $0) }, focus: { sourceMap.focus(of: $0) },
      location: { source.location(of: $0) })
    let outcome = check(parsed.expr, locator: locator, expecting: expected)
    let diagnostics = outcome.diagnostics.sorted()
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return CheckResult(checked: nil, diagnostics: diagnostics)
    }
    let checked = CheckedExpression(
      parsed: parsed, types: outcome.types, overloads: outcome.overloads,
      references: outcome.references)
    return CheckResult(checked: checked, diagnostics: diagnostics)
  }
}
