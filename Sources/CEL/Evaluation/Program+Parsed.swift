extension Program {
  /// Plans a parsed expression, optionally checked.
  ///
  /// With `checked`, each call is restricted to the overloads the checker found possible, and
  /// each name the checker resolved to a declared variable is read by that name alone.
  /// Planning itself cannot fail today (an unknown function or a message literal plans to a
  /// node that fails when evaluated, as in cel-go); `throws` leaves room for limits.
  package init(
    _ parsed: ParsedExpression, checked: CheckedExpression? = nil,
    library: FunctionLibrary = .standard, layout: ProgramLayout = .none
  ) throws {
    self.init(
      expr: parsed.expr, overloads: checked?.overloads ?? [:],
      references: checked?.references ?? [:], types: checked?.types ?? [:], library: library,
      layout: layout)
  }

  /// Plans a checked expression; with a layout, the variables and fields it places are read by
  /// position.
  package init(
    _ checked: CheckedExpression, library: FunctionLibrary = .standard,
    layout: ProgramLayout = .none
  ) throws {
    try self.init(checked.parsed, checked: checked, library: library, layout: layout)
  }
}
