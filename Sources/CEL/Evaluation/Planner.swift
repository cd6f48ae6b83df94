/// Turns an ``Expr`` into a ``Plan``: resolves comprehension variables to slots, dotted names
/// to candidate look-ups, calls to candidate overloads, and normalises string literals to NFC.
struct Planner {
  let library: FunctionLibrary
  /// Overload ids chosen by the checker, per call node; restricts the candidates when given.
  let checkedOverloads: [ExprID: [String]]
  /// Variables the checker resolved name nodes to (`a.b.c` as the variable `a.b`, then `.c`).
  let checkedReferences: [ExprID: String]
  /// Types the checker gave the nodes; with `layout`, they place field selections.
  let checkedTypes: [ExprID: CELType]
  let layout: ProgramLayout
  /// Comprehension variables in scope, innermost last.
  private var scope: [(name: String, slot: Int)] = []
  /// Slots held by the enclosing comprehensions.
  private var reserved = 0
  private(set) var slotCount = 0

  init(
    library: FunctionLibrary, checkedOverloads: [ExprID: [String]],
    checkedReferences: [ExprID: String] = [:], checkedTypes: [ExprID: CELType] = [:],
    layout: ProgramLayout = .none
  ) {
    self.library = library
    self.checkedOverloads = checkedOverloads
    self.checkedReferences = checkedReferences
    self.checkedTypes = checkedTypes
    self.layout = layout
  }

  mutating func plan(_ expr: Expr) -> Plan {
    switch expr.kind {
    case .literal(let literal):
      return .constant(Planner.value(of: literal))
    case .ident(let name):
      if let slot = local(name) { return .local(slot) }
      if let reference = checkedReferences[expr.id] {
        return variable(expr.id, reference)
      }
      return .variable(expr.id, candidates(name: name, fields: []))
    case .select(let operand, let field, let testOnly):
      if testOnly {
        if let position = fieldPosition(operand, field) {
          return .testField(expr.id, operand: plan(operand), position: position, name: field)
        }
        return .test(expr.id, operand: plan(operand), field: field)
      }
      if let path = dottedPath(expr), local(path[0]) == nil {
        if let reference = checkedReferences[expr.id] {
          return variable(expr.id, reference)
        }
        if !checkedReferences.isEmpty, hasReference(below: operand) {
          // The checker resolved a shorter prefix: select the rest from it.
          return selection(expr.id, operand, field)
        }
        return .variable(expr.id, candidates(name: path[0], fields: Array(path.dropFirst())))
      }
      return selection(expr.id, operand, field)
    case .call(let function, let target, let args):
      return planCall(expr.id, function, target, args)
    case .list(let elements):
      return .list(expr.id, elements.map { plan($0) })
    case .map(let entries):
      return .map(
        expr.id, keys: entries.map { plan($0.key) }, values: entries.map { plan($0.value) })
    case .structure(let typeName, _):
      return .failure(expr.id, .unsupported, "message construction is not supported: \(typeName){...}")
    case .comprehension(let c):
      return planComprehension(expr.id, c)
    }
  }

  /// A variable the checker resolved: by position when the layout places it.
  private func variable(_ id: ExprID, _ reference: String) -> Plan {
    if let position = layout.variables[reference] {
      return .bound(id, position, resolved(reference))
    }
    return .variable(id, [resolved(reference)])
  }

  /// `operand.field`: by position when the operand's checked type is an object type of the
  /// layout.
  private mutating func selection(_ id: ExprID, _ operand: Expr, _ field: String) -> Plan {
    if let position = fieldPosition(operand, field) {
      return .field(id, operand: plan(operand), position: position, name: field)
    }
    return .select(id, operand: plan(operand), field: field)
  }

  private func fieldPosition(_ operand: Expr, _ field: String) -> Int? {
    guard case .object(let typeName)? = checkedTypes[operand.id] else { return nil }
    return layout.objectFields[typeName]?[field]
  }

  /// The look-up of a name the checker resolved (a variable, or a type such as `int`).
  private func resolved(_ name: String) -> NameCandidate {
    NameCandidate(name: name, fields: [], typeValue: TypeValue.denotable[name].map(Value.type))
  }

  /// Whether a node of the dotted chain `expr` names a checked variable.
  private func hasReference(below expr: Expr) -> Bool {
    if checkedReferences[expr.id] != nil { return true }
    if case .select(let operand, _, false) = expr.kind { return hasReference(below: operand) }
    return false
  }

