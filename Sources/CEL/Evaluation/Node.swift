/// A ``Plan`` compiled for evaluation: a tree of nodes, each of which evaluates itself.
///
/// Evaluating a node is a call through its class's table rather than a switch over the plan's
/// cases, whose payloads (sub-plans, call sites, names) the switch copies out, retaining each,
/// on every visit; a node reads its children from immutable stored references instead.
///
/// Every node spends one unit of the budget before anything else, as the cost model says (see
/// ``CostBudget``); the nodes otherwise compute exactly what their plan's case specifies.
/// Immutable once built, hence shareable between threads.
class Node: @unchecked Sendable {
  /// Spends one unit of `e`'s budget, then computes the node's value. Every subclass overrides
  /// it; the base is never evaluated.
  func eval(_ e: Evaluator) -> Value { .null }

  /// The tree of nodes for a plan.
  static func compile(_ plan: Plan) -> Node {
    switch plan {
    case .constant(let value): ConstantNode(value)
    case .local(let slot): LocalNode(slot)
    case .variable(let id, let candidates): VariableNode(id, candidates)
    case .select(let id, let operand, let field): SelectNode(id, compile(operand), field)
    case .test(let id, let operand, let field): TestNode(id, compile(operand), field)
    case .and(let id, let left, let right): LogicalNode(id, compile(left), compile(right), absorbing: false)
    case .or(let id, let left, let right): LogicalNode(id, compile(left), compile(right), absorbing: true)
    case .conditional(let id, let condition, let then, let otherwise):
      ConditionalNode(id, compile(condition), compile(then), compile(otherwise))
    case .notStrictlyFalse(let operand): NotStrictlyFalseNode(compile(operand))
    case .call1(let id, let site, let a): Call1Node(id, site, compile(a))
    case .call2(let id, let site, let a, .constant(let b)): Call2ConstantNode(id, site, compile(a), b)
    case .call2(let id, let site, let a, let b): Call2Node(id, site, compile(a), compile(b))
    case .call(let id, let site, let args): CallNode(id, site, args.map(compile))
    case .list(_, let elements): ListNode(elements.map(compile))
    case .map(let id, let keys, let values): MapNode(id, keys.map(compile), values.map(compile))
    case .comprehension(let id, let c): ComprehensionNode(id, CompiledComprehension(c))
    case .appendToLocal(let id, let slot, let elements): AppendNode(id, slot, elements.map(compile))
    case .failure(let id, let kind, let message): FailureNode(id, kind, message)
    case .bound(let id, let position, let candidate): BoundNode(id, position, candidate)
    case .field(let id, .bound(let boundID, let variable, let candidate), let position, let name):
      BoundFieldNode(id, BoundNode(boundID, variable, candidate), position, name)
    case .field(let id, let operand, let position, let name): FieldNode(id, compile(operand), position, name)
    case .testField(let id, let operand, let position, let name):
      TestFieldNode(id, compile(operand), position, name)
    case .keyedComprehension(let id, let c, let field, let key, let reusable):
      if reusable, let root = rootPosition(of: c.range) {
        ReusableComprehensionNode(id, CompiledComprehension(c), field, compile(key), root: root)
      } else {
        KeyedComprehensionNode(id, CompiledComprehension(c), field, compile(key))
      }
    }
  }
}

extension Node {
  /// The position of the bound variable a chain of field selections starts from.
  fileprivate static func rootPosition(of plan: Plan) -> Int? {
    switch plan {
    case .bound(_, let position, _): position
    case .field(_, let operand, _, _), .select(_, let operand, _): rootPosition(of: operand)
    default: nil
    }
  }
}

final class ConstantNode: Node, @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return value
  }
}

final class LocalNode: Node, @unchecked Sendable {
  let slot: Int
  init(_ slot: Int) { self.slot = slot }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.slots[slot]
  }
}

final class VariableNode: Node, @unchecked Sendable {
  let id: ExprID
  let candidates: [NameCandidate]
  init(_ id: ExprID, _ candidates: [NameCandidate]) {
    self.id = id
    self.candidates = candidates
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.resolve(id, candidates)
  }
}

