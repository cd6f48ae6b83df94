/// The state of one evaluation of a ``Node`` tree: the activation, the comprehension
/// variables and the ``CostBudget`` being spent.
///
/// Errors are values: a failing node yields ``Value/error(_:)`` and strict operations pass the
/// first error on; `&&`, `||` and `?:` absorb errors as CEL specifies.
struct Evaluator {
  /// An existential rather than a generic parameter: `Program.evaluate` is called from other
  /// modules, where a generic evaluator would run unspecialised.
  let activation: any Activation
  var slots: [Value]
  var budget: CostBudget

  func costError() -> Value { .error(EvaluationError.costLimit()) }

  /// Charges the size of the strings, bytes and lists that calls return (built by `+`,
  /// `replace`, `join`...).
  @inline(__always)
  mutating func charged(_ result: Value) -> Value {
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
