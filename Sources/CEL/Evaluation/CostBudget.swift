import Foundation

/// A bound on the work one evaluation may do, so that no expression can hang the checker.
///
/// The cost model (also in `docs/expression-cost.md`), in units of about one small step:
/// - each evaluated node and each comprehension iteration costs 1;
/// - a string, bytes, list or map that a call or literal builds costs its size (UTF-8 bytes,
///   or elements, or entries);
/// - a call whose work grows with its arguments is charged their size before it runs (see
///   ``CallCost``): `size`, `charAt`, `substring`, `lower`, `==`, `<`... the size of the
///   receiver; `contains`, `indexOf`, `split`, `replace`, `matches`, `in` on a list... the
///   sizes of all the arguments. Searches run in time linear in both strings (``ByteSearch``,
///   RE2), so that charge bounds them.
///
/// When the total goes past ``limit`` the evaluation stops with the error "cost limit
/// exceeded" (kind ``EvaluationError/Kind/costLimit``), which `||` and `&&` do not absorb.
/// One budget passed to several evaluations in turn is spent by all of them; evaluations on
/// several threads share a ``SharedCostBudget``.
///
/// Functions whose result can be much larger than their arguments (`replace`, `format`)
/// also refuse to build a value larger than ``maxValueSize``, so that no single call can
/// exhaust memory before the budget is checked.
package struct CostBudget: Sendable {
  /// The default limit: ten million steps, enough for real rules over large submissions.
  package static let defaultLimit = 10_000_000

  /// The largest string a single function call may build, in UTF-8 bytes.
  package static let maxValueSize = 10_000_000

  /// The most that may be spent; past it, evaluation stops.
  package var limit: Int
  /// The cost spent so far.
  package private(set) var used: Int = 0

  /// A budget with nothing spent yet. Inlinable: the checker makes one per evaluation.
  @inlinable
  package init(limit: Int = CostBudget.defaultLimit) {
    self.limit = limit
  }

  /// True once more than ``limit`` has been spent.
  package var isExhausted: Bool { used > limit }

  /// Spends `cost`; returns false when the budget is exhausted.
  @inline(__always)
  package mutating func charge(_ cost: Int = 1) -> Bool {
    used &+= cost
    return used <= limit
  }

  /// Starts counting again from zero (to reuse one budget per document).
  package mutating func reset() { used = 0 }
}

/// A cost budget shared by many evaluations, on one thread or several: a rule's budget for a
/// whole check, say.
///
/// Each evaluation draws a ``CostBudget`` from it, which reserves that much, and settles it
/// afterwards, which gives back what was not spent; so evaluations running at the same time
/// can never spend more than ``limit`` together.
package final class SharedCostBudget: @unchecked Sendable {
  /// The most all the evaluations together may spend.
  package let limit: Int
  private let lock = NSLock()
  /// Spent by settled evaluations, plus reserved by evaluations not yet settled.
  private var committed = 0

  package init(limit: Int) {
    self.limit = limit
  }

  /// A budget for one evaluation: at most `cap`, and no more than is left.
  package func draw(upTo cap: Int = .max) -> CostBudget {
    lock.lock()
    defer { lock.unlock() }
    let grant = max(0, min(cap, limit - committed))
    committed += grant
    return CostBudget(limit: grant)
  }

  /// Records what an evaluation drawn with ``draw(upTo:)`` spent (at most its limit: the
  /// overshoot of the step that exhausted it is not counted twice).
  package func settle(_ budget: CostBudget) {
    lock.lock()
    defer { lock.unlock() }
    committed -= budget.limit - min(budget.used, budget.limit)
  }

  /// What has been spent or reserved so far.
  package var used: Int {
    lock.lock()
    defer { lock.unlock() }
    return committed
  }

  /// True once nothing is left to draw.
  package var isExhausted: Bool { used >= limit }
}
