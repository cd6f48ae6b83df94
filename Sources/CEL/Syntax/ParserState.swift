import SourceDiagnostics

/// The mutable state of one parse: the token stream, the ids and ranges handed out, the height of
/// every node built, and the errors found. The grammar itself is in `ParserGrammar.swift`.
struct ParserState {
  let limits: ParserLimits
  let expandsMacros: Bool
  var lexer: Lexer
  /// The next token, not yet consumed.
  var current: Token
  /// Where the last consumed token ended.
  var previousEnd = 0
  private var lexerProblemsSeen = 0

  private(set) var nextID = 1
  var sourceMap = SourceMap()
  /// The height of each node, indexed by id.
  private var heights: [Int] = [0]
  /// Errors so far: code, range, message.
  private(set) var errors: [(code: DiagnosticCode, range: Range<Int>, message: LocalizedText)] = []
  private var lastErrorStart = -1

  /// How deeply the grammar is nested right now.
  var depth = 0
  /// Set when parsing must stop at once (too deep, too tall, too many errors).
  private(set) var aborted = false

  init(scalars: [Unicode.Scalar], limits: ParserLimits, expandsMacros: Bool) {
    self.limits = limits
    self.expandsMacros = expandsMacros
    self.lexer = Lexer(scalars: scalars)
    self.current = Token(kind: .end, range: 0..<0)
    self.current = lexer.next()
    collectLexerProblems()
  }

  // MARK: Tokens

  /// Consumes the current token and returns it.
  @discardableResult
  mutating func advance() -> Token {
    let token = current
    previousEnd = token.end
    if token.kind != .end {
      current = lexer.next()
      collectLexerProblems()
    }
    return token
  }

  private mutating func collectLexerProblems() {
    while lexerProblemsSeen < lexer.problems.count {
      let problem = lexer.problems[lexerProblemsSeen]
      lexerProblemsSeen += 1
      report(problem.range, problem.message)
    }
  }

  /// Whether the current token is a closing delimiter where error recovery stops.
  var atDelimiter: Bool {
    switch current.kind {
    case .comma, .rightParen, .rightBracket, .rightBrace, .colon, .end: true
    default: false
    }
  }

  /// Consumes the current token if it is of `kind`; otherwise reports `expected ... but found`,
  /// skips to the matching `kind` (stepping over bracketed groups, stopping at an unmatched
  /// closing bracket, and for `:` at a comma), and consumes it there if it is of `kind`.
  @discardableResult
  mutating func expect(_ kind: TokenKind, _ context: LocalizedText = LocalizedText(verbatim: "")) -> Bool {
    if current.kind == kind {
      advance()
      return true
    }
    if aborted { return false }
    if current.kind != .invalid {
      report(
        current.range,
        ParserText.syntaxError(
          ParserText.expectedToken(localized: [
            "expected": kind.display, "context": context, "found": describe(current),
          ])))
    }
    var nesting = 0
    while !aborted && current.kind != .end {
      switch current.kind {
      case kind where nesting == 0:
        advance()
        return true
      case .leftParen, .leftBracket, .leftBrace:
        nesting += 1
      case .rightParen, .rightBracket, .rightBrace:
        if nesting == 0 { return false }
        nesting -= 1
      case .comma where nesting == 0 && kind == .colon:
        return false
      default:
        break
      }
      advance()
    }
    return false
  }

  /// How a token is named in messages: its text in quotes, or "the end of the expression".
  func describe(_ token: Token) -> LocalizedText {
    token.kind == .end ? ParserText.theEnd() : LocalizedText(verbatim: "'\(text(of: token))'")
  }

  /// The source text of a token.
  func text(of token: Token) -> String {
    String(String.UnicodeScalarView(lexer.scalars[token.range]))
  }

  // MARK: Errors

  /// Records a syntax error, unless one was already reported at the same place.
  mutating func report(_ range: Range<Int>, _ message: LocalizedText, code: DiagnosticCode = "expr.syntax") {
    guard !aborted, range.lowerBound != lastErrorStart else { return }
    lastErrorStart = range.lowerBound
    errors.append((code, range, message))
    if errors.count >= limits.maxErrors { aborted = true }
  }

  /// Records an error after which parsing stops.
  mutating func abort(_ range: Range<Int>, _ message: LocalizedText, code: DiagnosticCode) {
    guard !aborted else { return }
    errors.append((code, range, message))
    aborted = true
  }

  // MARK: Nodes

  /// A fresh id with its ranges recorded.
  mutating func newID(range: Range<Int>, focus: Range<Int>? = nil) -> ExprID {
    let id = ExprID(nextID)
    nextID += 1
    heights.append(1)
    sourceMap.set(id, range: range, focus: focus)
    return id
  }

  func height(of expr: Expr) -> Int {
    expr.id.rawValue < heights.count ? heights[expr.id.rawValue] : 1
  }

  /// Makes a node with a fresh id, checking the height of the tree.
  mutating func node(_ kind: Expr.Kind, range: Range<Int>, focus: Range<Int>? = nil) -> Expr {
    let id = newID(range: range, focus: focus)
    var childHeight = 0
    for child in Self.children(of: kind) { childHeight = Swift.max(childHeight, height(of: child)) }
    let nodeHeight = childHeight + 1
    self.heights[id.rawValue] = nodeHeight
    if nodeHeight > limits.maxTreeHeight {
      abort(
        range,
        ParserText.tooTall(["limit": String(limits.maxTreeHeight)]),
        code: "expr.too-deep")
    }
    return Expr(id: id, kind: kind)
  }

  /// The direct subexpressions of a node.
  static func children(of kind: Expr.Kind) -> [Expr] {
    switch kind {
    case .literal, .ident: return []
    case .select(let operand, _, _): return [operand]
    case .call(_, let target, let args): return (target.map { [$0] } ?? []) + args
    case .list(let elements): return elements
    case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
    case .structure(_, let fields): return fields.map(\.value)
    case .comprehension(let c):
      return [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]
    }
  }

  /// A placeholder for a part that could not be parsed (the parse has an error already).
  mutating func errorNode(at range: Range<Int>) -> Expr {
    Expr(id: newID(range: range), kind: .literal(.null))
  }

  /// The range from `start` to the end of the last consumed token.
  func span(from start: Int) -> Range<Int> { start..<max(start, previousEnd) }
}
