/// Walks a ``Plan`` against an activation, spending a ``CostBudget``.
///
/// Errors are values: a failing node yields ``Value/error(_:)`` and strict operations pass the
/// first error on; `&&`, `||` and `?:` absorb errors as CEL specifies.
struct Evaluator {
  /// An existential rather than a generic parameter: `Program.evaluate` is called from other
  /// modules, where a generic evaluator would run unspecialised.
  let activation: any Activation
  var slots: [Value]
  var budget: CostBudget

  mutating func eval(_ plan: Plan) -> Value {
    guard budget.charge() else { return costError() }
    switch plan {
    case .constant(let value):
      return value
    case .local(let slot):
      return slots[slot]
    case .variable(let id, let candidates):
      return resolve(id, candidates)
    case .select(let id, let operand, let field):
      return select(id, eval(operand), field)
    case .test(let id, let operand, let field):
      return test(id, eval(operand), field)
    case .and(let id, let left, let right):
      return logical(id, left, right, absorbing: false)
    case .or(let id, let left, let right):
      return logical(id, left, right, absorbing: true)
    case .conditional(let id, let condition, let then, let otherwise):
      switch eval(condition) {
      case .bool(true): return eval(then)
      case .bool(false): return eval(otherwise)
      case .error(let e): return .error(e)
      case let other:
        return .error(EvaluationError.noMatchingOverload("_?_:_", [other]).attributed(to: id))
      }
    case .notStrictlyFalse(let operand):
      if case .bool(false) = eval(operand) { return .bool(false) }
      return .bool(true)
    case .call1(let id, let site, let a):
      let x = eval(a)
      if case .error = x { return x }
      return charged(site, site.invoke(x, id: id, budget: &budget))
    case .call2(let id, let site, let a, let b):
      let x = eval(a)
      if case .error = x { return x }
      let y = eval(b)
      if case .error = y { return y }
      return charged(site, site.invoke(x, y, id: id, budget: &budget))
    case .call(let id, let site, let args):
      var values: [Value] = []
      values.reserveCapacity(args.count)
      for arg in args {
        let v = eval(arg)
        if case .error = v { return v }
        values.append(v)
      }
      return charged(site, site.invoke(values, id: id, budget: &budget))
    case .list(_, let elements):
      var values: [Value] = []
      values.reserveCapacity(elements.count)
      for element in elements {
        let v = eval(element)
        if case .error = v { return v }
        values.append(v)
      }
      guard budget.charge(values.count) else { return costError() }
      return .list(values)
    case .map(let id, let keys, let values):
      var entries: [(key: Value, value: Value)] = []
      entries.reserveCapacity(keys.count)
      for (k, v) in zip(keys, values) {
        let key = eval(k)
        if case .error = key { return key }
        let value = eval(v)
        if case .error = value { return value }
        entries.append((key, value))
      }
      guard budget.charge(entries.count) else { return costError() }
      switch MapValue.make(entries) {
      case .success(let map): return .map(map)
      case .failure(let error): return .error(error.attributed(to: id))
      }
    case .comprehension(let id, let c):
      return comprehension(id, c)
    case .appendToLocal(let id, let slot, let elements):
      return append(id, slot, elements)
    case .failure(let id, let kind, let message):
      return .error(EvaluationError(message, kind: kind, id: id))
    case .bound(let id, let position, let candidate):
      if let value = activation.value(at: position) { return value }
      return resolve(id, [candidate])
    case .field(let id, let operand, let position, let name):
      let value = eval(operand)
      if case .object(let object) = value {
        if case .value(let v) = object.field(at: position, named: name) { return v }
        return .error(EvaluationError("no such key: '\(name)' in \(object.typeName)", kind: .noSuchKey, id: id))
      }
      return select(id, value, name)
    case .testField(let id, let operand, let position, let name):
      let value = eval(operand)
      if case .object(let object) = value { return .bool(object.hasField(at: position, named: name)) }
      return test(id, value, name)
    case .keyedComprehension(let id, let c, let field, let key):
      return keyedComprehension(id, c, field: field, key: key)
    }
  }