final class SelectNode: Node, @unchecked Sendable {
  let id: ExprID
  let operand: Node
  let field: String
  init(_ id: ExprID, _ operand: Node, _ field: String) {
    self.id = id
    self.operand = operand
    self.field = field
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.select(id, operand.eval(e), field)
  }
}

final class TestNode: Node, @unchecked Sendable {
  let id: ExprID
  let operand: Node
  let field: String
  init(_ id: ExprID, _ operand: Node, _ field: String) {
    self.id = id
    self.operand = operand
    self.field = field
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.test(id, operand.eval(e), field)
  }
}

/// `&&` (`absorbing` false) and `||` (`absorbing` true): the absorbing value wins over errors
/// and non-bools on either side; otherwise the first error (left first) is returned.
final class LogicalNode: Node, @unchecked Sendable {
  let id: ExprID
  let left: Node
  let right: Node
  let absorbing: Bool
  init(_ id: ExprID, _ left: Node, _ right: Node, absorbing: Bool) {
    self.id = id
    self.left = left
    self.right = right
    self.absorbing = absorbing
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let l = left.eval(e)
    if case .bool(let b) = l, b == absorbing { return l }
    let r = right.eval(e)
    if case .bool(let b) = r, b == absorbing { return r }
    if case .bool = l, case .bool = r { return r }  // both the non-absorbing value
    if case .error = l { return l }
    if case .error = r { return r }
    let function = absorbing ? Operator.logicalOr : Operator.logicalAnd
    let culprit = l.isBool ? r : l
    return .error(EvaluationError.noMatchingOverload(function, [culprit]).attributed(to: id))
  }
}

final class ConditionalNode: Node, @unchecked Sendable {
  let id: ExprID
  let condition: Node
  let then: Node
  let otherwise: Node
  init(_ id: ExprID, _ condition: Node, _ then: Node, _ otherwise: Node) {
    self.id = id
    self.condition = condition
    self.then = then
    self.otherwise = otherwise
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    switch condition.eval(e) {
    case .bool(true): return then.eval(e)
    case .bool(false): return otherwise.eval(e)
    case .error(let error): return .error(error)
    case let other:
      return .error(EvaluationError.noMatchingOverload("_?_:_", [other]).attributed(to: id))
    }
  }
}

final class NotStrictlyFalseNode: Node, @unchecked Sendable {
  let operand: Node
  init(_ operand: Node) { self.operand = operand }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    if case .bool(false) = operand.eval(e) { return .bool(false) }
    return .bool(true)
  }
}

final class Call1Node: Node, @unchecked Sendable {
  let id: ExprID
  let site: CallSite
  let a: Node
  init(_ id: ExprID, _ site: CallSite, _ a: Node) {
    self.id = id
    self.site = site
    self.a = a
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let x = a.eval(e)
    if case .error = x { return x }
    return e.charged(site.invoke(x, id: id, budget: &e.budget))
  }
}

final class Call2Node: Node, @unchecked Sendable {
  let id: ExprID
  let site: CallSite
  let a: Node
  let b: Node
  init(_ id: ExprID, _ site: CallSite, _ a: Node, _ b: Node) {
    self.id = id
    self.site = site
    self.a = a
    self.b = b
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let x = a.eval(e)
    if case .error = x { return x }
    let y = b.eval(e)
    if case .error = y { return y }
    return e.charged(site.invoke(x, y, id: id, budget: &e.budget))
  }
}

/// ``Call2Node`` whose second argument is a constant: the constant's node, which costs 1 and
/// gives its value, is not visited.
final class Call2ConstantNode: Node, @unchecked Sendable {
  let id: ExprID
  let site: CallSite
  let a: Node
  let b: Value
  init(_ id: ExprID, _ site: CallSite, _ a: Node, _ b: Value) {
    self.id = id
    self.site = site
    self.a = a
    self.b = b
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let x = a.eval(e)
    if case .error = x { return x }
    guard e.budget.charge() else { return e.costError() }  // the constant's node
    if case .error = b { return b }
    return e.charged(site.invoke(x, b, id: id, budget: &e.budget))
  }
}

