import SourceDiagnostics

/// Parses CEL expressions into syntax trees, expanding macros.
///
/// ```swift
/// let result = CELParser().parse("self.members.all(m, m.age >= 18)")
/// if let parsed = result.expression { ... } else { report(result.diagnostics) }
/// ```
///
/// Any input is safe: the text length, the nesting depth and the tree height are bounded by
/// ``ParserLimits``, so no input can exhaust the stack. Errors carry the code `expr.syntax`
/// (`expr.too-long`, `expr.too-deep` for the limits) and a location in the expression's file.
package struct CELParser: Sendable {
  /// The bounds on length, nesting, tree height and error count.
  package let limits: ParserLimits
  /// Whether macros (`has`, `all`, `exists`, `exists_one`, `map`, `filter`, `cel.bind`) are
  /// expanded; when false they stay ordinary calls.
  package let expandsMacros: Bool

  /// A parser with the given limits; `expandsMacros: false` parses macros as plain calls.
  package init(limits: ParserLimits = ParserLimits(), expandsMacros: Bool = true) {
    self.limits = limits
    self.expandsMacros = expandsMacros
  }

  /// Parses a text standing alone (file `<expression>`, line 1, column 1).
  package func parse(_ text: String) -> ParseResult {
    parse(ExpressionSource(text: text))
  }

  /// Parses an expression whose text sits somewhere in a file.
  package func parse(_ source: ExpressionSource) -> ParseResult {
    if source.scalarCount > limits.maxLength {
      let diagnostic = Diagnostic.error(
        "expr.too-long",
        ParserText.tooLong(["count": String(source.scalarCount), "limit": String(limits.maxLength)]),
        at: source.location(of: 0..<0))
      return ParseResult(expression: nil, diagnostics: [diagnostic])
    }
    var state = ParserState(
      scalars: Array(source.text.unicodeScalars), limits: limits, expandsMacros: expandsMacros)
    let expr = state.parseAll()
    if state.errors.isEmpty {
      let parsed = ParsedExpression(
        expr: expr, sourceMap: state.sourceMap, source: source, nextID: state.nextID)
      return ParseResult(expression: parsed, diagnostics: [])
    }
    // In text order: a lexical error is found when its token is read, one token ahead.
    let ordered = state.errors.enumerated().sorted {
      ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
    }.map(\.element)
    let diagnostics = ordered.map { error in
      Diagnostic.error(error.code, error.message, at: source.location(of: error.range))
    }
    return ParseResult(expression: nil, diagnostics: diagnostics)
  }
}