  private func local(_ name: String) -> Int? {
    scope.last(where: { $0.name == name })?.slot
  }

  /// `a.b.c` as ["a", "b", "c"] when the expression is a chain of selections on an identifier.
  private func dottedPath(_ expr: Expr) -> [String]? {
    switch expr.kind {
    case .ident(let name): return [name]
    case .select(let operand, let field, false):
      guard var path = dottedPath(operand) else { return nil }
      path.append(field)
      return path
    default: return nil
    }
  }

  /// The readings of `root.fields...`, longest variable name first (cel-go's order).
  private func candidates(name root: String, fields: [String]) -> [NameCandidate] {
    let parts = [root] + fields
    return (1...parts.count).reversed().map { length in
      let name = parts[..<length].joined(separator: ".")
      return NameCandidate(
        name: name, fields: Array(parts[length...]),
        typeValue: TypeValue.denotable[name].map(Value.type))
    }
  }

  private mutating func planCall(
    _ id: ExprID, _ function: String, _ target: Expr?, _ args: [Expr]
  ) -> Plan {
    if target == nil {
      switch (function, args.count) {
      case (Operator.logicalAnd, 2): return .and(id, plan(args[0]), plan(args[1]))
      case (Operator.logicalOr, 2): return .or(id, plan(args[0]), plan(args[1]))
      case (Operator.conditional, 3):
        return .conditional(id, plan(args[0]), plan(args[1]), plan(args[2]))
      case (Operator.notStrictlyFalse, 1): return .notStrictlyFalse(plan(args[0]))
      default: break
      }
    }
    var name = function
    var allArgs = args
    if let target {
      // `math.greatest(...)`: a namespaced function, unless the namespace is a local variable.
      if let path = dottedPath(target), local(path[0]) == nil,
        library.function(named: path.joined(separator: ".") + "." + function) != nil
      {
        name = path.joined(separator: ".") + "." + function
      } else {
        allArgs = [target] + args
      }
    }
    guard let libraryFunction = library.function(named: name) else {
      return .failure(id, .unknownFunction, "unbound function: \(name)")
    }
    var overloads = libraryFunction.overloads.filter {
      $0.parameterKinds.count == allArgs.count
    }
    if let chosen = checkedOverloads[id], !chosen.isEmpty {
      let narrowed = overloads.filter { chosen.contains($0.signature.id) }
      if !narrowed.isEmpty { overloads = narrowed }
    }
    guard !overloads.isEmpty else {
      return .failure(id, .noMatchingOverload, "no such overload: \(name) with \(allArgs.count) arguments")
    }
    let site = CallSite(function: name, overloads: overloads)
    let planned = allArgs.map { plan($0) }
    if name == "matches", planned.count == 2 {
      return planMatches(id, planned[0], planned[1])
    }
    switch planned.count {
    case 1: return .call1(id, site, planned[0])
    case 2: return .call2(id, site, planned[0], planned[1])
    default: return .call(id, site, planned)
    }
  }

  /// `text.matches(pattern)`: a constant pattern is compiled once, here (an invalid one fails
  /// when the call runs, as any other); other patterns are compiled once per distinct pattern,
  /// in a cache that the program owns and its evaluations share.
  private func planMatches(_ id: ExprID, _ text: Plan, _ pattern: Plan) -> Plan {
    if case .constant(.string(let p)) = pattern, case .success(let regex) = CompiledRegex.compile(p) {
      var compiled = LibraryOverload.unary("matches_string", .string, .bool, receiver: true) {
        guard case .string(let s) = $0 else { return Failure.mismatch("matches", $0) }
        return .bool(regex.matches(s))
      }
      compiled.cost = .first
      return .call1(id, CallSite(function: "matches", overloads: [compiled]), text)
    }
    let cache = RegexCache()
    var cached = LibraryOverload.binary("matches_string", .string, .string, .bool, receiver: true) {
      guard case .string(let s) = $0, case .string(let p) = $1 else {
        return Failure.mismatch("matches", $0, $1)
      }
      return Strings.matches(s, cache.regex(p))
    }
    cached.cost = .all
    return .call2(id, CallSite(function: "matches", overloads: [cached]), text, pattern)
  }

