import SourceDiagnostics

/// The result of parsing one expression without errors: its syntax tree (macros expanded), where
/// each node was written, and the source it came from.
package struct ParsedExpression: Sendable {
  /// The root of the syntax tree.
  package let expr: Expr
  /// The text range of every node.
  package let sourceMap: SourceMap
  /// The text and its place in a file.
  package let source: ExpressionSource
  /// One past the largest node id used, so later passes can add nodes with fresh ids.
  package let nextID: Int

  /// Assembles a parsed expression (the parser makes these; tests and later passes may too).
  package init(expr: Expr, sourceMap: SourceMap, source: ExpressionSource, nextID: Int) {
    self.expr = expr
    self.sourceMap = sourceMap
    self.source = source
    self.nextID = nextID
  }

  /// The file location of a node (its whole extent), or the start of the text if the node is
  /// unknown.
  package func location(of id: ExprID) -> SourceLocation {
    source.location(of: sourceMap.range(of: id) ?? 0..<0)
  }

  /// The file location of a node's focus token (see ``SourceMap/focus(of:)``).
  package func focusLocation(of id: ExprID) -> SourceLocation {
    source.location(of: sourceMap.focus(of: id) ?? 0..<0)
  }

  /// The text a node was written as (for a macro expansion, the whole macro call), e.g. to show
  /// which part of a rule was false.
  package func sourceText(of id: ExprID) -> String? {
    guard let range = sourceMap.range(of: id) else { return nil }
    let scalars = source.text.unicodeScalars
    guard range.upperBound <= source.scalarCount else { return nil }
    let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let end = scalars.index(start, offsetBy: range.count)
    return String(scalars[start..<end])
  }
}
