import SourceDiagnostics

/// Numeric literals: the value of an int, uint or double token, checked for range.
extension ParserState {
  /// Parses the current number token; with `minus`, as the negative literal `-n` (only int and
  /// double tokens are negated this way; `-1u` is the negation of a uint, an error at run time).
  mutating func parseNumber(negatedBy minus: Token?) -> Expr {
    let token = advance()
    let range = (minus?.start ?? token.start)..<token.end
    let text = text(of: token)
    let negative = minus != nil
    switch token.kind {
    case .intLiteral:
      guard let value = Self.intValue(text, negative: negative) else {
        report(
          range,
          ParserText.syntaxError(ParserText.intRange(["text": (negative ? "-" : "") + text]))
        )
        return errorNode(at: range)
      }
      return node(.literal(.int(value)), range: range)
    case .uintLiteral:
      guard let value = Self.uintValue(String(text.dropLast())) else {
        report(
          range,
          ParserText.syntaxError(ParserText.uintRange(["text": text]))
        )
        return errorNode(at: range)
      }
      return node(.literal(.uint(value)), range: range)
    default:
      guard let value = Double(text), value.isFinite else {
        report(range, ParserText.syntaxError(ParserText.doubleRange(["text": text])))
        return errorNode(at: range)
      }
      return node(.literal(.double(negative ? -value : value)), range: range)
    }
  }

  /// The magnitude of a decimal or `0x` literal, if it fits in 64 bits.
  private static func magnitude(_ text: String) -> UInt64? {
    if text.hasPrefix("0x") || text.hasPrefix("0X") {
      return UInt64(text.dropFirst(2), radix: 16)
    }
    return UInt64(text, radix: 10)
  }

  static func intValue(_ text: String, negative: Bool) -> Int64? {
    guard let magnitude = magnitude(text) else { return nil }
    if negative {
      if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
      return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
    }
    return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
  }

  static func uintValue(_ text: String) -> UInt64? { magnitude(text) }
}
