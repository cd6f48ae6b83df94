/// A parsed (optionally checked) expression ready to evaluate many times.
///
/// Planning happens once, in `init`: names are resolved to slots or look-ups, functions to
/// their overloads, string literals normalised to NFC. ``evaluate(_:budget:)`` then only walks
/// the plan.
package struct Program: Sendable {
  let plan: Plan
  let slotCount: Int
  /// The id of the root node, to which budget exhaustion is attributed.
  let rootID: ExprID

  /// Plans a syntax tree. `overloads` are the checker's choices per call node and
  /// `references` the variable each name node resolved to, when checked.
  init(plan: Plan, slotCount: Int, rootID: ExprID) {
    self.plan = plan
    self.slotCount = slotCount
    self.rootID = rootID
  }

  package init(
    expr: Expr, overloads: [ExprID: [String]] = [:], references: [ExprID: String] = [:],
    types: [ExprID: CELType] = [:], library: FunctionLibrary = .standard,
    layout: ProgramLayout = .none
  ) {
    var planner = Planner(
      library: library, checkedOverloads: overloads, checkedReferences: references,
      checkedTypes: types, layout: layout)
    plan = planner.plan(expr)
    slotCount = planner.slotCount
    rootID = expr.id
  }

  /// Evaluates against `activation`, spending from `budget`. Errors, including "cost limit
  /// exceeded", are returned as ``Value/error(_:)``.
  package func evaluate(_ activation: some Activation, budget: inout CostBudget) -> Value {
    var evaluator = Evaluator(
      activation: activation, slots: Array(repeating: .null, count: slotCount), budget: budget)
    let result = evaluator.eval(plan)
    budget = evaluator.budget
    if budget.isExhausted {
      return .error(EvaluationError.costLimit(id: rootID))
    }
    return result
  }

  /// ``evaluate(_:budget:)`` with the comprehension variables in `slots`, storage the caller
  /// keeps from one evaluation to the next rather than an array made and freed for each. It
  /// grows to the program's need and is left holding nulls.
  package func evaluate(_ activation: some Activation, budget: inout CostBudget, slots: inout [Value]) -> Value {
    guard slotCount > 0 else { return evaluate(activation, budget: &budget) }
    if slots.count < slotCount { slots = Array(repeating: .null, count: slotCount) }
    var evaluator = Evaluator(activation: activation, slots: [], budget: budget)
    swap(&evaluator.slots, &slots)
    let result = evaluator.eval(plan)
    swap(&evaluator.slots, &slots)
    for i in 0..<slotCount { slots[i] = .null }  // what an early return leaves
    budget = evaluator.budget
    if budget.isExhausted {
      return .error(EvaluationError.costLimit(id: rootID))
    }
    return result
  }

  /// Evaluates with a fresh default budget.
  package func evaluate(_ activation: some Activation = EmptyActivation()) -> Value {
    var budget = CostBudget()
    return evaluate(activation, budget: &budget)
  }
}
