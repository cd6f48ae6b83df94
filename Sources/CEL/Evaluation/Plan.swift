/// An expression prepared for evaluation: names resolved to slots or activation look-ups,
/// functions resolved to their candidate overloads, literals turned into values. Built once by
/// ``Program``, which compiles it to a tree of ``Node``s to evaluate many times.
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
  case failure(ExprID, EvaluationError.Kind, String)
  /// A variable the checker resolved, read at its position in the activation (by name when the
  /// activation keeps none).
  case bound(ExprID, Int, NameCandidate)
  /// `operand.name` on a checked object type, read at the field's position of the layout.
  case field(ExprID, operand: Plan, position: Int, name: String)
  /// `has(operand.name)` on a checked object type, by position.
  case testField(ExprID, operand: Plan, position: Int, name: String)
  /// A comprehension whose step is the identity for every element whose `field` is a string
  /// other than the string `key` (`exists`, `exists_one`, `filter` and two-argument `map` over
  /// a predicate `x.field == key && ...`): over a host list that keeps an index, only the
  /// other elements are read. `reusable` when its value and cost depend only on the values of
  /// its range and key (see ``Planner/isReusable(_:key:)``).
  case keyedComprehension(ExprID, ComprehensionPlan, field: String, key: Plan, reusable: Bool)
}

/// One way to read a dotted name: the variable `name`, then `fields` selected from it.
struct NameCandidate: Sendable {
  let name: String
  let fields: [String]
  /// The value when the name is a type denotation (`int`, `google.protobuf.Timestamp`) and
  /// the activation does not bind it.
  let typeValue: Value?
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
