/// Bounds that keep any input, however hostile, from exhausting time or stack while parsing.
package struct ParserLimits: Sendable, Hashable {
  /// The longest expression accepted, in Unicode scalars (cel-go's default: 100,000).
  package var maxLength: Int
  /// How deeply the grammar may nest: parentheses, list, map and call brackets, the branches of
  /// `?:` (cel-go's default recursion limit: 250). The parser's recursion is bounded by this.
  package var maxDepth: Int
  /// The greatest height of the syntax tree, which bounds the recursion of every later pass
  /// (checker, evaluator). Long flat chains such as `1 + 1 + ...` or `-!-!x` add height without
  /// nesting.
  package var maxTreeHeight: Int
  /// After this many syntax errors the parser stops.
  package var maxErrors: Int

  /// Limits, each defaulting to cel-go's value where cel-go has one.
  package init(
    maxLength: Int = 100_000, maxDepth: Int = 250, maxTreeHeight: Int = 1_000, maxErrors: Int = 10
  ) {
    self.maxLength = maxLength
    self.maxDepth = maxDepth
    self.maxTreeHeight = maxTreeHeight
    self.maxErrors = maxErrors
  }
}
