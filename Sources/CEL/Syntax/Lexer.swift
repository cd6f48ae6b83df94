import SourceDiagnostics

/// Splits an expression's Unicode scalars into tokens (cel-spec langdef, "Syntax": the lexis).
///
/// Whitespace (space, tab, CR, LF, form feed) and `//` comments are skipped. Problems (an
/// unknown character, an unterminated string, a bad escape) are recorded in ``problems`` and
/// the lexer goes on, so the parser can report several errors.
struct Lexer {
  let scalars: [Unicode.Scalar]
  var position = 0
  /// Lexical errors found so far: range and message.
  var problems: [(range: Range<Int>, message: LocalizedText)] = []

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let index = position + ahead
    return index < scalars.count ? scalars[index] : nil
  }

  mutating func report(_ range: Range<Int>, _ message: LocalizedText) {
    problems.append((range, message))
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
  }

  /// The value of a hexadecimal digit.
  static func hexValue(_ c: Unicode.Scalar) -> UInt32 {
    isDigit(c) ? c.value - 0x30 : (c.value | 0x20) - 0x61 + 10
  }

  private static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
    isLetter(c) || isDigit(c) || c == "_"
  }

  /// Skips whitespace and comments.
  private mutating func skipTrivia() {
    while let c = peek() {
      switch c {
      case " ", "\t", "\r", "\n", "\u{0C}":
        position += 1
      case "/" where peek(1) == "/":
        while let d = peek(), d != "\n" { position += 1 }
      default:
        return
      }
    }
  }

  /// The next token; `.end` at the end of the text (and on every call after).
  mutating func next() -> Token {
    skipTrivia()
    let start = position
    guard let c = peek() else { return Token(kind: .end, range: start..<start) }

    if Lexer.isLetter(c) || c == "_" {
      if let token = lexPrefixedLiteral(c) { return token }
      while let d = peek(), Lexer.isIdentifierPart(d) { position += 1 }
      let word = String(String.UnicodeScalarView(scalars[start..<position]))
      let kind: TokenKind
      switch word {
      case "true": kind = .trueKeyword
      case "false": kind = .falseKeyword
      case "null": kind = .nullKeyword
      case "in": kind = .inKeyword
      default: kind = .identifier
      }
      return Token(kind: kind, range: start..<position)
    }
    if Lexer.isDigit(c) || (c == "." && peek(1).map(Lexer.isDigit) == true) {
      return lexNumber()
    }
    if c == "\"" || c == "'" {
      return lexQuoted(start: start, raw: false, bytes: false)
    }
    if c == "`" { return lexQuotedIdentifier() }

    position += 1
    func two(_ second: Unicode.Scalar, _ double: TokenKind, else single: TokenKind?) -> Token {
      if peek() == second {
        position += 1
        return Token(kind: double, range: start..<position)
      }
      if let single { return Token(kind: single, range: start..<position) }
      report(
        start..<position,
        ParserText.syntaxError(ParserText.unexpectedCharacterNear(["character": "\(c)", "near": "\(c)\(second)"])))
      return Token(kind: .invalid, range: start..<position)
    }
    switch c {
    case ".": return Token(kind: .dot, range: start..<position)
    case ",": return Token(kind: .comma, range: start..<position)
    case ":": return Token(kind: .colon, range: start..<position)
    case "?": return Token(kind: .question, range: start..<position)
    case "(": return Token(kind: .leftParen, range: start..<position)
    case ")": return Token(kind: .rightParen, range: start..<position)
    case "[": return Token(kind: .leftBracket, range: start..<position)
    case "]": return Token(kind: .rightBracket, range: start..<position)
    case "{": return Token(kind: .leftBrace, range: start..<position)
    case "}": return Token(kind: .rightBrace, range: start..<position)
    case "+": return Token(kind: .plus, range: start..<position)
    case "-": return Token(kind: .minus, range: start..<position)
    case "*": return Token(kind: .star, range: start..<position)
    case "/": return Token(kind: .slash, range: start..<position)
    case "%": return Token(kind: .percent, range: start..<position)
    case "!": return two("=", .exclamationEqual, else: .exclamation)
    case "<": return two("=", .lessEqual, else: .less)
    case ">": return two("=", .greaterEqual, else: .greater)
    case "=": return two("=", .equalEqual, else: nil)
    case "&": return two("&", .logicalAnd, else: nil)
    case "|": return two("|", .logicalOr, else: nil)
    default:
      report(start..<position, ParserText.syntaxError(Lexer.describeUnexpected(c)))
      return Token(kind: .invalid, range: start..<position)
    }
  }

  /// The message for a character no token starts with, with a hint for the usual causes.
  static func describeUnexpected(_ c: Unicode.Scalar) -> LocalizedText {
    let hex = String(c.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let invisible =
      c.properties.isWhitespace || c.properties.generalCategory == .control
      || c.properties.generalCategory == .format
    var message =
      invisible
      ? ParserText.invisibleCharacter(["code": code]) : ParserText.unexpectedCharacter(["character": "\(c)"])
    switch c {
    case "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}":
      message = message + ParserText.straightQuotes()
    default:
      if invisible {
        message = message + ParserText.separators()
      } else if c.properties.isAlphabetic {
        message = message + ParserText.asciiNames()
      }
    }
    return message
  }

  /// A string or bytes literal with a prefix: `r"…"`, `R'…'`, `b"…"`, `B'…'`, `br"…"`, `bR'…'`…
  private mutating func lexPrefixedLiteral(_ c: Unicode.Scalar) -> Token? {
    let start = position
    func isQuote(_ s: Unicode.Scalar?) -> Bool { s == "\"" || s == "'" }
    let second = peek(1)
    if (c == "r" || c == "R") && isQuote(second) {
      position += 1
      return lexQuoted(start: start, raw: true, bytes: false)
    }
    guard c == "b" || c == "B" else { return nil }
    if isQuote(second) {
      position += 1
      return lexQuoted(start: start, raw: false, bytes: true)
    }
    if (second == "r" || second == "R") && isQuote(peek(2)) {
      position += 2
      return lexQuoted(start: start, raw: true, bytes: true)
    }
    return nil
  }

  /// A number: int (decimal or `0x` hex), uint (`u`/`U` suffix) or double. The value is
  /// converted by the parser, which knows whether a `-` precedes it.
  private mutating func lexNumber() -> Token {
    let start = position
    if peek() == "0", peek(1) == "x" || peek(1) == "X", peek(2).map(Lexer.isHexDigit) == true {
      position += 2
      while let d = peek(), Lexer.isHexDigit(d) { position += 1 }
      if peek() == "u" || peek() == "U" {
        position += 1
        return Token(kind: .uintLiteral, range: start..<position)
      }
      return Token(kind: .intLiteral, range: start..<position)
    }
    var isDouble = false
    while let d = peek(), Lexer.isDigit(d) { position += 1 }
    if peek() == ".", peek(1).map(Lexer.isDigit) == true {
      isDouble = true
      position += 1
      while let d = peek(), Lexer.isDigit(d) { position += 1 }
    }
    if peek() == "e" || peek() == "E" {
      var ahead = 1
      if peek(1) == "+" || peek(1) == "-" { ahead = 2 }
      if peek(ahead).map(Lexer.isDigit) == true {
        isDouble = true
        position += ahead
        while let d = peek(), Lexer.isDigit(d) { position += 1 }
      }
    }
    if isDouble { return Token(kind: .doubleLiteral, range: start..<position) }
    if peek() == "u" || peek() == "U" {
      position += 1
      return Token(kind: .uintLiteral, range: start..<position)
    }
    return Token(kind: .intLiteral, range: start..<position)
  }

  /// `` `name` ``: letters, digits, `_`, `.`, `-`, `/` and spaces between backticks.
  private mutating func lexQuotedIdentifier() -> Token {
    let start = position
    position += 1
    while let d = peek(), d != "`", d != "\n" { position += 1 }
    guard peek() == "`" else {
      report(start..<position, ParserText.syntaxError(ParserText.quotedNotClosed()))
      return Token(kind: .invalid, range: start..<position)
    }
    position += 1
    let inner = scalars[(start + 1)..<(position - 1)]
    let allowed = inner.allSatisfy { c in
      Lexer.isIdentifierPart(c) || c == "." || c == "-" || c == "/" || c == " "
    }
    if inner.isEmpty || !allowed {
      report(
        start..<position,
        ParserText.syntaxError(ParserText.quotedLetters())
      )
      return Token(kind: .invalid, range: start..<position)
    }
    return Token(kind: .quotedIdentifier, range: start..<position)
  }
}
