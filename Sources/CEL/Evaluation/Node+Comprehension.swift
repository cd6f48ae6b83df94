/// A compiled comprehension; slots hold the iteration and accumulator variables.
final class CompiledComprehension: Sendable {
  let iterSlot: Int
  let accuSlot: Int
  let range: Node
  let initial: Node
  let condition: Node
  let step: Node
  let result: Node

  init(_ c: ComprehensionPlan) {
    iterSlot = c.iterSlot
    accuSlot = c.accuSlot
    range = Node.compile(c.range)
    initial = Node.compile(c.initial)
    condition = Node.compile(c.condition)
    step = Node.compile(c.step)
    result = Node.compile(c.result)
  }
}

final class ComprehensionNode: Node, @unchecked Sendable {
  let id: ExprID
  let c: CompiledComprehension
  init(_ id: ExprID, _ c: CompiledComprehension) {
    self.id = id
    self.c = c
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    return e.iterate(id, c, over: c.range.eval(e), positions: nil)
  }
}

/// A comprehension whose step is the identity for every element whose `field` is a string
/// other than the string `key` (see ``Plan/keyedComprehension(_:_:field:key:reusable:)``): over a host
/// list that keeps an index, only the other elements are read; every element when the key is
/// not a string or the range keeps no index.
final class KeyedComprehensionNode: Node, @unchecked Sendable {
  let id: ExprID
  let c: CompiledComprehension
  let field: String
  let key: Node
  init(_ id: ExprID, _ c: CompiledComprehension, _ field: String, _ key: Node) {
    self.id = id
    self.c = c
    self.field = field
    self.key = key
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    let range = c.range.eval(e)
    guard case .list(let list) = range, case .host(let host) = list.storage,
      case .string(let k) = key.eval(e),
      let positions = host.positions(whereField: field, mayEqual: k)
    else { return e.iterate(id, c, over: range, positions: nil) }
    return e.iterate(id, c, over: range, positions: positions)
  }
}

/// A keyed comprehension whose value and cost depend only on the values of its range and key,
/// its range read from a bound variable: when the evaluator keeps an ``EvaluationMemo``, what
/// an evaluation found for a record of that variable and a key is reused by the next ones for
/// the same record and key (`commune.units.exists(u, u.id == self.unit && ...)` over the
/// members of one commune). The budget is charged what the work reused cost, so that every
/// evaluation spends what it would have spent computing it again.
final class ReusableComprehensionNode: Node, @unchecked Sendable {
  let id: ExprID
  let c: CompiledComprehension
  let field: String
  let key: Node
  /// The activation's position of the variable the range is read from.
  let root: Int
  init(_ id: ExprID, _ c: CompiledComprehension, _ field: String, _ key: Node, root: Int) {
    self.id = id
    self.c = c
    self.field = field
    self.key = key
    self.root = root
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    guard let memo = e.memo, case .object(let record)? = e.activation.value(at: root) else {
      return compute(e, range: c.range.eval(e), results: nil)
    }
    let table = memo.table(for: self, record: record)
    let range: Value
    if let known = table.range {
      guard e.budget.charge(table.rangeCost) else { return e.costError() }
      range = known
    } else {
      let before = e.budget.used
      range = c.range.eval(e)
      if !e.budget.isExhausted { table.keep(range: range, cost: e.budget.used &- before) }
    }
    return compute(e, range: range, results: table)
  }

  /// The work of ``KeyedComprehensionNode`` once the range is known; reused from `results`, or
  /// kept there, when the key is a string.
  private func compute(_ e: Evaluator, range: Value, results: EvaluationMemo.Table?) -> Value {
    guard case .list(let list) = range, case .host(let host) = list.storage else {
      return e.iterate(id, c, over: range, positions: nil)
    }
    guard case .string(let k) = key.eval(e) else { return e.iterate(id, c, over: range, positions: nil) }
    if let results, let found = results.results[k] {
      guard e.budget.charge(found.cost) else { return e.costError() }
      return found.value
    }
    let before = e.budget.used
    let value = e.iterate(id, c, over: range, positions: host.positions(whereField: field, mayEqual: k))
    if let results, !e.budget.isExhausted { results.results[k] = (value, e.budget.used &- before) }
    return value
  }
}

/// `accu + [elements]` inside a comprehension: appends in place (the `map` and `filter`
/// macros), so that building a list of n elements costs O(n), not O(n²).
final class AppendNode: Node, @unchecked Sendable {
  let id: ExprID
  let slot: Int
  let elements: [Node]
  init(_ id: ExprID, _ slot: Int, _ elements: [Node]) {
    self.id = id
    self.slot = slot
    self.elements = elements
  }
  override func eval(_ e: Evaluator) -> Value {
    guard e.budget.charge() else { return e.costError() }
    var values: [Value] = []
    if let error = e.evaluate(elements, into: &values) { return error }
    guard e.budget.charge(values.count) else { return e.costError() }
    var accumulator = e.slots[slot]
    e.slots[slot] = .null
    guard case .list(var list) = accumulator else {
      e.slots[slot] = accumulator
      if case .error = accumulator { return accumulator }
      let result = Operators.add(accumulator, .list(values))
      if case .error(let error) = result { return .error(error.attributed(to: id)) }
      return result
    }
    accumulator = .null
    list.append(contentsOf: ListValue(values))
    e.slots[slot] = .list(list)
    return e.slots[slot]
  }
}

extension Evaluator {
  /// The loop of a comprehension, over every element or over the given positions.
  func iterate(
    _ id: ExprID, _ c: CompiledComprehension, over range: Value, positions: [Int]?
  ) -> Value {
    let items: ListValue
    switch range {
    case .list(let list): items = list
    case .map(let map): items = ListValue(map.keys)
    case .error: return range
    default:
      return .error(
        EvaluationError(
          "cannot iterate over a value of type '\(range.typeName)'", kind: .noMatchingOverload, id: id))
    }
    slots[c.accuSlot] = c.initial.eval(self)
    // The condition reads only the accumulator, so it is tested before the next element is
    // read: a lazy host list is read no further than needed.
    let count = positions?.count ?? items.count
    for i in 0..<count {
      guard budget.charge() else { return costError() }
      if case .bool(false) = c.condition.eval(self) { break }
      slots[c.iterSlot] = items[positions?[i] ?? i]
      slots[c.accuSlot] = c.step.eval(self)
    }
    slots[c.iterSlot] = .null
    let result = c.result.eval(self)
    slots[c.accuSlot] = .null
    return result
  }
}
