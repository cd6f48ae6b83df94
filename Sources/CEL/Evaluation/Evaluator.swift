/// The state of evaluations of ``Node`` trees: the activation, the comprehension variables,
/// the ``CostBudget`` being spent, and the memo of reusable comprehensions.
///
/// A class, passed down the tree by reference: a caller that evaluates many programs against
/// one activation (the checker, a node's rules one after another) makes one and evaluates in it
/// (``Program/evaluate(in:budget:)``), so that an evaluation retains and copies nothing to
/// start. One evaluation at a time; not shareable between threads.
///
/// Errors are values: a failing node yields ``Value/error(_:)`` and strict operations pass the
/// first error on; `&&`, `||` and `?:` absorb errors as CEL specifies.
package final class Evaluator {
  /// An existential rather than a generic parameter: `Program.evaluate` is called from other
  /// modules, where a generic evaluator would run unspecialised.
  let activation: any Activation
  @exclusivity(unchecked) var slots: [Value]
  @exclusivity(unchecked) var budget: CostBudget
  /// Where reusable comprehensions keep what they found, when the evaluations share one.
  let memo: EvaluationMemo?

  init(activation: any Activation, slots: [Value] = [], budget: CostBudget = CostBudget(), memo: EvaluationMemo? = nil)
  {
    self.activation = activation
    self.slots = slots
    self.budget = budget
    self.memo = memo
  }

  /// An evaluator for many evaluations against `activation`, one after another; with
  /// `reusing`, keyed comprehensions reuse what earlier evaluations found (see
  /// ``EvaluationMemo``): only for an activation whose variables hold records of immutable host
  /// data, the same record at the same position until it is replaced.
  package convenience init(activation: any Activation, reusing: Bool) {
    self.init(activation: activation, memo: reusing ? EvaluationMemo() : nil)
  }

  func costError() -> Value { .error(EvaluationError.costLimit()) }

  /// Charges the size of the strings, bytes and lists that calls return (built by `+`,
  /// `replace`, `join`...).
  @inline(__always)
  func charged(_ result: Value) -> Value {
    let size: Int
    switch result {
    case .string(let s): size = s.utf8.count
    case .bytes(let b): size = b.count
    case .list(let l): size = l.count
    default: size = 0
    }
    return budget.charge(size) ? result : costError()
  }

  func resolve(_ id: ExprID, _ candidates: [NameCandidate]) -> Value {
    for candidate in candidates {
      if let value = activation.resolve(candidate.name) ?? candidate.typeValue {
        var current = value
        for field in candidate.fields {
          current = select(id, current, field)
          if case .error = current { return current }
        }
        return current
      }
    }
    let name = candidates.first?.name ?? "?"
    return .error(
      EvaluationError("undeclared reference to '\(name)' (unknown variable)", kind: .unknownVariable, id: id))
  }

  /// Evaluates `nodes` in order into `values`; the first error among them, if any (the nodes
  /// after it are not evaluated).
  @inline(__always)
  func evaluate(_ nodes: [Node], into values: inout [Value]) -> Value? {
    values.reserveCapacity(nodes.count)
    for node in nodes {
      let v = node.eval(self)
      if case .error = v { return v }
      values.append(v)
    }
    return nil
  }

  /// ``select(_:_:_:)`` of a field whose position in a checked object type is known.
  @inline(__always)
  func select(_ id: ExprID, _ operand: Value, position: Int, _ field: String) -> Value {
    if case .object(let object) = operand {
      if case .value(let v) = object.field(at: position, named: field) { return v }
      return .error(EvaluationError("no such key: '\(field)' in \(object.typeName)", kind: .noSuchKey, id: id))
    }
    return select(id, operand, field)
  }

  func select(_ id: ExprID, _ operand: Value, _ field: String) -> Value {
    switch operand {
    case .map(let map):
      if let value = map.value(forKey: field) { return value }
      return .error(EvaluationError("no such key: '\(field)'", kind: .noSuchKey, id: id))
    case .object(let object):
      if case .value(let value) = object.field(field) { return value }
      return .error(EvaluationError("no such key: '\(field)' in \(object.typeName)", kind: .noSuchKey, id: id))
    case .error:
      return operand
    default:
      return .error(
        EvaluationError(
          "type '\(operand.typeName)' does not support field selection", kind: .noMatchingOverload, id: id))
    }
  }

  func test(_ id: ExprID, _ operand: Value, _ field: String) -> Value {
    switch operand {
    case .map(let map): return .bool(map.value(forKey: field) != nil)
    case .object(let object): return .bool(object.hasField(field))
    case .error: return operand
    default:
      return .error(
        EvaluationError(
          "invalid type for has(): '\(operand.typeName)' has no fields", kind: .noMatchingOverload, id: id))
    }
  }
}

extension Value {
  var isBool: Bool {
    if case .bool = self { return true }
    return false
  }
}