  private mutating func planComprehension(_ id: ExprID, _ c: Comprehension) -> Plan {
    let range = plan(c.iterRange)
    let initial = plan(c.accuInit)
    let iterSlot = reserved
    let accuSlot = reserved + 1
    reserved += 2
    defer { reserved -= 2 }
    slotCount = max(slotCount, reserved)
    scope.append((c.accuVar, accuSlot))
    // The result sees the accumulator only.
    let result = plan(c.result)
    scope.append((c.iterVar, iterSlot))
    let condition = plan(c.loopCondition)
    let step = planStep(c.loopStep, accuVar: c.accuVar, accuSlot: accuSlot)
    let plan = ComprehensionPlan(
      iterSlot: iterSlot, accuSlot: accuSlot, range: range, initial: initial,
      condition: condition, step: step, result: result)
    if let (field, keyExpr) = Self.keyedPredicate(c) {
      // The key reads no variable of this comprehension: plan it in the enclosing scope.
      scope.removeLast(2)
      return .keyedComprehension(
        id, plan, field: field, key: self.plan(keyExpr), reusable: Self.isReusable(c, key: keyExpr))
    }
    scope.removeLast(2)
    return .comprehension(id, plan)
  }

  /// For a comprehension whose step leaves the accumulator as it is whenever its predicate is
  /// false (`exists`: `@result || p`; `exists_one`, `filter`, `map` with a filter:
  /// `p ? ... : @result`), and whose predicate is a conjunction with a term `x.f == key` (or
  /// `key == x.f`) where `key` reads neither `x` nor the accumulator: the field `f` and `key`.
  /// An element whose `f` is a string other than the key's string makes that term false, so the
  /// whole conjunction false whatever the other terms give (`false && error` is false).
  static func keyedPredicate(_ c: Comprehension) -> (String, Expr)? {
    let predicate: Expr
    switch c.loopStep.kind {
    case .call(Operator.logicalOr, nil, let args)
    where args.count == 2 && isIdent(args[0], c.accuVar):
      predicate = args[1]
    case .call(Operator.conditional, nil, let args)
    where args.count == 3 && isIdent(args[2], c.accuVar):
      predicate = args[0]
    default:
      return nil
    }
    var found: [(field: String, key: Expr)] = []
    for term in conjuncts(predicate) {
      guard case .call(Operator.equals, nil, let args) = term.kind, args.count == 2 else { continue }
      for (side, other) in [(args[0], args[1]), (args[1], args[0])] {
        if case .select(let operand, let field, false) = side.kind, isIdent(operand, c.iterVar),
          other.identifiers.isDisjoint(with: [c.iterVar, c.accuVar])
        {
          found.append((field, other))
        }
      }
    }
    // A key read from the data (an id) usually picks out fewer elements than a constant (a
    // kind shared by many).
    return found.first { if case .literal = $0.key.kind { false } else { true } } ?? found.first
  }

  private static func isIdent(_ expr: Expr, _ name: String) -> Bool {
    if case .ident(let n) = expr.kind { return n == name }
    return false
  }

  private static func conjuncts(_ expr: Expr) -> [Expr] {
    if case .call(Operator.logicalAnd, nil, let args) = expr.kind, args.count == 2 {
      return conjuncts(args[0]) + conjuncts(args[1])
    }
    return [expr]
  }

  /// Plans a loop step, turning `accu + [e]` (also under `c ? accu + [e] : accu`) into an
  /// in-place append.
  private mutating func planStep(_ step: Expr, accuVar: String, accuSlot: Int) -> Plan {
    if case .call(Operator.add, nil, let args) = step.kind, args.count == 2,
      case .ident(let name) = args[0].kind, name == accuVar, local(name) == accuSlot,
      case .list(let elements) = args[1].kind
    {
      return .appendToLocal(step.id, slot: accuSlot, elements: elements.map { plan($0) })
    }
    if case .call(Operator.conditional, nil, let args) = step.kind, args.count == 3 {
      return .conditional(
        step.id, plan(args[0]), planStep(args[1], accuVar: accuVar, accuSlot: accuSlot),
        planStep(args[2], accuVar: accuVar, accuSlot: accuSlot))
    }
    return plan(step)
  }

  static func value(of literal: Literal) -> Value {
    switch literal {
    case .null: .null
    case .bool(let b): .bool(b)
    case .int(let i): .int(i)
    case .uint(let u): .uint(u)
    case .double(let d): .double(d)
    case .string(let s): .string(CELString.nfc(s))
    case .bytes(let b): .bytes(b)
    }
  }
}
