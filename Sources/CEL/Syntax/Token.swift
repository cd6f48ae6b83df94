import SourceDiagnostics

/// The kinds of token of CEL's lexical grammar (cel-spec langdef, "Syntax").
enum TokenKind: Hashable, Sendable {
  case end
  /// A character or sequence no token starts with; the lexer has reported it.
  case invalid
  case identifier
  /// A backtick-quoted field name such as `` `content-type` ``.
  case quotedIdentifier
  case intLiteral
  case uintLiteral
  case doubleLiteral
  case stringLiteral
  case bytesLiteral
  case trueKeyword, falseKeyword, nullKeyword, inKeyword
  case dot, comma, colon, question
  case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
  case plus, minus, star, slash, percent, exclamation
  case less, lessEqual, greater, greaterEqual, equalEqual, exclamationEqual
  case logicalAnd, logicalOr

  /// How the token is named in messages, in both languages.
  var display: LocalizedText {
    switch self {
    case .end: ParserText.endOfExpression()
    case .invalid: ParserText.invalidInput()
    case .identifier, .quotedIdentifier: ParserText.identifier()
    case .intLiteral, .uintLiteral, .doubleLiteral: ParserText.number()
    case .stringLiteral: ParserText.string()
    case .bytesLiteral: ParserText.bytes()
    default: LocalizedText(verbatim: symbol)
    }
  }

  /// The symbol of a token that is one, quoted.
  private var symbol: String {
    switch self {
    case .end, .invalid, .identifier, .quotedIdentifier, .intLiteral, .uintLiteral, .doubleLiteral, .stringLiteral,
      .bytesLiteral:
      ""
    case .trueKeyword: "'true'"
    case .falseKeyword: "'false'"
    case .nullKeyword: "'null'"
    case .inKeyword: "'in'"
    case .dot: "'.'"
    case .comma: "','"
    case .colon: "':'"
    case .question: "'?'"
    case .leftParen: "'('"
    case .rightParen: "')'"
    case .leftBracket: "'['"
    case .rightBracket: "']'"
    case .leftBrace: "'{'"
    case .rightBrace: "'}'"
    case .plus: "'+'"
    case .minus: "'-'"
    case .star: "'*'"
    case .slash: "'/'"
    case .percent: "'%'"
    case .exclamation: "'!'"
    case .less: "'<'"
    case .lessEqual: "'<='"
    case .greater: "'>'"
    case .greaterEqual: "'>='"
    case .equalEqual: "'=='"
    case .exclamationEqual: "'!='"
    case .logicalAnd: "'&&'"
    case .logicalOr: "'||'"
    }
  }
}

/// One token: its kind, its range of scalar offsets, and for literals their decoded value.
struct Token: Sendable {
  var kind: TokenKind
  var range: Range<Int>
  /// The decoded value of a string or bytes literal (escapes resolved).
  var literal: Literal? = nil

  var start: Int { range.lowerBound }
  var end: Int { range.upperBound }
}
