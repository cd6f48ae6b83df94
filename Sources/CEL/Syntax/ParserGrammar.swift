import SourceDiagnostics

/// CEL's grammar (cel-spec langdef, "Syntax") by recursive descent with precedence climbing:
///
/// ```
/// Expr           = ConditionalOr ["?" ConditionalOr ":" Expr]
/// ConditionalOr  = [ConditionalOr "||"] ConditionalAnd
/// ConditionalAnd = [ConditionalAnd "&&"] Relation
/// Relation       = [Relation Relop] Addition        Relop = < <= >= > == != in
/// Addition       = [Addition ("+" | "-")] Multiplication
/// Multiplication = [Multiplication ("*" | "/" | "%")] Unary
/// Unary          = Member | "!" {"!"} Member | "-" {"-"} Member
/// Member         = Primary | Member "." IDENT ["(" [ExprList] ")"] | Member "[" Expr "]"
///                | Member "{" [FieldInits] "}"
/// Primary        = ["."] IDENT ["(" [ExprList] ")"] | "(" Expr ")" | "[" [ExprList] [","] "]"
///                | "{" [MapInits] [","] "}" | LITERAL
/// ```
///
/// Only `parseExpression` increases the nesting depth, and every nested construct goes through
/// it, so the recursion of the parser is bounded by ``ParserLimits/maxDepth``. Chains (`a + b +
/// c`, `a.b.c`, `--x`) are loops.
extension ParserState {
  /// The reserved words that may not name a variable or a global function (langdef).
  static let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
    "package", "namespace", "return", "var", "void", "while",
  ]

  /// The whole input: one expression, then the end.
  mutating func parseAll() -> Expr {
    let expr = parseExpression()
    if !aborted && current.kind != .end {
      if current.kind != .invalid {
        let word = text(of: current)
        let hint =
          ["and": "&&", "or": "||"][word].map { ParserText.writeAs(["word": word, "symbol": $0]) }
          ?? LocalizedText(verbatim: "")
        report(current.range, ParserText.syntaxError(ParserText.afterEnd(["word": word]) + hint))
      }
      while !aborted && current.kind != .end { advance() }
    }
    return expr
  }

  /// `Expr`, one level of nesting deeper.
  mutating func parseExpression() -> Expr {
    if aborted { return errorNode(at: current.start..<current.start) }
    if depth > limits.maxDepth {
      abort(
        current.start..<current.start,
        ParserText.tooDeep(["limit": String(limits.maxDepth)]),
        code: "expr.too-deep")
      return errorNode(at: current.start..<current.start)
    }
    depth += 1
    defer { depth -= 1 }
    return parseBinary(minPrecedence: 0)
  }

  private static func binaryOperator(_ kind: TokenKind) -> (precedence: Int, name: String)? {
    switch kind {
    case .logicalOr: (1, Operator.logicalOr)
    case .logicalAnd: (2, Operator.logicalAnd)
    case .less: (3, Operator.less)
    case .lessEqual: (3, Operator.lessEquals)
    case .greater: (3, Operator.greater)
    case .greaterEqual: (3, Operator.greaterEquals)
    case .equalEqual: (3, Operator.equals)
    case .exclamationEqual: (3, Operator.notEquals)
    case .inKeyword: (3, Operator.in)
    case .plus: (4, Operator.add)
    case .minus: (4, Operator.subtract)
    case .star: (5, Operator.multiply)
    case .slash: (5, Operator.divide)
    case .percent: (5, Operator.modulo)
    default: nil
    }
  }

  /// Binary operators of at least `minPrecedence`, and `?:` when `minPrecedence` is 0.
  private mutating func parseBinary(minPrecedence: Int) -> Expr {
    let start = current.start
    var lhs = parseUnary()
    while !aborted {
      if current.kind == .question && minPrecedence == 0 {
        guard let conditional = parseConditional(condition: lhs, start: start) else { return lhs }
        lhs = conditional
        continue
      }
      guard let op = Self.binaryOperator(current.kind), op.precedence >= minPrecedence else { break }
      if op.name == Operator.logicalOr || op.name == Operator.logicalAnd {
        lhs = parseLogicalChain(first: lhs, start: start, op: op)
        continue
      }
      let opToken = advance()
      let rhs = parseBinary(minPrecedence: op.precedence + 1)
      lhs = node(
        .call(function: op.name, target: nil, args: [lhs, rhs]), range: span(from: start),
        focus: opToken.range)
    }
    return lhs
  }

  /// `condition ? a : b`, the `?` being the current token. The false branch nests (`?:` is
  /// right-associative), so it counts as one level of depth. Without the `:`, reports it and
  /// returns `nil`, leaving the rest to the enclosing rule.
  private mutating func parseConditional(condition: Expr, start: Int) -> Expr? {
    let question = advance()
    let whenTrue = parseBinary(minPrecedence: 1)
    guard current.kind == .colon else {
      if current.kind != .invalid {
        report(
          current.range,
          ParserText.syntaxError(ParserText.expectedColonConditional(localized: ["found": describe(current)])))
      }
      return nil
    }
    advance()
    let whenFalse = parseExpression()
    return node(
      .call(function: Operator.conditional, target: nil, args: [condition, whenTrue, whenFalse]),
      range: span(from: start), focus: question.range)
  }

  /// `a || b || c ...` (or `&&`), built as a balanced tree as cel-go does, so that long chains
  /// stay shallow.
  private mutating func parseLogicalChain(
    first: Expr, start: Int, op: (precedence: Int, name: String)
  ) -> Expr {
    let kind = current.kind
    var terms = [first]
    var operators: [Range<Int>] = []
    while !aborted && current.kind == kind {
      operators.append(advance().range)
      terms.append(parseBinary(minPrecedence: op.precedence + 1))
    }
    return balancedTree(terms[...], operators[...], op.name)
  }

  private mutating func balancedTree(
    _ terms: ArraySlice<Expr>, _ operators: ArraySlice<Range<Int>>, _ name: String
  ) -> Expr {
    if terms.count == 1 { return terms[terms.startIndex] }
    let middle = operators.startIndex + operators.count / 2
    let splitTerm = terms.startIndex + (middle - operators.startIndex) + 1
    let left = balancedTree(terms[..<splitTerm], operators[..<middle], name)
    let right = balancedTree(terms[splitTerm...], operators[(middle + 1)...], name)
    let lower = sourceMap.range(of: left.id)?.lowerBound ?? 0
    let range = lower..<max(lower, sourceMap.range(of: right.id)?.upperBound ?? lower)
    return node(
      .call(function: name, target: nil, args: [left, right]), range: range,
      focus: operators[middle])
  }

  /// `Unary`: a run of `!` and `-`, then a member chain. Pairs of the same operator cancel as in
  /// cel-go (`--x` is `x`); a lone `-` before a number makes a negative literal, so that
  /// `-9223372036854775808` is the least int.
  private mutating func parseUnary() -> Expr {
    guard current.kind == .exclamation || current.kind == .minus else { return parsePostfix() }
    var ops: [Token] = []
    while current.kind == .exclamation || current.kind == .minus { ops.append(advance()) }
    let solitaryMinus =
      ops[ops.count - 1].kind == .minus && (ops.count == 1 || ops[ops.count - 2].kind != .minus)
    var kept: [Token] = []
    var index = 0
    while index < ops.count {
      var next = index
      while next < ops.count && ops[next].kind == ops[index].kind { next += 1 }
      if (next - index) % 2 == 1 { kept.append(ops[index]) }
      index = next
    }
    var operand: Expr
    if solitaryMinus && (current.kind == .intLiteral || current.kind == .doubleLiteral) {
      let minus = kept.removeLast()
      operand = parseNumber(negatedBy: minus)
      operand = parsePostfixTail(operand, start: minus.start)
    } else {
      operand = parsePostfix()
    }
    for op in kept.reversed() {
      if aborted { break }
      let name = op.kind == .minus ? Operator.negate : Operator.logicalNot
      operand = node(
        .call(function: name, target: nil, args: [operand]), range: span(from: op.start),
        focus: op.range)
    }
    return operand
  }

  /// `Member`: a primary and its selections, calls, indexes and message bodies.
  private mutating func parsePostfix() -> Expr {
    let start = current.start
    return parsePostfixTail(parsePrimary(), start: start)
  }
}
