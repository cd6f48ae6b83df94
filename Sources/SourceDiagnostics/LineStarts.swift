/// Where lines start in a text, for turning offsets into lines and lines into offsets: the one
/// line table of the package. Offsets count whatever units the text was given in: bytes of a
/// file, Unicode scalars of an expression.
///
/// A table may keep every line's start (`stride` 1, for texts read line after line or searched
/// by offset) or only the start of every `stride`th line (a large file whose lines are seldom
/// asked for: a lookup then reads at most `stride` lines).
package struct LineStarts: Sendable {
  /// The offsets of the starts of lines 1, 1 + stride, 1 + 2·stride... (0-based offsets).
  private let offsets: [Int]
  /// How many lines lie between two kept starts.
  package let stride: Int
  /// How many units the text has.
  package let unitCount: Int

  /// The table of a text given as bytes, `\n` ending a line.
  package init(bytes: UnsafeBufferPointer<UInt8>, stride: Int = 1) {
    self.init(units: bytes, newline: 0x0A, stride: stride)
  }

  /// The table of a text given as Unicode scalars, `\n` ending a line.
  package init(scalars: String.UnicodeScalarView, stride: Int = 1) {
    self.init(units: scalars, newline: "\n", stride: stride)
  }

  @inline(__always)
  private init<Units: Sequence>(units: Units, newline: Units.Element, stride: Int)
  where Units.Element: Equatable {
    precondition(stride >= 1)
    var offsets = [0]
    var line = 1
    var count = 0
    for unit in units {
      count += 1
      if unit == newline {
        line += 1
        if stride == 1 || (line - 1) % stride == 0 { offsets.append(count) }
      }
    }
    self.offsets = offsets
    self.stride = stride
    self.unitCount = count
  }

  /// The nearest kept line at or before a 1-based line: its number and start offset, or `nil`
  /// when the line is before the first or past the kept lines.
  package func checkpoint(atOrBefore line: Int) -> (line: Int, offset: Int)? {
    guard line >= 1 else { return nil }
    let index = (line - 1) / stride
    guard index < offsets.count else { return nil }
    return (index * stride + 1, offsets[index])
  }

  /// The start and end offsets of a 1-based line, the end being the offset of its `\n` (or of
  /// the text's end); only for tables that keep every line.
  package func span(ofLine line: Int) -> Range<Int>? {
    precondition(stride == 1, "span(ofLine:) needs every line's start")
    guard line >= 1, line <= offsets.count else { return nil }
    let start = offsets[line - 1]
    let end = line < offsets.count ? offsets[line] - 1 : unitCount
    return start..<max(start, end)
  }

  /// The 0-based index of the line holding an offset; only for tables that keep every line.
  package func lineIndex(ofOffset offset: Int) -> Int {
    precondition(stride == 1, "lineIndex(ofOffset:) needs every line's start")
    var low = 0
    var high = offsets.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if offsets[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The start offset of the line with a 0-based index; only for tables that keep every line.
  package func start(ofLineIndex index: Int) -> Int {
    offsets[index]
  }
}