  private func costError() -> Value { .error(EvaluationError.costLimit()) }

  /// Charges the size of the strings, bytes and lists that calls return (built by `+`,
  /// `replace`, `join`...).
  @inline(__always)
  private mutating func charged(_ site: CallSite, _ result: Value) -> Value {
    let size: Int
    switch result {
    case .string(let s): size = s.utf8.count
    case .bytes(let b): size = b.count
    case .list(let l): size = l.count
    default: size = 0
    }
    return budget.charge(size) ? result : costError()
  }

  /// `&&` (`absorbing` false) and `||` (`absorbing` true): the absorbing value wins over
  /// errors and non-bools on either side; otherwise the first error (left first) is returned.
  private mutating func logical(
    _ id: ExprID, _ left: Plan, _ right: Plan, absorbing: Bool
  )
    -> Value
  {
    let l = eval(left)
    if case .bool(let b) = l, b == absorbing { return l }
    let r = eval(right)
    if case .bool(let b) = r, b == absorbing { return r }
    if case .bool = l, case .bool = r { return r }  // both the non-absorbing value
    if case .error = l { return l }
    if case .error = r { return r }
    let function = absorbing ? Operator.logicalOr : Operator.logicalAnd
    let culprit = l.isBool ? r : l
    return .error(EvaluationError.noMatchingOverload(function, [culprit]).attributed(to: id))
  }

  private func resolve(_ id: ExprID, _ candidates: [NameCandidate]) -> Value {
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

  private func select(_ id: ExprID, _ operand: Value, _ field: String) -> Value {
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

  private func test(_ id: ExprID, _ operand: Value, _ field: String) -> Value {
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

  private mutating func comprehension(_ id: ExprID, _ c: ComprehensionPlan) -> Value {
    iterate(id, c, over: eval(c.range), positions: nil)
  }

  /// Reads only the elements an index of the range leaves possible; every element when the
  /// key is not a string or the range keeps no index.
  private mutating func keyedComprehension(
    _ id: ExprID, _ c: ComprehensionPlan, field: String, key: Plan
  ) -> Value {
    let range = eval(c.range)
    guard case .list(let list) = range, case .host(let host) = list.storage,
      case .string(let k) = eval(key),
      let positions = host.positions(whereField: field, mayEqual: k)
    else { return iterate(id, c, over: range, positions: nil) }
    return iterate(id, c, over: range, positions: positions)
  }

  /// The loop of a comprehension, over every element or over the given positions.
  private mutating func iterate(
    _ id: ExprID, _ c: ComprehensionPlan, over range: Value, positions: [Int]?
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
    slots[c.accuSlot] = eval(c.initial)
    // The condition reads only the accumulator, so it is tested before the next element is
    // read: a lazy host list is read no further than needed.
    let count = positions?.count ?? items.count
    for i in 0..<count {
      guard budget.charge() else { return costError() }
      if case .bool(false) = eval(c.condition) { break }
      slots[c.iterSlot] = items[positions?[i] ?? i]
      slots[c.accuSlot] = eval(c.step)
    }
    slots[c.iterSlot] = .null
    let result = eval(c.result)
    slots[c.accuSlot] = .null
    return result
  }

  private mutating func append(_ id: ExprID, _ slot: Int, _ elements: [Plan]) -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for element in elements {
      let v = eval(element)
      if case .error = v { return v }
      values.append(v)
    }
    guard budget.charge(values.count) else { return costError() }
    var accumulator = slots[slot]
    slots[slot] = .null
    guard case .list(var list) = accumulator else {
      slots[slot] = accumulator
      if case .error = accumulator { return accumulator }
      let result = Operators.add(accumulator, .list(values))
      if case .error(let error) = result { return .error(error.attributed(to: id)) }
      return result
    }
    accumulator = .null
    list.append(contentsOf: ListValue(values))
    slots[slot] = .list(list)
    return slots[slot]
  }
}

extension Value {
  var isBool: Bool {
    if case .bool = self { return true }
    return false
  }
}
