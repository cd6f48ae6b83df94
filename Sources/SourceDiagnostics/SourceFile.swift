/// The bytes of one input file, with its name, for rendering snippets of it.
///
/// The text is kept as UTF-8 bytes. Lines are found through a sparse index, the start of every
/// 64th line, so that holding a large file costs little beyond its bytes, and finding a line
/// reads at most 64 lines whatever the file's length (a pack of thousands of rules asks for
/// thousands of lines).
package struct SourceFile: Sendable {
  /// The path as the user gave it, or a name such as `<stdin>`.
  package let path: String
  /// The file's bytes, expected to be UTF-8.
  package let bytes: [UInt8]
  /// The byte offsets of lines 1, 65, 129...
  private let checkpoints: LineStarts

  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    checkpoints = bytes.withUnsafeBufferPointer { LineStarts(bytes: $0, stride: 64) }
  }

  package init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The text of a 1-based line, without its line break (LF or CRLF), or `nil` past the end.
  /// Invalid UTF-8 is shown with replacement characters.
  package func lineText(_ line: Int) -> String? {
    lineBytes(line).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The bytes of a 1-based line, without its line break (LF or CRLF) and, on the first line,
  /// without a byte-order mark (it is not a column); `nil` past the end.
  package func lineBytes(_ line: Int) -> ArraySlice<UInt8>? {
    guard let checkpoint = checkpoints.checkpoint(atOrBefore: line) else { return nil }
    var current = checkpoint.line
    var start = checkpoint.offset
    var i = start
    while current < line && i < bytes.count {
      if bytes[i] == 0x0A {
        current += 1
        start = i + 1
      }
      i += 1
    }
    if current != line || start > bytes.count { return nil }
    var end = start
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    return Self.lineContent(bytes, line: line, start: start, end: end)
  }

  /// Every line of the file at once, for a reader that asks for many lines: each is then found
  /// without reading the lines before it.
  package func allLines() -> SourceLines {
    SourceLines(bytes: bytes, starts: bytes.withUnsafeBufferPointer { LineStarts(bytes: $0) })
  }

  /// A line's bytes between `start` and its `\n` at `end`: without a CR before the `\n` and,
  /// on the first line, without a byte-order mark (it is not a column).
  fileprivate static func lineContent(
    _ bytes: [UInt8], line: Int, start: Int, end: Int
  ) -> ArraySlice<UInt8> {
    var start = start
    var end = end
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    if line == 1 && end - start >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      start += 3
    }
    return bytes[start..<end]
  }
}

/// The lines of a file with every line's start kept (``SourceFile/allLines()``).
package struct SourceLines: Sendable {
  fileprivate let bytes: [UInt8]
  fileprivate let starts: LineStarts

  /// The text of a 1-based line as ``SourceFile/lineText(_:)`` gives it, or `nil` past the end.
  package func lineText(_ line: Int) -> String? {
    guard let span = starts.span(ofLine: line) else { return nil }
    let content = SourceFile.lineContent(bytes, line: line, start: span.lowerBound, end: span.upperBound)
    return String(decoding: content, as: UTF8.self)
  }
}
