/// The bytes of one input file, with its name, for rendering snippets of it.
///
/// The text is kept as UTF-8 bytes; lines are found on demand, so that holding a large
/// file costs nothing beyond its bytes.
public struct SourceFile: Sendable {
  /// The path as the user gave it, or a name such as `<stdin>`.
  public let path: String
  /// The file's bytes, expected to be UTF-8.
  public let bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The text of a 1-based line, without its line break (LF or CRLF), or `nil` past the end.
  /// Invalid UTF-8 is shown with replacement characters.
  public func lineText(_ line: Int) -> String? {
    guard line >= 1 else { return nil }
    var current = 1
    var start = 0
    if line > 1 {
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x0A {
          current += 1
          if current == line {
            start = i + 1
            break
          }
        }
        i += 1
      }
      if current != line { return nil }
    }
    if start > bytes.count { return nil }
    var end = start
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    var text = String(decoding: bytes[start..<end], as: UTF8.self)
    if line == 1 && text.unicodeScalars.first == "\u{FEFF}" {
      // The byte-order mark is not a column of the line.
      text.unicodeScalars.removeFirst()
    }
    return text
  }
}
