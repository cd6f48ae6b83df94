import SourceDiagnostics

/// The member and primary rules: selections, calls, indexes, identifiers, parentheses, list,
/// map and message literals.
extension ParserState {
  /// Applies `.field`, `.f(args)`, `[index]` and `{fields}` to `operand` while they follow.
  mutating func parsePostfixTail(_ operand: Expr, start: Int) -> Expr {
    var lhs = operand
    while !aborted {
      switch current.kind {
      case .dot:
        let dot = advance()
        if current.kind == .question {
          report(dot.start..<current.end, ParserText.syntaxError(ParserText.optionalSelect()))
          advance()
        }
        let name = current
        guard name.kind == .identifier || name.kind == .quotedIdentifier else {
          if current.kind != .invalid {
            report(
              current.range,
              ParserText.syntaxError(ParserText.expectedMemberName(localized: ["found": describe(current)])))
          }
          return lhs
        }
        advance()
        let field = identifierText(name)
        if current.kind == .leftParen {
          if name.kind == .quotedIdentifier {
            report(name.range, ParserText.syntaxError(ParserText.quotedFunction()))
          }
          advance()
          let args = parseArguments()
          lhs = receiverCallOrMacro(field, target: lhs, args: args, range: span(from: start), focus: name.range)
        } else {
          lhs = node(
            .select(operand: lhs, field: field, testOnly: false), range: span(from: start),
            focus: name.range)
        }
      case .leftBracket:
        let bracket = advance()
        if current.kind == .question {
          report(bracket.start..<current.end, ParserText.syntaxError(ParserText.optionalIndex()))
          advance()
        }
        let index = parseExpression()
        expect(.rightBracket, ParserText.toCloseIndex())
        lhs = node(
          .call(function: Operator.index, target: nil, args: [lhs, index]), range: span(from: start),
          focus: bracket.range)
      case .leftBrace:
        guard let typeName = qualifiedName(lhs) else { return lhs }
        lhs = parseMessage(typeName: typeName, start: start)
      default:
        return lhs
      }
    }
    return lhs
  }

  /// The dotted name an identifier or selection chain spells (`a.b.C`, `.a.B`), if it is one.
  private func qualifiedName(_ expr: Expr) -> String? {
    switch expr.kind {
    case .ident(let name): return name
    case .select(let operand, let field, false):
      return qualifiedName(operand).map { $0 + "." + field }
    default: return nil
    }
  }

  /// The name a (possibly backtick-quoted) identifier token stands for.
  private func identifierText(_ token: Token) -> String {
    let text = text(of: token)
    guard token.kind == .quotedIdentifier else { return text }
    return String(text.unicodeScalars.dropFirst().dropLast())
  }

  /// Call arguments after `(`, through `)`.
  private mutating func parseArguments() -> [Expr] {
    var args: [Expr] = []
    if current.kind != .rightParen && current.kind != .end {
      while !aborted {
        args.append(parseExpression())
        guard current.kind == .comma else { break }
        advance()
        if current.kind == .rightParen {
          report(current.range, ParserText.syntaxError(ParserText.argumentAfterComma()))
          break
        }
      }
    }
    expect(.rightParen, ParserText.toCloseArguments())
    return args
  }

  /// `Name{field: value, ...}` after the name, the current token being `{`.
  private mutating func parseMessage(typeName: String, start: Int) -> Expr {
    advance()
    var fields: [StructField] = []
    while !aborted && current.kind != .rightBrace && current.kind != .end {
      if current.kind == .question {
        report(current.range, ParserText.syntaxError(ParserText.optionalField()))
        advance()
      }
      let name = current
      guard name.kind == .identifier || name.kind == .quotedIdentifier else {
        if name.kind != .invalid {
          report(name.range, ParserText.syntaxError(ParserText.expectedFieldName(localized: ["found": describe(name)])))
        }
        break
      }
      advance()
      let colon = current
      guard expect(.colon, ParserText.afterFieldName()) else { break }
      let value = parseExpression()
      let id = newID(range: name.start..<max(name.start, previousEnd), focus: colon.range)
      fields.append(StructField(id: id, name: identifierText(name), value: value))
      guard current.kind == .comma else { break }
      advance()
    }
    expect(.rightBrace, ParserText.toCloseMessage())
    return node(.structure(typeName: typeName, fields: fields), range: span(from: start))
  }

