import SourceDiagnostics

/// What ``CELParser/parse(_:)-(ExpressionSource)`` returns: the expression when it has no
/// syntax error, and the diagnostics (errors) otherwise.
public struct ParseResult: Sendable {
  /// The parsed expression, `nil` when there was an error.
  public let expression: ParsedExpression?
  /// Syntax errors (`expr.syntax`, `expr.too-deep`, `expr.too-long`), in text order.
  public let diagnostics: [Diagnostic]

  /// A result: an expression, or `nil` and the errors.
  public init(expression: ParsedExpression?, diagnostics: [Diagnostic]) {
    self.expression = expression
    self.diagnostics = diagnostics
  }
}
