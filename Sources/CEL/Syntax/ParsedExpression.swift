import SourceDiagnostics

/// The result of parsing one expression without errors: its syntax tree (macros expanded), where
/// each node was written, and the source it came from.
public struct ParsedExpression: Sendable {
  /// The root of the syntax tree.
  public let expr: Expr
  /// The text range of every node.
  public let sourceMap: SourceMap
  /// The text and its place in a file.
  public let source: ExpressionSource
  /// One past the largest node id used, so later passes can add nodes with fresh ids.
  public let nextID: Int

  public init(expr: Expr, sourceMap: SourceMap, source: ExpressionSource, nextID: Int) {
    self.expr = expr
    self.sourceMap = sourceMap
    self.source = source
    self.nextID = nextID
  }

  /// The file location of a node (its whole extent), or the start of the text if the node is
  /// unknown.
  public func location(of id: ExprID) -> SourceLocation {
    source.location(of: sourceMap.range(of: id) ?? 0..<0)
  }

  /// The file location of a node's focus token (see ``SourceMap/focus(of:)``).
  public func focusLocation(of id: ExprID) -> SourceLocation {
    source.location(of: sourceMap.focus(of: id) ?? 0..<0)
  }
}

/// What ``CELParser/parse(_:)-(ExpressionSource)`` returns: the expression when it has no
/// syntax error, and the diagnostics (errors) otherwise.
public struct ParseResult: Sendable {
  /// The parsed expression, `nil` when there was an error.
  public let expression: ParsedExpression?
  /// Syntax errors (`expr.syntax`, `expr.too-deep`, `expr.too-long`), in text order.
  public let diagnostics: [Diagnostic]

  public init(expression: ParsedExpression?, diagnostics: [Diagnostic]) {
    self.expression = expression
    self.diagnostics = diagnostics
  }
}

/// Bounds that keep any input, however hostile, from exhausting time or stack while parsing.
public struct ParserLimits: Sendable, Hashable {
  /// The longest expression accepted, in Unicode scalars (cel-go's default: 100,000).
  public var maxLength: Int
  /// How deeply the grammar may nest: parentheses, list, map and call brackets, the branches of
  /// `?:` (cel-go's default recursion limit: 250). The parser's recursion is bounded by this.
  public var maxDepth: Int
  /// The greatest height of the syntax tree, which bounds the recursion of every later pass
  /// (checker, evaluator). Long flat chains such as `1 + 1 + ...` or `-!-!x` add height without
  /// nesting.
  public var maxTreeHeight: Int
  /// After this many syntax errors the parser stops.
  public var maxErrors: Int

  public init(
    maxLength: Int = 100_000, maxDepth: Int = 250, maxTreeHeight: Int = 1_000, maxErrors: Int = 10
  ) {
    self.maxLength = maxLength
    self.maxDepth = maxDepth
    self.maxTreeHeight = maxTreeHeight
    self.maxErrors = maxErrors
  }
}