  /// `Primary`.
  mutating func parsePrimary() -> Expr {
    let token = current
    switch token.kind {
    case .leftParen:
      advance()
      let inner = parseExpression()
      expect(.rightParen, ParserText.toCloseParen())
      return inner
    case .nullKeyword:
      advance()
      return node(.literal(.null), range: token.range)
    case .trueKeyword, .falseKeyword:
      advance()
      return node(.literal(.bool(token.kind == .trueKeyword)), range: token.range)
    case .intLiteral, .uintLiteral, .doubleLiteral:
      return parseNumber(negatedBy: nil)
    case .stringLiteral, .bytesLiteral:
      advance()
      return node(.literal(token.literal ?? .null), range: token.range)
    case .leftBracket:
      return parseList()
    case .leftBrace:
      return parseMap()
    case .dot, .identifier:
      return parseIdentifierOrCall()
    case .quotedIdentifier:
      advance()
      report(token.range, ParserText.syntaxError(ParserText.quotedPlace()))
      return errorNode(at: token.range)
    case .invalid:
      // The lexer has reported it. A primary written right after it (as `a` in `‘a’`) is
      // parsed, so that one stray character makes one error.
      var last = advance()
      while current.kind == .invalid { last = advance() }
      switch current.kind {
      case .identifier, .dot, .intLiteral, .uintLiteral, .doubleLiteral, .stringLiteral,
        .bytesLiteral, .trueKeyword, .falseKeyword, .nullKeyword, .leftParen, .leftBracket,
        .leftBrace:
        if current.start == last.end { return parsePrimary() }
      default:
        break
      }
      return errorNode(at: token.range)
    default:
      if token.kind == .end {
        report(token.range, ParserText.syntaxError(ParserText.unexpectedEnd()))
      } else {
        report(
          token.range, ParserText.syntaxError(ParserText.expectedExpression(localized: ["found": describe(token)])))
      }
      // Leave closing delimiters for the enclosing rule, so one mistake makes one error.
      if !atDelimiter { advance() }
      return errorNode(at: token.range)
    }
  }

  /// `["."] IDENT ["(" args ")"]`.
  private mutating func parseIdentifierOrCall() -> Expr {
    let start = current.start
    var leadingDot = false
    if current.kind == .dot {
      advance()
      leadingDot = true
    }
    let token = current
    guard token.kind == .identifier else {
      if token.kind != .invalid {
        report(token.range, ParserText.syntaxError(ParserText.expectedName(localized: ["found": describe(token)])))
      }
      if !atDelimiter { advance() }
      return errorNode(at: token.range)
    }
    advance()
    let word = text(of: token)
    if Self.reservedWords.contains(word) {
      report(token.range, ParserText.syntaxError(ParserText.reservedWord(["word": word])))
    }
    let name = leadingDot ? "." + word : word
    if current.kind == .leftParen {
      advance()
      let args = parseArguments()
      return globalCallOrMacro(name, args: args, range: span(from: start), focus: token.range)
    }
    return node(.ident(name), range: start..<token.end)
  }

  /// `[a, b, ...]` with an optional trailing comma.
  private mutating func parseList() -> Expr {
    let start = advance().start
    var elements: [Expr] = []
    while !aborted && current.kind != .rightBracket && current.kind != .end {
      if current.kind == .question {
        report(current.range, ParserText.syntaxError(ParserText.optionalElement()))
        advance()
      }
      elements.append(parseExpression())
      guard current.kind == .comma else { break }
      advance()
    }
    expect(.rightBracket, ParserText.toCloseList())
    return node(.list(elements: elements), range: span(from: start))
  }

  /// `{k: v, ...}` with an optional trailing comma.
  private mutating func parseMap() -> Expr {
    let start = advance().start
    var entries: [MapEntry] = []
    while !aborted && current.kind != .rightBrace && current.kind != .end {
      if current.kind == .question {
        report(current.range, ParserText.syntaxError(ParserText.optionalEntry()))
        advance()
      }
      let entryStart = current.start
      let key = parseExpression()
      let colon = current
      guard expect(.colon, ParserText.afterMapKey()) else { break }
      let value = parseExpression()
      let id = newID(range: span(from: entryStart), focus: colon.range)
      entries.append(MapEntry(id: id, key: key, value: value))
      guard current.kind == .comma else { break }
      advance()
    }
    expect(.rightBrace, ParserText.toCloseMap())
    return node(.map(entries: entries), range: span(from: start))
  }
}
