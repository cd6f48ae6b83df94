/// A resolved call: the candidate overloads, tried in order against the argument values.
final class CallSite: Sendable {
  let function: String
  /// The candidates, flattened for a cheap loop: parameter kinds and implementations.
  private let kinds: [[ValueKind]]
  private let implementations: [LibraryOverload.Implementation]
  /// When every candidate has one or two parameters: their kinds, for the fast paths.
  private let first: [ValueKind]
  private let second: [ValueKind]
  /// The cost of each candidate (see ``CallCost``), charged to the budget before it runs.
  private let costs: [CallCost]
  /// When the site has a single candidate of one or two parameters (most checked calls): its
  /// implementation, its parameter kinds and its cost, read without going through the arrays.
  private let onlyUnary: (@Sendable (Value) -> Value)?
  private let onlyBinary: (@Sendable (Value, Value) -> Value)?
  private let onlyFirst: ValueKind
  private let onlySecond: ValueKind
  private let onlyCost: CallCost

  init(function: String, overloads: [LibraryOverload]) {
    self.function = function
    kinds = overloads.map(\.parameterKinds)
    implementations = overloads.map(\.implementation)
    first = overloads.map { $0.parameterKinds.first ?? .any }
    second = overloads.map { $0.parameterKinds.count > 1 ? $0.parameterKinds[1] : .any }
    costs = overloads.map(\.cost)
    let only = overloads.count == 1 ? overloads.first : nil
    if case .unary(let body)? = only?.implementation { onlyUnary = body } else { onlyUnary = nil }
    if case .binary(let body)? = only?.implementation { onlyBinary = body } else { onlyBinary = nil }
    onlyFirst = first.first ?? .any
    onlySecond = second.first ?? .any
    onlyCost = only?.cost ?? .constant
  }

  /// One argument, without building an array.
  func invoke(_ a: Value, id: ExprID, budget: inout CostBudget) -> Value {
    if let body = onlyUnary {
      guard onlyFirst.matches(a) else { return invoke([a], id: id, budget: &budget) }
      #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
        if onlyCost != .constant, !budget.charge(onlyCost.of(a)) { return .error(.costLimit()) }
      #endif
      return attributed(body(a), id)
    }
    for i in 0..<first.count where first[i].matches(a) {
      if case .unary(let body) = implementations[i] {
        #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
          if costs[i] != .constant, !budget.charge(costs[i].of(a)) { return .error(.costLimit()) }
        #endif
        return attributed(body(a), id)
      }
      return invoke([a], id: id, budget: &budget)
    }
    return invoke([a], id: id, budget: &budget)
  }

  /// Two arguments, without building an array.
  func invoke(_ a: Value, _ b: Value, id: ExprID, budget: inout CostBudget) -> Value {
    if let body = onlyBinary {
      guard onlyFirst.matches(a), onlySecond.matches(b) else { return invoke([a, b], id: id, budget: &budget) }
      #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
        if onlyCost != .constant, !budget.charge(onlyCost.of(a, b)) { return .error(.costLimit()) }
      #endif
      return attributed(body(a, b), id)
    }
    for i in 0..<first.count where first[i].matches(a) && second[i].matches(b) {
      if case .binary(let body) = implementations[i] {
        #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
          if costs[i] != .constant, !budget.charge(costs[i].of(a, b)) { return .error(.costLimit()) }
        #endif
        return attributed(body(a, b), id)
      }
      return invoke([a, b], id: id, budget: &budget)
    }
    return invoke([a, b], id: id, budget: &budget)
  }

  @inline(__always)
  private func attributed(_ result: Value, _ id: ExprID) -> Value {
    if case .error(let error) = result, error.id == nil {
      return .error(error.attributed(to: id))
    }
    return result
  }

  func invoke(_ args: [Value], id: ExprID, budget: inout CostBudget) -> Value {
    candidates: for i in 0..<kinds.count {
      let parameterKinds = kinds[i]
      guard parameterKinds.count == args.count else { continue }
      for j in 0..<args.count where !parameterKinds[j].matches(args[j]) { continue candidates }
      #if !DQTV_WITHOUT_SAFETY  // scripts/safety_cost.sh measures the check without it
        if costs[i] != .constant, !budget.charge(costs[i].of(args)) { return .error(.costLimit()) }
      #endif
      let result: Value
      switch implementations[i] {
      case .unary(let body): result = body(args[0])
      case .binary(let body): result = body(args[0], args[1])
      case .ternary(let body): result = body(args[0], args[1], args[2])
      case .variadic(let body): result = body(args)
      }
      return attributed(result, id)
    }
    return .error(EvaluationError.noMatchingOverload(function, args).attributed(to: id))
  }
}
