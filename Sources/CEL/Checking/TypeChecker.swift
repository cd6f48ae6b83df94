import SourceDiagnostics

/// Where the nodes of one expression sit in their file: the bridge from node ids to locations.
struct NodeLocator {
  /// The node's whole extent, as 0-based Unicode-scalar offsets in the expression text.
  var extent: (ExprID) -> Range<Int>?
  /// The token that names what the node does (the operator, the field name, the function
  /// name), or its extent.
  var focus: (ExprID) -> Range<Int>?
  /// The file location of a range of the expression text.
  var location: (Range<Int>) -> SourceLocation

  /// Where to report a problem of the node itself: an unknown name, field or overload.
  func focusLocation(of id: ExprID) -> SourceLocation {
    location(focus(id) ?? extent(id) ?? 0..<0)
  }

  /// Where to report a problem with the node as a whole: its value has the wrong type.
  func extentLocation(of id: ExprID) -> SourceLocation {
    location(extent(id) ?? 0..<0)
  }
}

/// The state of checking one expression: a walk over the tree that records a type for every
/// node, the overloads a call may dispatch to, and the problems found.
///
/// The walk follows cel-go's checker: a node that fails to check gets type `error`, which is
/// assignable to everything, so one mistake is reported once and checking carries on.
struct TypeChecker {
  let declarations: Declarations
  let functions: [String: FunctionSignature]
  let locator: NodeLocator
  var mapping = TypeMapping()
  var types: [ExprID: CELType] = [:]
  var overloads: [ExprID: [String]] = [:]
  var references: [ExprID: String] = [:]
  var diagnostics = Diagnostics()
  /// Comprehension variables, innermost scope last.
  var scopes: [[String: CELType]] = []
  private var freshCounter = 0

  init(declarations: Declarations, functions: [String: FunctionSignature], locator: NodeLocator) {
    self.declarations = declarations
    self.functions = functions
    self.locator = locator
  }

  // MARK: Bookkeeping

  mutating func setType(_ type: CELType, of expr: Expr) {
    types[expr.id] = type
  }

  func type(of expr: Expr) -> CELType {
    types[expr.id] ?? .error
  }

  /// The node's type with the type variables bound so far replaced.
  func resolvedType(of expr: Expr) -> CELType {
    mapping.substitute(type(of: expr))
  }

  mutating func freshTypeVariable() -> CELType {
    defer { freshCounter += 1 }
    return .typeParam("_var\(freshCounter)")
  }

  mutating func report(_ problem: CheckerProblem, at location: SourceLocation) {
    diagnostics.append(.error(problem.code, problem.text, at: location))
  }

  /// Reports a problem of the node itself, at its focus token.
  mutating func report(_ problem: CheckerProblem, at expr: Expr) {
    report(problem, at: locator.focusLocation(of: expr.id))
  }

  /// Reports a problem with the node's value, at its whole extent.
  mutating func report(_ problem: CheckerProblem, spanning expr: Expr) {
    report(problem, at: locator.extentLocation(of: expr.id))
  }

  // MARK: The walk

  mutating func check(_ expr: Expr) {
    switch expr.kind {
    case .literal(let literal):
      setType(Self.type(of: literal), of: expr)
    case .ident(let name):
      checkIdent(expr, name: name)
    case .select(let operand, let field, let testOnly):
      checkSelect(expr, operand: operand, field: field, testOnly: testOnly)
    case .call(let function, let target, let args):
      checkCall(expr, function: function, target: target, args: args)
    case .list(let elements):
      checkList(expr, elements: elements)
    case .map(let entries):
      checkMap(expr, entries: entries)
    case .structure(let typeName, let fields):
      for field in fields { check(field.value) }
      report(CheckerMessage.messageLiteral(typeName), at: expr)
      setType(.error, of: expr)
    case .comprehension(let comprehension):
      checkComprehension(expr, comprehension)
    }
  }

  static func type(of literal: Literal) -> CELType {
    switch literal {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .uint: .uint
    case .double: .double
    case .string: .string
    case .bytes: .bytes
    }
  }

  // MARK: Identifiers

  /// The type names usable as values (`type(x) == int`).
  static let typeIdentifiers: [String: CELType] = [
    "bool": .type(.bool), "int": .type(.int), "uint": .type(.uint),
    "double": .type(.double), "string": .type(.string), "bytes": .type(.bytes),
    "null_type": .type(.null), "list": .type(.list(.dyn)),
    "map": .type(.map(key: .dyn, value: .dyn)), "type": .type(.type(nil)),
    "google.protobuf.Timestamp": .type(.timestamp),
    "google.protobuf.Duration": .type(.duration),
  ]

  /// The type of a name: a comprehension variable, a declared variable or a type name.
  func lookupIdent(_ name: String) -> CELType? {
    for scope in scopes.reversed() {
      if let type = scope[name] { return type }
    }
    let global = name.hasPrefix(".") ? String(name.dropFirst()) : name
    return declarations.variables[global] ?? Self.typeIdentifiers[global]
  }

  func isLocal(_ name: String) -> Bool {
    scopes.contains { $0[name] != nil }
  }

  /// All names in scope a user can write, for suggestions (not the hidden accumulators of
  /// macros, such as `@result`).
  var namesInScope: Set<String> {
    var names = Set(declarations.variables.keys)
    for scope in scopes { names.formUnion(scope.keys) }
    return names.filter { $0.first.map { $0.isLetter || $0 == "_" } ?? false }
  }

  mutating func checkIdent(_ expr: Expr, name: String) {
    if let type = lookupIdent(name) {
      setType(type, of: expr)
      references[expr.id] = name
      return
    }
    let suggestion = NameSuggestion.nearest(to: name, in: namesInScope)
    report(CheckerMessage.undeclared(name, suggestion: suggestion), at: expr)
    setType(.error, of: expr)
  }

  /// The dotted name an expression spells (`a.b.c`), if it is made of identifiers and
  /// selections only.
  static func qualifiedName(of expr: Expr) -> String? {
    switch expr.kind {
    case .ident(let name):
      return name
    case .select(let operand, let field, false):
      return qualifiedName(of: operand).map { "\($0).\(field)" }
    default:
      return nil
    }
  }

  static func rootName(of expr: Expr) -> String? {
    switch expr.kind {
    case .ident(let name): name
    case .select(let operand, _, _): rootName(of: operand)
    default: nil
    }
  }
}
