/// Specialising a planned program for values known before evaluation starts: variables that are
/// the same for every evaluation of a run (the date judged, the parameters in force), and the
/// parts of the expression that depend on nothing else (`[...]` of constants, `p.a.b` of a known
/// `p`, a function of constants). Every library function is pure, so a part computed once gives
/// what it would give each time; a part whose value is an error is left to fail when evaluated,
/// so that errors keep their place and moment.
extension Program {
  /// The program with the variables at the given layout positions replaced by their values, and
  /// the parts that then depend on no variable computed once.
  package func specialized(_ constants: [Int: Value]) -> Program {
    Program(plan: Folder(constants: constants).fold(plan), slotCount: slotCount, rootID: rootID)
  }
}

private struct Folder {
  let constants: [Int: Value]

  func fold(_ plan: Plan) -> Plan {
    switch plan {
    case .constant, .local, .variable, .failure:
      return plan
    case .bound(_, let position, _):
      if let value = constants[position] { return .constant(value) }
      return plan
    case .select(let id, let operand, let field):
      return computed(.select(id, operand: fold(operand), field: field))
    case .field(let id, let operand, let position, let name):
      return computed(.field(id, operand: fold(operand), position: position, name: name))
    case .test(let id, let operand, let field):
      return computed(.test(id, operand: fold(operand), field: field))
    case .testField(let id, let operand, let position, let name):
      return computed(.testField(id, operand: fold(operand), position: position, name: name))
    case .and(let id, let left, let right):
      let l = fold(left)
      if case .constant(.bool(false)) = l { return l }  // false absorbs the right side
      return computed(.and(id, l, fold(right)))
    case .or(let id, let left, let right):
      let l = fold(left)
      if case .constant(.bool(true)) = l { return l }
      return computed(.or(id, l, fold(right)))
    case .conditional(let id, let condition, let then, let otherwise):
      let c = fold(condition)
      if case .constant(.bool(let b)) = c { return fold(b ? then : otherwise) }
      return .conditional(id, c, fold(then), fold(otherwise))
    case .notStrictlyFalse(let operand):
      return computed(.notStrictlyFalse(fold(operand)))
    case .call1(let id, let site, let a):
      return computed(.call1(id, site, fold(a)))
    case .call2(let id, let site, let a, let b):
      return computed(.call2(id, site, fold(a), fold(b)))
    case .call(let id, let site, let args):
      return computed(.call(id, site, args.map { fold($0) }))
    case .list(let id, let elements):
      return computed(.list(id, elements.map { fold($0) }))
    case .map(let id, let keys, let values):
      return computed(.map(id, keys: keys.map { fold($0) }, values: values.map { fold($0) }))
    case .comprehension(let id, let c):
      return .comprehension(id, fold(c))
    case .keyedComprehension(let id, let c, let field, let key, let reusable):
      return .keyedComprehension(id, fold(c), field: field, key: fold(key), reusable: reusable)
    case .appendToLocal(let id, let slot, let elements):
      return .appendToLocal(id, slot: slot, elements: elements.map { fold($0) })
    }
  }

  func fold(_ c: ComprehensionPlan) -> ComprehensionPlan {
    ComprehensionPlan(
      iterSlot: c.iterSlot, accuSlot: c.accuSlot, range: fold(c.range), initial: fold(c.initial),
      condition: fold(c.condition), step: fold(c.step), result: fold(c.result))
  }

  /// A node whose operands are all constants, computed now; as it was when it depends on
  /// anything else or fails.
  private func computed(_ plan: Plan) -> Plan {
    guard plan.operands.allSatisfy({ if case .constant = $0 { true } else { false } }) else { return plan }
    let value = Node.compile(plan).eval(Evaluator(activation: EmptyActivation()))
    if case .error = value { return plan }
    return .constant(value)
  }
}

extension Plan {
  /// The sub-plans a node evaluates, for the nodes ``Folder`` may compute.
  fileprivate var operands: [Plan] {
    switch self {
    case .select(_, let operand, _), .field(_, let operand, _, _), .test(_, let operand, _),
      .testField(_, let operand, _, _), .notStrictlyFalse(let operand), .call1(_, _, let operand):
      [operand]
    case .and(_, let a, let b), .or(_, let a, let b), .call2(_, _, let a, let b): [a, b]
    case .call(_, _, let args), .list(_, let args): args
    case .map(_, let keys, let values): keys + values
    default: [.local(0)]  // never computed ahead
    }
  }
}
