import SourceDiagnostics

/// The text of one expression and where it sits in its file, so that 0-based Unicode-scalar
/// offsets in the text become file positions for diagnostics.
///
/// An expression usually comes from a YAML scalar. How exactly its offsets map back to the file
/// depends on how the scalar was written, so the caller says it with an ``Origin``:
/// - ``Origin/inline(_:)``: a single-line plain or quoted scalar whose text is the file's text
///   from a start position on (no escapes): offset `k` is the start column plus `k`.
/// - ``Origin/lines(_:)``: a literal block scalar: line `i` of the text starts at the `i`th
///   given file position.
/// - ``Origin/approximate(_:)``: anything else (folded, escaped): every offset maps to the one
///   given position.
///
/// Without an origin the text is its own file, starting at line 1, column 1.
package struct ExpressionSource: Sendable {
  /// The expression text.
  package let text: String
  /// The file the text comes from, or `<expression>`.
  package let file: String

  /// Where the text sits in its file.
  package enum Origin: Sendable {
    /// Single-line text starting at this file position.
    case inline(SourcePosition)
    /// The file position of the start of each line of the text (block scalars).
    case lines([SourcePosition])
    /// Anything else: every offset maps to this position.
    case approximate(SourcePosition)
    /// Runs of text, each starting at a text offset and a file position and going on along one
    /// file line (folded scalars, whose lines are joined by spaces). Sorted by offset; the first
    /// starts at offset 0.
    case segments([Segment])
  }

  /// A run of the text that sits on one line of the file.
  package struct Segment: Sendable, Equatable {
    /// The 0-based scalar offset in the text where the run starts.
    package var offset: Int
    /// Where that offset sits in the file.
    package var position: SourcePosition
    package init(offset: Int, position: SourcePosition) {
      self.offset = offset
      self.position = position
    }
  }

  /// The origin, or `nil` when the text is its own file.
  package let origin: Origin?
  /// The scalar offset at which each line of the text starts.
  private let lineStarts: LineStarts
  /// The number of Unicode scalars in the text.
  package var scalarCount: Int { lineStarts.unitCount }

  /// A text standing alone, at line 1, column 1 of `file`.
  package init(text: String, file: String = "<expression>") {
    self.init(text: text, file: file, origin: nil)
  }

  /// A text sitting at `origin` in `file`.
  package init(text: String, file: String, origin: Origin) {
    self.init(text: text, file: file, origin: Optional(origin))
  }

  private init(text: String, file: String, origin: Origin?) {
    self.text = text
    self.file = file
    self.origin = origin
    self.lineStarts = LineStarts(scalars: text.unicodeScalars)
  }

  /// The 0-based index of the text line holding `offset`.
  private func lineIndex(of offset: Int) -> Int {
    lineStarts.lineIndex(ofOffset: offset)
  }

  /// The file position of a 0-based scalar offset in the text. Offsets past the end map to the
  /// position just after the text.
  package func position(ofOffset offset: Int) -> SourcePosition {
    let offset = max(0, min(offset, scalarCount))
    switch origin {
    case nil:
      let line = lineIndex(of: offset)
      return SourcePosition(line: line + 1, column: offset - lineStarts.start(ofLineIndex: line) + 1, offset: offset)
    case .inline(let start)?:
      return SourcePosition(
        line: start.line, column: start.column + offset, offset: start.offset + offset)
    case .lines(let starts)?:
      guard !starts.isEmpty else { return SourcePosition(line: 1, column: 1, offset: 0) }
      let line = lineIndex(of: offset)
      if line < starts.count {
        let start = starts[line]
        let within = offset - lineStarts.start(ofLineIndex: line)
        return SourcePosition(
          line: start.line, column: start.column + within, offset: start.offset + within)
      }
      // More text lines than positions given: the caller's table is short; point at the last
      // known line start rather than invent a place.
      return starts[starts.count - 1]
    case .approximate(let position)?:
      return position
    case .segments(let segments)?:
      // The last run starting at or before the offset.
      var low = 0
      var high = segments.count - 1
      guard high >= 0 else { return SourcePosition(line: 1, column: 1, offset: 0) }
      while low < high {
        let mid = (low + high + 1) / 2
        if segments[mid].offset <= offset { low = mid } else { high = mid - 1 }
      }
      let segment = segments[low]
      let within = Swift.max(0, offset - segment.offset)
      return SourcePosition(
        line: segment.position.line, column: segment.position.column + within,
        offset: segment.position.offset + within)
    }
  }

  /// The file location of a range of scalar offsets in the text.
  package func location(of range: Range<Int>) -> SourceLocation {
    SourceLocation(
      file: file,
      range: SourceRange(
        start: position(ofOffset: range.lowerBound), end: position(ofOffset: range.upperBound)))
  }
}
