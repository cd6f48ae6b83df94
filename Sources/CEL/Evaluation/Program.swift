/// A parsed (optionally checked) expression ready to evaluate many times.
///
/// Planning happens once, in `init`: names are resolved to slots or look-ups, functions to
/// their overloads, string literals normalised to NFC. ``evaluate(_:budget:)`` then only walks
/// the plan, compiled to a tree of ``Node``s.
package struct Program: Sendable {
  /// Everything in one reference, so that copying a program retains one object.
  let code: ProgramCode

  var plan: Plan { code.plan }
  var slotCount: Int { code.slotCount }
  /// The id of the root node, to which budget exhaustion is attributed.
  var rootID: ExprID { code.rootID }

  init(plan: Plan, slotCount: Int, rootID: ExprID) {
    code = ProgramCode(plan: plan, slotCount: slotCount, rootID: rootID)
  }

  /// Plans a syntax tree. `overloads` are the checker's choices per call node and
  /// `references` the variable each name node resolved to, when checked.
  package init(
    expr: Expr, overloads: [ExprID: [String]] = [:], references: [ExprID: String] = [:],
    types: [ExprID: CELType] = [:], library: FunctionLibrary = .standard,
    layout: ProgramLayout = .none
  ) {
    var planner = Planner(
      library: library, checkedOverloads: overloads, checkedReferences: references,
      checkedTypes: types, layout: layout)
    let plan = planner.plan(expr)
    self.init(plan: plan, slotCount: planner.slotCount, rootID: expr.id)
  }

  /// Evaluates against `activation`, spending from `budget`. Errors, including "cost limit
  /// exceeded", are returned as ``Value/error(_:)``.
  package func evaluate(_ activation: some Activation, budget: inout CostBudget) -> Value {
    evaluate(in: Evaluator(activation: activation), budget: &budget)
  }

  /// ``evaluate(_:budget:)`` against the evaluator's activation, in an evaluator kept from one
  /// evaluation to the next: its comprehension variables grow to the program's need and are
  /// left holding nulls.
  package func evaluate(in evaluator: Evaluator, budget: inout CostBudget) -> Value {
    let slotCount = code.slotCount
    if evaluator.slots.count < slotCount { evaluator.slots = Array(repeating: .null, count: slotCount) }
    evaluator.budget = budget
    let result = code.root.eval(evaluator)
    for i in 0..<slotCount { evaluator.slots[i] = .null }  // what an early return leaves
    budget = evaluator.budget
    if budget.isExhausted {
      return .error(EvaluationError.costLimit(id: code.rootID))
    }
    return result
  }

  /// Evaluates with a fresh default budget.
  package func evaluate(_ activation: some Activation = EmptyActivation()) -> Value {
    var budget = CostBudget()
    return evaluate(activation, budget: &budget)
  }
}

/// A program's plan, the plan compiled to nodes (which evaluations walk), the number of
/// comprehension slots and the root's id.
final class ProgramCode: Sendable {
  let plan: Plan
  let root: Node
  let slotCount: Int
  let rootID: ExprID

  init(plan: Plan, slotCount: Int, rootID: ExprID) {
    self.plan = plan
    root = Node.compile(plan)
    self.slotCount = slotCount
    self.rootID = rootID
  }
}
