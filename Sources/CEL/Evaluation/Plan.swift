/// An expression prepared for evaluation: names resolved to slots or activation look-ups,
/// functions resolved to their candidate overloads, literals turned into values. Built once by
/// ``Program``; evaluated many times by ``Evaluator``.
indirect enum Plan: Sendable {
  case constant(Value)
  /// A comprehension variable, by slot.
  case local(Int)
  /// A free name, possibly dotted (`a.b.c`): each candidate is tried in order, longest name
  /// first; the fields after the name are then selected.
  case variable(ExprID, [NameCandidate])
  case select(ExprID, operand: Plan, field: String)
  case test(ExprID, operand: Plan, field: String)
  case and(ExprID, Plan, Plan)
  case or(ExprID, Plan, Plan)
  case conditional(ExprID, Plan, Plan, Plan)
  case notStrictlyFalse(Plan)
  case call1(ExprID, CallSite, Plan)
  case call2(ExprID, CallSite, Plan, Plan)
  case call(ExprID, CallSite, [Plan])
  case list(ExprID, [Plan])
  case map(ExprID, keys: [Plan], values: [Plan])
  case comprehension(ExprID, ComprehensionPlan)
  /// `accu + [elements]` inside a comprehension: appends in place (the `map` and `filter`
  /// macros), so that building a list of n elements costs O(n), not O(n²).
  case appendToLocal(ExprID, slot: Int, elements: [Plan])
  /// A node that always fails (an unknown function, a message literal).
  case failure(ExprID, String)
}

/// One way to read a dotted name: the variable `name`, then `fields` selected from it.
struct NameCandidate: Sendable {
  let name: String
  let fields: [String]
  /// The value when the name is a type denotation (`int`, `google.protobuf.Timestamp`) and
  /// the activation does not bind it.
  let typeValue: Value?
}

/// A resolved call: the candidate overloads, tried in order against the argument values.
final class CallSite: Sendable {
  let function: String
  /// The candidates, flattened for a cheap loop: parameter kinds and implementations.
  private let kinds: [[ValueKind]]
  private let implementations: [LibraryOverload.Implementation]
  /// When every candidate has one or two parameters: their kinds, for the fast paths.
  private let first: [ValueKind]
  private let second: [ValueKind]

  init(function: String, overloads: [LibraryOverload]) {
    self.function = function
    kinds = overloads.map(\.parameterKinds)
    implementations = overloads.map(\.implementation)
    first = overloads.map { $0.parameterKinds.first ?? .any }
    second = overloads.map { $0.parameterKinds.count > 1 ? $0.parameterKinds[1] : .any }
  }

  /// One argument, without building an array.
  func invoke(_ a: Value, id: ExprID) -> Value {
    for i in 0..<first.count where first[i].matches(a) {
      if case .unary(let body) = implementations[i] { return attributed(body(a), id) }
      return invoke([a], id: id)
    }
    return invoke([a], id: id)
  }

  /// Two arguments, without building an array.
  func invoke(_ a: Value, _ b: Value, id: ExprID) -> Value {
    for i in 0..<first.count where first[i].matches(a) && second[i].matches(b) {
      if case .binary(let body) = implementations[i] { return attributed(body(a, b), id) }
      return invoke([a, b], id: id)
    }
    return invoke([a, b], id: id)
  }

  @inline(__always)
  private func attributed(_ result: Value, _ id: ExprID) -> Value {
    if case .error(let error) = result, error.id == nil {
      return .error(error.attributed(to: id))
    }
    return result
  }

  func invoke(_ args: [Value], id: ExprID) -> Value {
    candidates: for i in 0..<kinds.count {
      let parameterKinds = kinds[i]
      guard parameterKinds.count == args.count else { continue }
      for j in 0..<args.count where !parameterKinds[j].matches(args[j]) { continue candidates }
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

/// A planned comprehension; slots hold the iteration and accumulator variables.
final class ComprehensionPlan: Sendable {
  let iterSlot: Int
  let accuSlot: Int
  let range: Plan
  let initial: Plan
  let condition: Plan
  let step: Plan
  let result: Plan

  init(
    iterSlot: Int, accuSlot: Int, range: Plan, initial: Plan, condition: Plan, step: Plan,
    result: Plan
  ) {
    self.iterSlot = iterSlot
    self.accuSlot = accuSlot
    self.range = range
    self.initial = initial
    self.condition = condition
    self.step = step
    self.result = result
  }
}
