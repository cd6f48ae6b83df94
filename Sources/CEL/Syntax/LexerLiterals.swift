import SourceDiagnostics

/// String and bytes literals: quotes, raw and triple-quoted forms, and escapes (cel-spec
/// langdef, "String and Bytes Values"). In strings `\x` and octal escapes are code points
/// U+0000-U+00FF; in bytes they are single bytes. `\u` and `\U` are code points (UTF-8 encoded in
/// bytes); surrogates and values past U+10FFFF are errors. Line ends inside triple-quoted
/// literals are normalised to LF.
extension Lexer {
  /// A quoted literal whose opening quote is at `position`; `start` includes any prefix.
  mutating func lexQuoted(start: Int, raw: Bool, bytes: Bool) -> Token {
    let quote = scalars[position]
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    var decoder = LiteralDecoder(bytes: bytes)
    while true {
      guard let c = peek() else {
        report(
          start..<position, ParserText.syntaxError(bytes ? ParserText.bytesNotClosed() : ParserText.stringNotClosed()))
        return Token(kind: .invalid, range: start..<position)
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
        position += triple ? 3 : 1
        break
      }
      if !triple && (c == "\n" || c == "\r") {
        report(
          start..<position,
          ParserText.syntaxError(bytes ? ParserText.bytesNotClosedLine() : ParserText.stringNotClosedLine()))
        return Token(kind: .invalid, range: start..<position)
      }
      if c == "\r" {
        // Line ends in the text are normalised to LF: CRLF and CR alike.
        position += peek(1) == "\n" ? 2 : 1
        decoder.append("\n")
        continue
      }
      if c == "\\" && !raw {
        let escapeStart = position
        position += 1
        if let problem = decodeEscape(into: &decoder) {
          report(escapeStart..<max(position, escapeStart + 1), ParserText.syntaxError(problem))
        }
        continue
      }
      decoder.append(c)
      position += 1
    }
    return Token(
      kind: bytes ? .bytesLiteral : .stringLiteral, range: start..<position,
      literal: decoder.literal)
  }

  /// Decodes the escape whose backslash is just before `position`; returns a problem, if any.
  mutating func decodeEscape(into decoder: inout LiteralDecoder) -> LocalizedText? {
    guard let c = peek() else { return ParserText.backslashAtEnd() }
    position += 1
    switch c {
    case "a": decoder.append("\u{07}")
    case "b": decoder.append("\u{08}")
    case "f": decoder.append("\u{0C}")
    case "n": decoder.append("\n")
    case "r": decoder.append("\r")
    case "t": decoder.append("\t")
    case "v": decoder.append("\u{0B}")
    case "\\", "'", "\"", "?", "`": decoder.append(c)
    case "x", "X", "u", "U":
      let count = c == "u" ? 4 : c == "U" ? 8 : 2
      var value: UInt32 = 0
      for _ in 0..<count {
        guard let d = peek(), Lexer.isHexDigit(d) else {
          return ParserText.hexDigits(["letter": "\(c)", "count": String(count)])
        }
        value = value * 16 + Lexer.hexValue(d)
        position += 1
      }
      if c == "x" || c == "X" {
        decoder.appendCode(value)
      } else {
        guard let scalar = Unicode.Scalar(value) else {
          return value >= 0xD800 && value <= 0xDFFF
            ? ParserText.surrogate(["letter": "\(c)"])
            : ParserText.beyondUnicode(["letter": "\(c)"])
        }
        decoder.appendScalarUTF8(scalar)
      }
    case "0", "1", "2", "3":
      var value = c.value - 0x30
      for _ in 0..<2 {
        guard let d = peek(), d >= "0" && d <= "7" else {
          return ParserText.octalDigits()
        }
        value = value * 8 + (d.value - 0x30)
        position += 1
      }
      decoder.appendCode(value)
    default:
      return ParserText.invalidEscape(["letter": "\(c)"])
    }
    return nil
  }
}