final class CallNode: Node, @unchecked Sendable {
  let id: ExprID
  let site: CallSite
  let args: [Node]
  init(_ id: ExprID, _ site: CallSite, _ args: [Node]) {
    self.id = id
    self.site = site
    self.args = args
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    var values: [Value] = []
    if let error = e.evaluate(args, into: &values) { return error }
    return e.charged(site.invoke(values, id: id, budget: &e.budget))
  }
}

final class ListNode: Node, @unchecked Sendable {
  let elements: [Node]
  init(_ elements: [Node]) { self.elements = elements }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    var values: [Value] = []
    if let error = e.evaluate(elements, into: &values) { return error }
    guard e.budget.charge(values.count) else { return e.costError() }
    return .list(values)
  }
}

final class MapNode: Node, @unchecked Sendable {
  let id: ExprID
  let keys: [Node]
  let values: [Node]
  init(_ id: ExprID, _ keys: [Node], _ values: [Node]) {
    self.id = id
    self.keys = keys
    self.values = values
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    var entries: [(key: Value, value: Value)] = []
    entries.reserveCapacity(keys.count)
    for (k, v) in zip(keys, values) {
      let key = k.eval(e)
      if case .error = key { return key }
      let value = v.eval(e)
      if case .error = value { return value }
      entries.append((key, value))
    }
    guard e.budget.charge(entries.count) else { return e.costError() }
    switch MapValue.make(entries) {
    case .success(let map): return .map(map)
    case .failure(let error): return .error(error.attributed(to: id))
    }
  }
}

final class FailureNode: Node, @unchecked Sendable {
  let id: ExprID
  let kind: EvaluationError.Kind
  let message: String
  init(_ id: ExprID, _ kind: EvaluationError.Kind, _ message: String) {
    self.id = id
    self.kind = kind
    self.message = message
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return .error(EvaluationError(message, kind: kind, id: id))
  }
}

/// A variable the checker resolved, read at its position in the activation (by name when the
/// activation keeps none).
final class BoundNode: Node, @unchecked Sendable {
  let id: ExprID
  let position: Int
  let candidate: NameCandidate
  init(_ id: ExprID, _ position: Int, _ candidate: NameCandidate) {
    self.id = id
    self.position = position
    self.candidate = candidate
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    if let value = e.activation.value(at: position) { return value }
    return e.resolve(id, [candidate])
  }
}

/// `operand.name` on a checked object type, read at the field's position of the layout.
final class FieldNode: Node, @unchecked Sendable {
  let id: ExprID
  let operand: Node
  let position: Int
  let name: String
  init(_ id: ExprID, _ operand: Node, _ position: Int, _ name: String) {
    self.id = id
    self.operand = operand
    self.position = position
    self.name = name
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.select(id, operand.eval(e), position: position, name)
  }
}

/// ``FieldNode`` whose operand is a bound variable: the variable's node is not visited, its
/// work done here (its cost charged, its value read).
final class BoundFieldNode: Node, @unchecked Sendable {
  let id: ExprID
  let operand: BoundNode
  let position: Int
  let name: String
  init(_ id: ExprID, _ operand: BoundNode, _ position: Int, _ name: String) {
    self.id = id
    self.operand = operand
    self.position = position
    self.name = name
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    guard e.budget.charge() else { return e.costError() }  // the variable's node
    let value = e.activation.value(at: operand.position) ?? e.resolve(operand.id, [operand.candidate])
    return e.select(id, value, position: position, name)
  }
}

/// `has(operand.name)` on a checked object type, by position.
final class TestFieldNode: Node, @unchecked Sendable {
  let id: ExprID
  let operand: Node
  let position: Int
  let name: String
  init(_ id: ExprID, _ operand: Node, _ position: Int, _ name: String) {
    self.id = id
    self.operand = operand
    self.position = position
    self.name = name
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let value = operand.eval(e)
    if case .object(let object) = value { return .bool(object.hasField(at: position, named: name)) }
    return e.test(id, value, name)
  }
}
