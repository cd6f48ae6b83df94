/// A point in a source text.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line,
/// so a Vietnamese letter such as "ệ" (one precomposed scalar) is one column wide. `offset` is
/// the 0-based count of Unicode scalars from the start of the text.
package struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// 1-based line number.
  package var line: Int
  /// 1-based column, in Unicode scalars.
  package var column: Int
  /// 0-based offset from the start of the text, in Unicode scalars.
  package var offset: Int

  /// Creates a position.
  /// - Parameters:
  ///   - line: 1-based line number.
  ///   - column: 1-based column in Unicode scalars.
  ///   - offset: 0-based offset in Unicode scalars; pass 0 when it is not known.
  package init(line: Int, column: Int, offset: Int = 0) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders by line, then column (the offset follows from them in one text).
  package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`.
  package var description: String { "\(line):\(column)" }
}
