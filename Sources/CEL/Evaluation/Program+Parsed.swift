extension Program {
  /// Plans a parsed expression.
  ///
  /// Planning itself cannot fail today (an unknown function or a message literal plans to a
  /// node that fails when evaluated, as in cel-go); `throws` leaves room for limits.
  public init(_ parsed: ParsedExpression, library: FunctionLibrary = .standard) throws {
    self.init(expr: parsed.expr, library: library)
  }
}
