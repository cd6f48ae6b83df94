import SourceDiagnostics

/// What ``CELParser/parse(_:)-(ExpressionSource)`` returns: the expression when it has no
/// syntax error, and the diagnostics (errors) otherwise.
package struct ParseResult: Sendable {
  /// The parsed expression, `nil` when there was an error.
  package let expression: ParsedExpression?
  /// Syntax errors (`expr.syntax`, `expr.too-deep`, `expr.too-long`), in text order.
  package let diagnostics: [Diagnostic]

  /// A result: an expression, or `nil` and the errors.
  package init(expression: ParsedExpression?, diagnostics: [Diagnostic]) {
    self.expression = expression
    self.diagnostics = diagnostics
  }
}
